/** Request and response schemas of the identity module. */
import { z } from 'zod';
import { allRoles } from '../../platform/auth/principal.js';
import { pageQuerySchema, pageSchema } from '../../platform/http/pagination.js';

export const roleSchema = z.enum(allRoles);

export const organisationSchema = z.strictObject({
  kind: z.enum(['house', 'party']),
  partyId: z.uuid().nullable(),
  name: z.string(),
});

export const sessionUserSchema = z.strictObject({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  organisation: organisationSchema,
  roles: z.array(roleSchema),
  isDemo: z.boolean(),
  totpEnabled: z.boolean(),
  passwordChangeRequired: z.boolean(),
  providableRegimes: z
    .array(z.enum(['gewoon', 'bijzonder', 'politie', 'justitieel']))
    .describe(
      'De wettelijke regimes waaronder de gebruiker informatie mag verstrekken (Art. 15.2): die van de eigen partij, voor het huis die van de centrumgemeente',
    ),
});

export const sessionStateSchema = z
  .union([
    z.strictObject({ authenticated: z.literal(false) }),
    z.strictObject({
      authenticated: z.literal(true),
      stage: z.enum(['mfa', 'enrol', 'complete']),
      user: sessionUserSchema,
      csrfToken: z.string(),
      expiresAt: z.string(),
      idleExpiresAt: z.string(),
    }),
  ])
  .meta({ id: 'SessionState' });

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'geen geldig e-mailadres' }));

export const loginSchema = z
  .strictObject({ email, password: z.string().min(1).max(1024) })
  .meta({ id: 'Login' });
export const codeSchema = z
  .strictObject({ code: z.string().trim().min(6).max(32) })
  .meta({ id: 'SecondFactor' });
export const reauthSchema = z
  .strictObject({
    password: z.string().min(1).max(1024),
    code: z.string().trim().min(6).max(32).optional().describe('Verplicht voor wie een tweede factor heeft'),
  })
  .meta({ id: 'Reauthentication' });

export const passwordChangeSchema = z
  .strictObject({ currentPassword: z.string().min(1).max(1024), newPassword: z.string().max(1024) })
  .meta({ id: 'PasswordChange' });

export const totpEnrolmentSchema = z
  .strictObject({ otpauthUri: z.string(), qrSvg: z.string(), secret: z.string() })
  .meta({ id: 'TotpEnrolment' });
export const recoveryCodesSchema = z
  .strictObject({ recoveryCodes: z.array(z.string()) })
  .meta({ id: 'RecoveryCodes' });

export const mySessionSchema = z.strictObject({
  id: z.uuid(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
export const mySessionsSchema = z
  .strictObject({ items: z.array(mySessionSchema) })
  .meta({ id: 'MySessions' });

export const userActions = ['update', 'reset-totp'] as const;

export const userSchema = z
  .strictObject({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    organisation: organisationSchema,
    roles: z.array(roleSchema),
    status: z.enum(['active', 'disabled']),
    totpEnabled: z.boolean(),
    isDemo: z.boolean(),
    lastLoginAt: z.string().nullable(),
    permissions: z.array(z.enum(userActions)),
  })
  .meta({ id: 'User' });

export const userPageSchema = pageSchema(userSchema).meta({ id: 'UserPage' });
export const userListQuerySchema = pageQuerySchema.extend({ q: z.string().trim().max(100).optional() });

export const userCreateSchema = z
  .strictObject({
    email,
    displayName: z.string().trim().min(2).max(200),
    partyId: z.uuid().nullable(),
    roles: z.array(roleSchema).min(1).max(10),
    initialPassword: z.string().max(1024),
  })
  .meta({ id: 'UserCreate' });

export const userUpdateSchema = z
  .strictObject({
    displayName: z.string().trim().min(2).max(200),
    roles: z.array(roleSchema).min(1).max(10),
    status: z.enum(['active', 'disabled']),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'geef minstens één veld om te wijzigen' })
  .meta({ id: 'UserUpdate' });

export const idParamsSchema = z.strictObject({ id: z.uuid() });

export const temporaryPasswordSchema = z
  .strictObject({
    temporaryPassword: z
      .string()
      .describe('Eenmalig getoond; de gebruiker kiest bij de eerste keer inloggen een eigen wachtwoord'),
  })
  .meta({ id: 'TemporaryPassword' });
