/**
 * Request and response schemas of the data-subject requests (Wgs contact point; AVG Art. 12.3,
 * 15–21). The BSN travels in the POST body only (never in a URL) and is checked with the elfproef
 * here; it is never stored or returned. Strict objects: unknown fields are refused.
 */
import { z } from 'zod';
import { isValidBsn } from '../../../platform/crypto/bsn.js';
import { pageQuerySchema, pageSchema } from '../../../platform/http/pagination.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const date = z.iso.date({ message: 'verwacht een datum JJJJ-MM-DD' });

export const requestKinds = ['access', 'rectification', 'erasure', 'objection'] as const;
export const routeDecisions = ['granted', 'partly', 'refused'] as const;
export const grounds = ['registering', 'items', 'triage'] as const;
export const deadlineStates = ['on-time', 'due-soon', 'overdue', 'closed'] as const;

export const subjectInputSchema = z
  .strictObject({
    bsn: z
      .string()
      .trim()
      .refine((v) => isValidBsn(v.replace(/[\s.-]/g, '')), 'geen geldig BSN (9 cijfers, elfproef)')
      .optional()
      .describe('BSN; alleen in de body, wordt niet opgeslagen of gelogd'),
    name: text(200).optional(),
    birthDate: date.optional(),
  })
  .refine((s) => s.bsn !== undefined || (s.name !== undefined && s.birthDate !== undefined), {
    message: 'geef een BSN, of naam en geboortedatum',
  })
  .refine((s) => (s.name === undefined) === (s.birthDate === undefined), {
    message: 'naam en geboortedatum horen samen',
  })
  .meta({ id: 'SubjectIdentification' });

export const subjectRequestCreateSchema = z
  .strictObject({
    kind: z.enum(requestKinds).describe('inzage, rectificatie, wissing of bezwaar (Art. 15–21 AVG)'),
    subject: subjectInputSchema,
    description: text(10_000).describe('Wat de betrokkene vraagt'),
    receivedOn: date.describe('Datum van ontvangst; de termijn loopt vanaf hier (Art. 12.3 AVG)'),
  })
  .meta({ id: 'SubjectRequestCreate' });
export type SubjectRequestInput = z.infer<typeof subjectRequestCreateSchema>;

export const extendBodySchema = z
  .strictObject({ reason: text(5_000).describe('Waarom verlenging nodig is (Art. 12.3 AVG)') })
  .meta({ id: 'SubjectRequestExtension' });

export const routeDecisionSchema = z
  .strictObject({ decision: z.enum(routeDecisions), reasoning: text(10_000) })
  .meta({ id: 'SubjectRequestDecision' });

export const idParamsSchema = z.strictObject({ id: z.uuid() });
export const routeParamsSchema = z.strictObject({ id: z.uuid(), partyId: z.uuid() });
export const ifMatchHeaders = z.object({ 'if-match': z.string().optional() });
export const listQuerySchema = pageQuerySchema;

const deadlineSchema = z.strictObject({
  receivedOn: z.string(),
  dueOn: z.string(),
  extendedDueOn: z.string().nullable(),
  effectiveDueOn: z.string(),
  state: z.enum(deadlineStates),
});

export const routeSchema = z
  .strictObject({
    partyId: z.string(),
    partyName: z.string(),
    grounds: z.array(z.enum(grounds)),
    decision: z.enum(['pending', ...routeDecisions]),
    reasoning: z.string().nullable(),
    decidedByUserId: z.string().nullable(),
    decidedAt: z.string().nullable(),
    version: z.number().int(),
    permissions: z.array(z.enum(['decide', 'export'])),
  })
  .meta({ id: 'SubjectRequestRoute' });

const summaryFields = {
  id: z.string(),
  reference: z.string(),
  kind: z.enum(requestKinds),
  status: z.enum(['open', 'decided', 'no-data']),
  deadline: deadlineSchema,
  createdAt: z.string(),
};

export const subjectRequestSummarySchema = z
  .strictObject(summaryFields)
  .meta({ id: 'SubjectRequestSummary' });
export const subjectRequestPageSchema = pageSchema(subjectRequestSummarySchema).meta({
  id: 'SubjectRequestPage',
});

export const subjectRequestSchema = z
  .strictObject({
    ...summaryFields,
    identifiedBy: z.enum(['bsn', 'name-birth-date']),
    subject: z.strictObject({ name: z.string().nullable(), birthDate: z.string().nullable() }),
    description: z.string(),
    extensionReason: z.string().nullable(),
    casesFound: z
      .number()
      .int()
      .nullable()
      .describe('Aantal gevonden personen in casussen; alleen voor het aanspreekpunt'),
    routes: z.array(routeSchema),
    version: z.number().int(),
    permissions: z.array(z.enum(['extend'])),
  })
  .meta({ id: 'SubjectRequest' });
export type SubjectRequestView = z.infer<typeof subjectRequestSchema>;
