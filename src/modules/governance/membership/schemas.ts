/** Schemas shared by the membership routes: ids, dates, If-Match, consent bodies, decision references. */
import { z } from 'zod';
import { pageQuerySchema } from '../../../platform/http/pagination.js';

export const tags = ['lidmaatschap convenant'];
export const idParamsSchema = z.strictObject({ id: z.uuid() });
export const ifMatchHeaders = z.object({ 'if-match': z.string().optional() });
export const dateSchema = z.iso.date();
export const text = (max: number) => z.string().trim().min(1).max(max);
export const listQuerySchema = pageQuerySchema;

/** A party's consent, given by its delegate for its own party (Art. 10.1, 19.1, 20.4). */
export const consentBodySchema = z
  .strictObject({ consent: z.boolean(), note: z.string().trim().max(2000).optional() })
  .meta({ id: 'PartyConsentInput' });

export const consentSchema = z.strictObject({
  party: z.strictObject({ id: z.uuid(), name: z.string() }),
  consent: z.boolean(),
  note: z.string().nullable(),
  recordedAt: z.string(),
});

export const consentSummarySchema = z.strictObject({
  needed: z.number().int(),
  agreed: z.number().int(),
  refused: z.number().int(),
  missing: z.number().int(),
  complete: z.boolean(),
  items: z.array(consentSchema),
});

/**
 * A Stuurgroep decision as recorded here: its date and written reference (Art. 21.1), and, where
 * the governance module holds the decision itself, its id.
 */
export const decisionRefSchema = z.strictObject({
  decidedOn: dateSchema,
  reference: text(200),
  governanceDecisionId: z.uuid().optional(),
});
