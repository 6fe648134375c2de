/** Request and response schemas of the house module. The response schemas are what stop leaks. */
import { z } from 'zod';

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/);
const weekday = z.enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export const houseActions = ['update'] as const;

export const brandingSchema = z.strictObject({
  primaryColor: colour,
  secondaryColor: colour,
  textOnPrimary: colour,
});
export const triageSchema = z.strictObject({
  weekday,
  time: timeOfDay,
  registrationDeadline: z.strictObject({ weekday, time: timeOfDay }),
});
export const cadenceSchema = z.strictObject({
  stuurgroepMinPerYear: z.number().int().min(1).max(52),
  partneroverlegIntervalWeeks: z.number().int().min(1).max(52),
  annualMeetingsPerYear: z.number().int().min(1).max(12),
});
export const covenantSchema = z.strictObject({
  title: z.string(),
  effectiveFrom: z.string(),
  initialTermYears: z.number().int(),
  renewalTermYears: z.number().int(),
});

export const houseSchema = z
  .strictObject({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    shortName: z.string(),
    centrumgemeente: z.strictObject({ id: z.uuid(), name: z.string() }),
    timezone: z.string(),
    branding: brandingSchema,
    covenant: covenantSchema,
    triage: triageSchema,
    cadence: cadenceSchema,
    mode: z.enum(['demo', 'production']),
    permissions: z.array(z.enum(houseActions)).describe('Wat de aanroeper met deze bron mag'),
  })
  .meta({ id: 'House' });

export const houseUpdateSchema = z
  .strictObject({
    name: z.string().trim().min(2).max(200),
    shortName: z.string().trim().min(2).max(60),
    branding: brandingSchema,
    triage: triageSchema,
    cadence: cadenceSchema,
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'geef minstens één veld om te wijzigen' })
  .meta({ id: 'HouseUpdate' });

export const seatSchema = z.strictObject({
  id: z.uuid(),
  role: z.string(),
  party: z.strictObject({ id: z.uuid(), name: z.string() }).nullable(),
  description: z.string(),
  article: z.string(),
  optional: z.boolean(),
  votes: z.boolean(),
});

export const bodySchema = z
  .strictObject({
    id: z.uuid(),
    key: z.string(),
    name: z.string(),
    article: z.string(),
    seats: z.array(seatSchema),
  })
  .meta({ id: 'Body' });

export const protocolActions = ['update'] as const;

export const privacyProtocolSchema = z
  .strictObject({
    id: z.uuid(),
    key: z.string(),
    name: z.string(),
    article: z.string(),
    admitsAll: z.boolean(),
    admittedParties: z.array(z.strictObject({ id: z.uuid(), name: z.string() })),
    retentionMonths: z.number().int(),
    permissions: z.array(z.enum(protocolActions)),
  })
  .meta({ id: 'PrivacyProtocol' });

export const privacyProtocolUpdateSchema = z
  .strictObject({
    retentionMonths: z.number().int().min(1).max(240),
    admitsAll: z.boolean(),
    admittedPartyIds: z.array(z.uuid()).max(500),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'geef minstens één veld om te wijzigen' })
  .meta({ id: 'PrivacyProtocolUpdate' });

export const processingActivitySchema = z
  .strictObject({
    id: z.uuid(),
    key: z.string(),
    uri: z.string().describe('Stabiele URI, gebruikt als dpl.core.processing_activity_id'),
    name: z.string(),
    purpose: z.string(),
    legalBasis: z.string(),
    protocolKey: z.string().nullable(),
  })
  .meta({ id: 'ProcessingActivity' });

export const idParamsSchema = z.strictObject({ id: z.uuid() });
