/**
 * Request and response schemas of single sign-on: provider administration (functioneel beheer) and
 * the public list for the login page. The client secret is write-only: it is accepted, stored
 * encrypted, and never part of any response (ASVS V13.3).
 */
import { z } from 'zod';
import { roleSchema } from '../schemas.js';

const name = z.string().trim().min(2).max(100);
/** The issuer identifier: an absolute URL; which schemes and hosts are allowed is issuer-policy.ts. */
const issuer = z
  .string()
  .trim()
  .max(500)
  .pipe(z.url({ protocol: /^https?$/, message: 'geen geldige URL' }));
const clientId = z.string().trim().min(1).max(255);
const clientSecret = z.string().min(1).max(1024);
const matchClaim = z.enum(['email', 'sub']);
const defaultRoles = z.array(roleSchema).max(10);

export const ssoProviderSchema = z
  .strictObject({
    id: z.uuid(),
    name: z.string(),
    issuer: z.string(),
    clientId: z.string(),
    clientSecretSet: z.boolean().describe('Of er een clientgeheim is opgeslagen; het geheim zelf nooit'),
    partyId: z.uuid().nullable().describe('De organisatie wier medewerkers hiermee inloggen; null: het huis'),
    matchClaim: matchClaim.describe(
      'email: koppel op geverifieerd e-mailadres; sub: alleen op de eigen koppeling',
    ),
    provision: z.boolean(),
    defaultRoles: z.array(roleSchema),
    enabled: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'SsoProvider' });

export const ssoProviderListSchema = z
  .strictObject({ items: z.array(ssoProviderSchema) })
  .meta({ id: 'SsoProviderList' });

export const ssoProviderCreateSchema = z
  .strictObject({
    name,
    issuer,
    clientId,
    clientSecret,
    partyId: z.uuid().nullable(),
    matchClaim,
    provision: z.boolean(),
    defaultRoles,
    enabled: z.boolean(),
  })
  .meta({ id: 'SsoProviderCreate' });

/** The organisation is fixed at creation: a provider never moves its users to another one. */
export const ssoProviderUpdateSchema = z
  .strictObject({
    name,
    issuer,
    clientId,
    clientSecret: clientSecret.describe('Alleen meesturen om het geheim te vervangen'),
    matchClaim,
    provision: z.boolean(),
    defaultRoles,
    enabled: z.boolean(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'geef minstens één veld om te wijzigen' })
  .meta({ id: 'SsoProviderUpdate' });

export const publicSsoProvidersSchema = z
  .strictObject({ items: z.array(z.strictObject({ id: z.uuid(), name: z.string() })) })
  .meta({ id: 'SsoProviderChoices' });

export const ssoLoginQuerySchema = z.strictObject({
  returnTo: z.string().max(2000).optional().describe('Relatief pad om na het inloggen naartoe te gaan'),
});

/**
 * The authorisation response. Loose on purpose: identity providers add parameters of their own
 * (session_state, …), and openid-client validates what matters (ASVS V10.1).
 */
export const ssoCallbackQuerySchema = z.looseObject({
  code: z.string().max(4096).optional(),
  state: z.string().max(512).optional(),
  iss: z.string().max(500).optional(),
  error: z.string().max(200).optional(),
});

export type SsoProviderCreate = z.infer<typeof ssoProviderCreateSchema>;
export type SsoProviderUpdate = z.infer<typeof ssoProviderUpdateSchema>;
