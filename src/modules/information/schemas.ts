/**
 * Request and response schemas of information items (Art. 9.2, 12.2f, 15, 16.2). Strict objects:
 * unknown fields are refused; the response schemas are what keeps other fields from leaking.
 */
import { z } from 'zod';
import { pageQuerySchema, pageSchema } from '../../platform/http/pagination.js';
import { maxCitationsPerAction } from './rules/action-plan.js';

export const regimes = ['gewoon', 'bijzonder', 'politie', 'justitieel'] as const;
export const visibilities = ['all-participants', 'named-parties', 'procesregisseur-only'] as const;
export const preConferenceStates = ['not-allowed', 'requested', 'approved'] as const;
export const visibleBecause = ['provider', 'procesregisseur', 'all-participants', 'named-party'] as const;
export const itemActions = [
  'change-conditions',
  'withdraw',
  'add-attachment',
  'assess-pre-conference',
  'approve-pre-conference',
] as const;
export type ItemAction = (typeof itemActions)[number];

const text = (max: number) => z.string().trim().min(1).max(max);
const instant = z.iso
  .datetime({ offset: true, message: 'verwacht een tijdstip (ISO 8601)' })
  .transform((s) => new Date(s).toISOString());

const conditionFields = {
  visibility: z.enum(visibilities).describe('Wie de informatie mag zien (Art. 16.2)'),
  namedPartyIds: z.array(z.uuid()).max(60).default([]).describe('Bij "named-parties": de genoemde partijen'),
  useInActionPlan: z.boolean().describe('Mag worden gebruikt in het plan van aanpak (Art. 16.2)'),
  expiresAt: instant.nullable().default(null).describe('Na dit tijdstip ziet alleen de verstrekker het'),
};

export const itemCreateSchema = z
  .strictObject({
    title: text(300),
    body: text(50_000),
    regime: z
      .enum(regimes)
      .describe(
        'Gewoon, bijzonder (gezondheid), politie (Wpg), justitieel (Wjsg); politie en justitieel alleen voor een partij die de huisconfiguratie daarvoor aanwijst, anders 422 regime-not-allowed (Art. 15.2)',
      ),
    personIds: z.array(z.uuid()).max(50).default([]).describe('Betrokkenen; leeg: alle betrokkenen'),
    ...conditionFields,
  })
  .meta({ id: 'InformationItemCreate' });
export type ItemCreate = z.infer<typeof itemCreateSchema>;

export const conditionsSchema = z
  .strictObject({
    ...conditionFields,
    regime: z.enum(regimes).optional().describe('Het wettelijk regime, als de verstrekker het corrigeert'),
  })
  .meta({ id: 'InformationItemConditions' });
export type ConditionsInput = z.infer<typeof conditionsSchema>;

export const assessmentSchema = z
  .strictObject({ allow: z.boolean().describe('Mag vooraf worden ingezien (Art. 12.2f)') })
  .meta({ id: 'PreConferenceAssessment' });
export const approvalSchema = z
  .strictObject({ approve: z.boolean().describe('De verstrekker keurt inzage vooraf goed (Art. 12.2f)') })
  .meta({ id: 'PreConferenceApproval' });

export const attachmentCreateSchema = z
  .strictObject({
    filename: text(255).refine(
      // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
      (n) => !/[\\/\u0000-\u001f]/.test(n),
      'geen paden of stuurtekens',
    ),
    content: z.base64({ message: 'verwacht base64' }).min(1).describe('De inhoud, base64'),
  })
  .meta({ id: 'InformationAttachmentCreate' });

export const caseParamsSchema = z.strictObject({ id: z.uuid() });
export const itemParamsSchema = z.strictObject({ id: z.uuid() });
export const attachmentParamsSchema = z.strictObject({ id: z.uuid(), attachmentId: z.uuid() });

export const attachmentSchema = z
  .strictObject({ id: z.string(), filename: z.string(), mediaType: z.string(), size: z.number().int() })
  .meta({ id: 'InformationAttachment' });

const itemFields = {
  id: z.string(),
  caseId: z.string(),
  providerKind: z.enum(['party', 'house']),
  providerPartyId: z.string().describe('De verwerkingsverantwoordelijke (Art. 15.1)'),
  providedByUserId: z.string(),
  fromInformationRequestId: z.string().nullable(),
  title: z.string(),
  regime: z.enum(regimes),
  visibility: z.enum(visibilities),
  namedPartyIds: z.array(z.string()),
  useInActionPlan: z.boolean(),
  preConference: z.enum(preConferenceStates),
  expiresAt: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  expired: z.boolean(),
  personIds: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  visibleBecause: z.enum(visibleBecause).describe('Waarom u dit ziet'),
  permissions: z.array(z.enum(itemActions)),
};

export const itemSummarySchema = z
  .strictObject({ ...itemFields, attachmentCount: z.number().int() })
  .meta({ id: 'InformationItemSummary' });
/**
 * Query of a case's item list: `limit` (1–100, default 25), the opaque `cursor` of the next page,
 * and `usableInActionPlan=true` for only the items that may be cited in the action plan now.
 */
export const itemListQuerySchema = pageQuerySchema.extend({
  usableInActionPlan: z
    .enum(['true'])
    .optional()
    .describe('Alleen informatie die nu in het plan van aanpak mag worden gebruikt (Art. 16.2)'),
});

/** One page of a case's items, oldest first; `nextCursor` null on the last page. */
export const itemListSchema = pageSchema(itemSummarySchema)
  .extend({
    nextCursor: z
      .string()
      .nullable()
      .describe('Cursor van de volgende pagina (queryparameter cursor); null op de laatste pagina'),
    permissions: z.array(z.enum(['create'])),
  })
  .meta({ id: 'InformationItemList' });
export const itemSchema = z
  .strictObject({ ...itemFields, body: z.string(), attachments: z.array(attachmentSchema) })
  .meta({ id: 'InformationItem' });
export type ItemView = z.infer<typeof itemSchema>;
export type ItemSummary = z.infer<typeof itemSummarySchema>;

/**
 * A cited item in the action plan as the reader may see it (Art. 16.2; action-plan.ts): only
 * items the reader may see now are listed; `usable` false when the provider no longer allows their
 * use in the plan (tightened, withdrawn or expired).
 */
export const citationSchema = z
  .strictObject({
    itemId: z.string(),
    title: z.string(),
    regime: z.enum(regimes),
    providerPartyId: z.string().describe('De verwerkingsverantwoordelijke (Art. 15.1)'),
    usable: z
      .boolean()
      .describe('Onwaar: de verstrekker staat gebruik in het plan van aanpak niet (meer) toe (Art. 16.2)'),
  })
  .meta({ id: 'ActionCitation' });

/** The items an action of the plan is based on (Art. 8.4b, 16.2): ids of items of the case. */
export const citedItemIdsSchema = z
  .array(z.uuid())
  .max(maxCitationsPerAction)
  .describe(
    'De informatie-items waarop de actie steunt; alleen items die u mag zien en die de verstrekker toestaat in het plan van aanpak (Art. 16.2)',
  );
