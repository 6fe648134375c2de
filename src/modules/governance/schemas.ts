/**
 * Request and response schemas shared by the governance routes (Art. 4–7, Bijlage 3): ids, the
 * If-Match header, references to bodies, parties and people, mandates and meetings.
 */
import { z } from 'zod';
import { mandateScopes } from './rules/mandates.js';

export const idParamsSchema = z.strictObject({ id: z.uuid() });
export const ifMatchHeaders = z.object({ 'if-match': z.string().optional() });
export const day = z.iso.date().describe('Datum, JJJJ-MM-DD');
export const instant = z.iso.datetime().describe('Tijdstip in UTC, ISO-8601');
export const text = (max: number) => z.string().trim().min(1).max(max);

export const bodyRef = z.strictObject({ id: z.uuid(), key: z.string(), name: z.string() });
export const partyRef = z.strictObject({ id: z.uuid(), name: z.string() });
export const personRef = z.strictObject({ id: z.uuid(), name: z.string() });

export const mandateSchema = z
  .strictObject({
    id: z.uuid(),
    body: bodyRef,
    mandator: partyRef,
    mandatee: partyRef,
    scope: z.array(z.enum(mandateScopes)),
    description: z.string(),
    confirmedOn: day
      .nullable()
      .describe('Datum van de schriftelijke bevestiging door de gemandateerde (Bijlage 3)'),
    validFrom: day,
    validUntil: day.nullable(),
    revokedOn: day.nullable(),
    effective: z.boolean().describe('Vandaag van kracht'),
    version: z.number().int(),
    permissions: z.array(z.enum(['update', 'revoke'])),
  })
  .meta({ id: 'Mandate' });

export const mandateCreateSchema = z
  .strictObject({
    bodyId: z.uuid(),
    mandatorPartyId: z.uuid(),
    mandateePartyId: z.uuid(),
    scope: z.array(z.enum(mandateScopes)).min(1).max(3),
    description: z.string().trim().max(2000).default(''),
    confirmedOn: day.nullable().default(null),
    validFrom: day,
    validUntil: day.nullable().default(null),
  })
  .meta({ id: 'MandateCreate' });

export const mandateUpdateSchema = z
  .strictObject({
    scope: z.array(z.enum(mandateScopes)).min(1).max(3).optional(),
    description: z.string().trim().max(2000).optional(),
    confirmedOn: day.nullable().optional(),
    validUntil: day.nullable().optional(),
  })
  .meta({ id: 'MandateUpdate' });

export const meetingStatus = z.enum(['planned', 'held', 'cancelled']);
export const meetingKind = z.enum(['regular', 'requested', 'annual']);

export const meetingSummarySchema = z.strictObject({
  id: z.uuid(),
  body: bodyRef,
  title: z.string(),
  kind: meetingKind,
  requestedBy: partyRef.nullable(),
  startsAt: instant,
  endsAt: instant,
  location: z.string().nullable(),
  onlineLink: z.string().nullable(),
  status: meetingStatus,
  version: z.number().int(),
});

export const meetingCreateSchema = z
  .strictObject({
    bodyId: z.uuid(),
    title: text(200),
    kind: meetingKind.default('regular'),
    requestedByPartyId: z
      .uuid()
      .nullable()
      .default(null)
      .describe('Art. 6.2: de partij die om het overleg vroeg'),
    startsAt: instant,
    endsAt: instant,
    location: z.string().trim().max(300).nullable().default(null),
    onlineLink: z
      .url({ protocol: /^https$/ })
      .max(500)
      .nullable()
      .default(null),
  })
  .meta({ id: 'MeetingCreate' });

export const meetingUpdateSchema = z
  .strictObject({
    title: text(200).optional(),
    kind: meetingKind.optional(),
    requestedByPartyId: z.uuid().nullable().optional(),
    startsAt: instant.optional(),
    endsAt: instant.optional(),
    location: z.string().trim().max(300).nullable().optional(),
    onlineLink: z
      .url({ protocol: /^https$/ })
      .max(500)
      .nullable()
      .optional(),
    status: meetingStatus.optional(),
  })
  .meta({ id: 'MeetingUpdate' });
