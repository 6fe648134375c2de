/**
 * Request and response schemas of case search (issue 5 §11). The person is searched by BSN
 * (elfproef-checked) or by name with date of birth, always in a POST body so that it never
 * appears in a URL, a log line or a browser history. Results carry no personal data.
 */
import { z } from 'zod';
import { isValidBsn } from '../../../platform/crypto/bsn.js';
import { caseStatuses } from '../rules/state-machine.js';
import { caseTypes } from '../schemas.js';

const date = z.iso.date({ message: 'verwacht een datum JJJJ-MM-DD' });

export const personCriterionSchema = z.union([
  z.strictObject({
    bsn: z
      .string()
      .trim()
      .transform((v) => v.replace(/[\s.-]/g, ''))
      .refine(isValidBsn, 'geen geldig BSN (9 cijfers, elfproef)')
      .describe('BSN; gezocht via de blinde index, nooit opgeslagen of gelogd'),
  }),
  z.strictObject({
    name: z.string().trim().min(1).max(200).describe('Volledige naam zoals aangemeld'),
    birthDate: date,
  }),
]);

export const caseSearchSchema = z
  .strictObject({
    caseNumber: z
      .string()
      .trim()
      .min(1)
      .max(40)
      .optional()
      .describe('Casusnummer, geheel (ZVH-2025-000123) of het begin ervan'),
    person: personCriterionSchema.optional(),
    status: z.array(z.enum(caseStatuses)).min(1).max(caseStatuses.length).optional().describe('Fasen'),
    partyId: z.uuid().optional().describe('Partij die aanmeldde of deelneemt'),
    partyRole: z.enum(['registering', 'participating', 'any']).default('any'),
    createdFrom: date.optional().describe('Aangemaakt op of na deze datum'),
    createdTo: date.optional().describe('Aangemaakt op of vóór deze datum'),
    limit: z.number().int().min(1).max(100).default(25),
    cursor: z.string().max(500).optional(),
  })
  .refine((b) => !b.createdFrom || !b.createdTo || b.createdFrom <= b.createdTo, {
    message: 'createdFrom ligt na createdTo',
    path: ['createdTo'],
  })
  .meta({ id: 'CaseSearch' });
export type CaseSearch = z.infer<typeof caseSearchSchema>;

export const caseHitSchema = z
  .strictObject({
    id: z.uuid(),
    caseNumber: z.string(),
    status: z.enum(caseStatuses),
    caseType: z.enum(caseTypes),
    protocolKey: z.string(),
    registeringPartyId: z.uuid(),
    createdAt: z.string(),
    submittedAt: z.string().nullable(),
  })
  .meta({ id: 'CaseSearchHit' });

export const caseSearchPageSchema = z
  .strictObject({ items: z.array(caseHitSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'CaseSearchPage' });

/** No query parameters at all: a BSN sent in the URL is refused, never read. */
export const noQuerySchema = z.strictObject({});
