/** Request and response schemas of the parties module. */
import { z } from 'zod';
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
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'geef minstens één veld om te wijzigen' })
  .meta({ id: 'PartyUpdate' });

export const partyParamsSchema = z.strictObject({ id: z.uuid() });
