/** Request and response schemas of the accession workflow (Art. 20, Bijlage 1). */
import { z } from 'zod';
import { partyDomains, partyKinds, partyStatuses } from '../../parties/schemas.js';
import { accessionStatuses, signers } from './rules/accession.js';
import { consentSummarySchema, dateSchema, decisionRefSchema, text } from './schemas.js';

export const accessionActions = ['notify', 'consent', 'decide', 'sign', 'form'] as const;
export type AccessionAction = (typeof accessionActions)[number];

export const accessionCreateSchema = z
  .strictObject({
    organisation: z.strictObject({
      key: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'kleine letters, cijfers en streepjes'),
      name: text(200),
      kind: z.enum(partyKinds),
      domain: z.enum(partyDomains),
    }),
    /** Bijlage 1: "statutair gevestigd te". */
    seat: text(200),
    /** Bijlage 1: "kantoorhoudend aan". */
    officeAddress: text(300),
    representative: z.strictObject({ name: text(200), function: text(200) }),
    /** Art. 20.1: how it can contribute to the aims of Art. 2. */
    motivation: text(4000),
    /** Art. 20.2: the member of the Partneroverleg the request was made to. */
    receivedViaUserId: z.uuid(),
    receivedOn: dateSchema,
  })
  .meta({ id: 'AccessionCreate' });

export const accessionDecisionSchema = decisionRefSchema
  .extend({ outcome: z.enum(['approved', 'refused']) })
  .meta({ id: 'AccessionDecision' });

export const accessionSignatureSchema = z
  .strictObject({
    signer: z.enum(signers),
    signatory: text(300),
    signedOn: dateSchema,
    place: text(200),
  })
  .meta({ id: 'AccessionSignature' });

const signatureView = z
  .strictObject({ signatory: z.string(), signedOn: z.string(), place: z.string() })
  .nullable();

export const accessionSchema = z
  .strictObject({
    id: z.uuid(),
    status: z.enum(accessionStatuses),
    party: z.strictObject({
      id: z.uuid(),
      key: z.string(),
      name: z.string(),
      kind: z.enum(partyKinds),
      domain: z.enum(partyDomains),
      status: z.enum(partyStatuses),
    }),
    request: z.strictObject({
      receivedVia: z.strictObject({ id: z.uuid(), displayName: z.string() }),
      receivedOn: z.string(),
      seat: z.string(),
      officeAddress: z.string(),
      representative: z.strictObject({ name: z.string(), function: z.string() }),
      motivation: z.string(),
    }),
    notifiedAt: z.string().nullable(),
    consents: consentSummarySchema,
    decision: z
      .strictObject({
        decidedOn: z.string(),
        outcome: z.enum(['approved', 'refused']),
        reference: z.string(),
        governanceDecisionId: z.string().nullable(),
      })
      .nullable(),
    signatures: z.strictObject({ organisation: signatureView, chair: signatureView }),
    version: z.number().int(),
    permissions: z.array(z.enum(accessionActions)),
  })
  .meta({ id: 'Accession' });

export const accessionListItemSchema = z.strictObject({
  id: z.uuid(),
  status: z.enum(accessionStatuses),
  party: z.strictObject({ id: z.uuid(), name: z.string() }),
  receivedOn: z.string(),
  createdAt: z.string(),
});

export const accessionPageSchema = z
  .strictObject({ items: z.array(accessionListItemSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'AccessionPage' });
