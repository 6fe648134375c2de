/**
 * Request and response schemas of disclosure to third parties (Art. 9.2, 19.1). Strict objects:
 * unknown fields are refused. A request names the items, the third party, the purpose and the
 * legal basis; a decision is the controller's written consent or refusal with its reasoning. The
 * list of a case's requests is cursor-paginated (platform/http/pagination.ts).
 */
import { z } from 'zod';
import { pageQuerySchema, pageSchema } from '../../../platform/http/pagination.js';
import { regimes } from '../schemas.js';

const text = (max: number) => z.string().trim().min(1).max(max);

export const disclosureCreateSchema = z
  .strictObject({
    itemIds: z
      .array(z.uuid())
      .min(1)
      .max(100)
      .refine((ids) => new Set(ids).size === ids.length, 'elk stuk één keer'),
    recipient: text(500).describe('De derde aan wie wordt verstrekt (Art. 1.6)'),
    purpose: text(5_000).describe('Waarvoor de derde de informatie nodig heeft'),
    legalBasis: text(2_000).describe('De wettelijke grondslag van de verstrekking'),
  })
  .meta({ id: 'DisclosureCreate' });
export type DisclosureInput = z.infer<typeof disclosureCreateSchema>;

export const disclosureDecisionSchema = z
  .strictObject({
    decision: z.enum(['approved', 'refused']),
    reasoning: text(10_000).describe('De schriftelijke motivering van de verstrekkende partij (Art. 9.2)'),
  })
  .meta({ id: 'DisclosureDecision' });
export type DisclosureDecisionInput = z.infer<typeof disclosureDecisionSchema>;

export const disclosureCancelSchema = z
  .strictObject({ reason: text(5_000) })
  .meta({ id: 'DisclosureCancel' });

export const caseParamsSchema = z.strictObject({ id: z.uuid() });
export const disclosureParamsSchema = z.strictObject({ id: z.uuid(), disclosureId: z.uuid() });
export const itemParamsSchema = z.strictObject({ id: z.uuid(), disclosureId: z.uuid(), itemId: z.uuid() });
export const ifMatchHeaders = z.object({ 'if-match': z.string().optional() });

export const disclosureItemSchema = z
  .strictObject({
    itemId: z.string(),
    title: z.string(),
    regime: z
      .enum(regimes)
      .describe('Het wettelijk regime van het stuk (Art. 15.2), zodat wie beslist weet welke wet geldt'),
    controllerPartyId: z.string(),
    decision: z.enum(['pending', 'approved', 'refused']),
    reasoning: z.string().nullable(),
    decidedByUserId: z.string().nullable(),
    decidedAt: z.string().nullable(),
    permissions: z.array(z.enum(['decide'])),
  })
  .meta({ id: 'DisclosureItem' });

export const disclosureSchema = z
  .strictObject({
    id: z.string(),
    caseId: z.string(),
    reference: z.string(),
    status: z.enum(['pending', 'approved', 'refused', 'cancelled']),
    recipient: z.string(),
    purpose: z.string(),
    legalBasis: z.string(),
    requestedByUserId: z.string(),
    requestedByPartyId: z.string().nullable(),
    createdAt: z.string(),
    exportCount: z.number().int(),
    firstExportedAt: z.string().nullable(),
    items: z.array(disclosureItemSchema).describe('Alleen de stukken die u mag inzien'),
    version: z.number().int(),
    permissions: z.array(z.enum(['export', 'cancel'])),
  })
  .meta({ id: 'Disclosure' });
export type DisclosureView = z.infer<typeof disclosureSchema>;

/** Query of a case's disclosure list: `limit` (1–100, default 25) and the opaque `cursor`. */
export const disclosureListQuerySchema = pageQuerySchema;

/** One page of a case's requests the caller may see, newest first; `nextCursor` null on the last. */
export const disclosureListSchema = pageSchema(disclosureSchema)
  .extend({
    nextCursor: z
      .string()
      .nullable()
      .describe('Cursor van de volgende pagina (queryparameter cursor); null op de laatste pagina'),
  })
  .meta({ id: 'DisclosureList' });
