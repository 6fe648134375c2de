/**
 * Request and response schemas of the case module (registration Art. 1.7, assessment Art. 12.2a,
 * Bijlage 2). Strict objects: unknown fields are refused. A BSN is checked with the elfproef here,
 * so a typing error is a 400 naming the field and never reaches the database.
 */
import { z } from 'zod';
import { isValidBsn } from '../../platform/crypto/bsn.js';
import { pageQuerySchema } from '../../platform/http/pagination.js';
import { caseRelations } from './relations.js';
import { caseStatuses } from './rules/state-machine.js';
import { triageOutcomeSchema } from './triage/schemas.js';
import { userNamesSchema } from './user-names.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const birthDate = z.iso
  .date({ message: 'verwacht een datum JJJJ-MM-DD' })
  .refine((d) => d <= new Date().toISOString().slice(0, 10), 'geboortedatum ligt in de toekomst');

export const personInputSchema = z
  .strictObject({
    name: text(200),
    bsn: z
      .string()
      .trim()
      .refine(isValidBsn, 'geen geldig BSN (9 cijfers, elfproef)')
      .optional()
      .describe('BSN; wordt versleuteld opgeslagen en nooit gelogd'),
    birthDate,
    address: text(500),
  })
  .meta({ id: 'CasePersonCreate' });

export const criteriaSchema = z
  .strictObject({
    areaSafetyProblem: z.boolean(),
    impactOnSystem: z.boolean(),
    multipleChainsNeeded: z.boolean(),
    multiproblem: z.boolean(),
  })
  .meta({ id: 'CaseCriteria', description: 'De vier criteria van Bijlage 2' });

export const caseTypes = ['person', 'family', 'group'] as const;

const caseFields = {
  caseType: z.enum(caseTypes),
  persons: z.array(personInputSchema).min(1).max(50),
  reason: text(10_000),
  goal: text(10_000),
  partnersInvolved: z.array(z.uuid()).max(60),
  protocolKey: text(100),
  informed: z.boolean(),
  notInformedReason: text(5_000).nullable().optional(),
  criteria: criteriaSchema,
};

export const caseCreateSchema = z.strictObject(caseFields).meta({ id: 'CaseCreate' });
export const caseUpdateSchema = z.strictObject(caseFields).partial().meta({ id: 'CaseUpdate' });
export type CaseInput = z.infer<typeof caseCreateSchema>;
export type CaseUpdate = z.infer<typeof caseUpdateSchema>;

export const idParamsSchema = z.strictObject({ id: z.uuid() });
export const ifMatchHeaders = z.object({ 'if-match': z.string().optional() });

export const reasonBodySchema = z.strictObject({ reason: text(5_000) }).meta({ id: 'CaseReason' });
export const reasoningBodySchema = z.strictObject({ reasoning: text(10_000) }).meta({ id: 'CaseAcceptance' });
export const rejectBodySchema = z
  .strictObject({ reason: text(10_000), advice: text(10_000) })
  .meta({ id: 'CaseRejection' });
export const questionBodySchema = z.strictObject({ text: text(10_000) }).meta({ id: 'CaseQuestionCreate' });
export const emptyBodySchema = z.strictObject({}).optional();

export const caseActions = [
  'edit',
  'submit',
  'withdraw',
  'pick-up',
  'take-over',
  'accept',
  'reject',
  'ask',
  'request-information',
  'decide-triage',
  'plan-conference',
  'plan-follow-up',
] as const;
export type CaseAction = (typeof caseActions)[number];

export const caseRefSchema = z
  .strictObject({
    id: z.string(),
    caseNumber: z.string(),
    status: z.enum(caseStatuses),
    version: z.number().int(),
  })
  .meta({ id: 'CaseRef' });

export const listQuerySchema = pageQuerySchema.extend({ status: z.enum(caseStatuses).optional() });

export const caseSummarySchema = z
  .strictObject({
    id: z.string(),
    caseNumber: z.string(),
    status: z.enum(caseStatuses),
    caseType: z.enum(caseTypes),
    protocolKey: z.string(),
    relation: z.enum(caseRelations),
    personNames: z
      .array(z.string())
      .nullable()
      .describe('Alleen voor de melder en de toegewezen procesregisseur; anders null'),
    createdAt: z.string(),
    submittedAt: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'CaseSummary' });

export const casePageSchema = z
  .strictObject({ items: z.array(caseSummarySchema), nextCursor: z.string().nullable() })
  .meta({ id: 'CasePage' });

export const caseSchema = z
  .strictObject({
    id: z.string(),
    caseNumber: z.string(),
    status: z.enum(caseStatuses),
    caseType: z.enum(caseTypes),
    protocolKey: z.string(),
    registeringUserId: z.string(),
    registeringPartyId: z.string(),
    reason: z.string(),
    goal: z.string(),
    partnersInvolved: z.array(z.string()),
    informed: z.boolean(),
    notInformedReason: z.string().nullable(),
    criteria: criteriaSchema,
    indication: z
      .strictObject({ complex: z.boolean(), reasoning: z.array(z.string()) })
      .nullable()
      .describe('Berekende indicatie (Bijlage 2), alleen voor de procesregisseur; adviseert alleen'),
    persons: z.array(
      z.strictObject({
        id: z.string(),
        name: z.string(),
        bsn: z.string().nullable(),
        birthDate: z.string(),
        address: z.string(),
      }),
    ),
    procesregisseurs: z.array(
      z.strictObject({ userId: z.string(), assignedAt: z.string(), reason: z.string().nullable() }),
    ),
    timeline: z.array(
      z.strictObject({
        id: z.string(),
        at: z.string(),
        type: z.string(),
        article: z.string(),
        actorUserId: z.string().nullable(),
        note: z.string().nullable(),
        advice: z.string().nullable(),
      }),
    ),
    questions: z.array(
      z.strictObject({ id: z.string(), at: z.string(), authorUserId: z.string(), text: z.string() }),
    ),
    relation: z.enum(caseRelations).nullable().describe('Uw rol in de casus'),
    coordinator: z
      .strictObject({ userId: z.string(), partyId: z.string() })
      .nullable()
      .describe('De casuscoördinator (Art. 13)'),
    triage: triageOutcomeSchema.nullable().describe('De uitkomst van de triage (Art. 1.8)'),
    userNames: userNamesSchema,
    permissions: z.array(z.enum(caseActions)),
    createdAt: z.string(),
    submittedAt: z.string().nullable(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Case' });

export const questionSchema = z
  .strictObject({ id: z.string(), at: z.string(), authorUserId: z.string(), text: z.string() })
  .meta({ id: 'CaseQuestion' });
