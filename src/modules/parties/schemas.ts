/** Request and response schemas of the parties module. */
import { z } from 'zod';
import { specialRegimeSchema } from '../../platform/config/house-config.js';
import { pageQuerySchema, pageSchema } from '../../platform/http/pagination.js';

export const partyKinds = ['gemeente', 'partner'] as const;
export const partyDomains = ['care', 'justice', 'municipal'] as const;
export const partyStatuses = ['active', 'accession_pending', 'withdrawn', 'excluded'] as const;
export const partyActions = ['update'] as const;

export const partySchema = z
  .strictObject({
    id: z.uuid(),
    key: z.string(),
    name: z.string(),
    kind: z.enum(partyKinds),
    domain: z.enum(partyDomains),
    status: z.enum(partyStatuses),
    regimes: z
      .array(specialRegimeSchema)
      .describe('Art. 15.2: de bijzondere regimes die de partij mag verstrekken (wpg, wjsg); leeg: geen'),
    permissions: z.array(z.enum(partyActions)),
  })
  .meta({ id: 'Party' });

export const partyPageSchema = pageSchema(partySchema).meta({ id: 'PartyPage' });

export const partyListQuerySchema = pageQuerySchema.extend({
  kind: z.enum(partyKinds).optional(),
  domain: z.enum(partyDomains).optional(),
  status: z.enum(partyStatuses).optional(),
});

/** Status is not editable here: it changes through accession, withdrawal and exclusion (Art. 20, 23). */
export const partyUpdateSchema = z
  .strictObject({
    name: z.string().trim().min(2).max(200),
    domain: z.enum(partyDomains),
    /** Art. 15.2: e.g. after migration 0038, which gave every existing party none, or after an accession. */
    regimes: z
      .array(specialRegimeSchema)
      .max(2)
      .refine((rs) => new Set(rs).size === rs.length, 'noem ieder regime één keer')
      .describe('Art. 15.2: de bijzondere regimes die de partij mag verstrekken (wpg, wjsg); leeg: geen'),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'geef minstens één veld om te wijzigen' })
  .meta({ id: 'PartyUpdate' });

export const partyParamsSchema = z.strictObject({ id: z.uuid() });
