/**
 * Request and response schemas of the case conference (Art. 8, 12.2c–e, 13): planning (times,
 * place or online link, goal, decision types, themes, invited parties with the contribution
 * asked and named participants), rescheduling, cancelling, and the record of the conference
 * (attendance, case coordinator, action plan — each action with the information items it is
 * based on, Art. 16.2 — roles and information needs, de-escalation criteria, minutes of
 * agreements). Strict objects: unknown fields are refused.
 */
import { z } from 'zod';
import { citationSchema, citedItemIdsSchema } from '../../information/schemas.js';
import { userNamesSchema } from '../user-names.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const instant = z.iso.datetime({ offset: true, message: 'verwacht een tijdstip ISO 8601 met tijdzone' });
const isoDate = z.iso.date({ message: 'verwacht een datum JJJJ-MM-DD' });

export const invitationSchema = z.strictObject({
  partyId: z.uuid(),
  contribution: text(5_000).describe(
    'De inhoudelijke bijdrage die van de partij wordt gevraagd (Art. 12.2e)',
  ),
  participantUserIds: z
    .array(z.uuid())
    .max(20)
    .default([])
    .describe('Genoemde deelnemers: actieve professionals van deze partij (Art. 8.2)'),
});

const planFields = {
  startsAt: instant,
  endsAt: instant,
  location: text(500).nullable().optional(),
  onlineLink: z
    .url({ protocol: /^https$/, message: 'verwacht een https-link' })
    .max(1_000)
    .nullable()
    .optional(),
  goal: text(10_000).describe('Het doel van het overleg, zo concreet mogelijk (Art. 12.2c)'),
  decisionTypes: z
    .array(text(300))
    .min(1)
    .max(20)
    .describe('Het type besluiten dat moet worden genomen (Art. 12.2c)'),
  themes: z.array(text(200)).max(30).default([]),
  invitations: z.array(invitationSchema).min(1).max(40),
};

export const conferencePlanSchema = z.strictObject(planFields).meta({ id: 'ConferencePlan' });
export type ConferencePlan = z.infer<typeof conferencePlanSchema>;

export const conferenceUpdateSchema = z
  .strictObject({
    startsAt: instant.optional(),
    endsAt: instant.optional(),
    location: planFields.location,
    onlineLink: planFields.onlineLink,
    goal: planFields.goal.optional(),
    decisionTypes: planFields.decisionTypes.optional(),
    themes: z.array(text(200)).max(30).optional(),
    invitations: planFields.invitations.optional(),
  })
  .meta({ id: 'ConferenceUpdate' });
export type ConferenceUpdate = z.infer<typeof conferenceUpdateSchema>;

export const conferenceRecordSchema = z
  .strictObject({
    attendance: z
      .array(z.strictObject({ userId: z.uuid(), present: z.boolean() }))
      .max(200)
      .describe('Aanwezigheid van de genoemde deelnemers; wie ontbreekt, was afwezig'),
    coordinatorUserId: z.uuid().describe('De casuscoördinator: een aanwezige deelnemer (Art. 8.4a, 13)'),
    actions: z
      .array(
        z.strictObject({
          ownerPartyId: z.uuid(),
          description: text(5_000),
          dueDate: isoDate,
          citedItemIds: citedItemIdsSchema.default([]),
        }),
      )
      .min(1)
      .max(100)
      .describe('Het integraal plan van aanpak (Art. 8.4b)'),
    partyRoles: z
      .array(z.strictObject({ partyId: z.uuid(), role: text(5_000), informationNeeds: text(5_000) }))
      .max(40)
      .default([])
      .describe('Rol en informatiebehoefte per partij (Art. 8.4c)'),
    deescalationCriteria: text(10_000).describe('De criteria voor afschaling (Art. 8.4d)'),
    minutes: text(50_000).describe('Verslag van de afspraken, geen meningen (Art. 9.1)'),
  })
  .meta({ id: 'ConferenceRecord' });
type RecordBody = z.infer<typeof conferenceRecordSchema>;
type RecordAction = RecordBody['actions'][number];
/** The record; in-process callers (the demo seed) may leave out an action's `citedItemIds`. */
export type ConferenceRecord = Omit<RecordBody, 'actions'> & {
  actions: (Omit<RecordAction, 'citedItemIds'> & Partial<Pick<RecordAction, 'citedItemIds'>>)[];
};

export const conferenceParamsSchema = z.strictObject({ id: z.uuid(), conferenceId: z.uuid() });

export const conferenceActions = ['reschedule', 'cancel', 'hold', 'download-invitation'] as const;
export type ConferenceAction = (typeof conferenceActions)[number];

export const conferenceSchema = z
  .strictObject({
    id: z.string(),
    caseId: z.string(),
    sequence: z.number().int().describe('1 voor het eerste overleg, hoger voor vervolgoverleggen'),
    status: z.enum(['planned', 'held', 'cancelled']),
    startsAt: z.string(),
    endsAt: z.string(),
    location: z.string().nullable(),
    onlineLink: z.string().nullable(),
    goal: z.string(),
    decisionTypes: z.array(z.string()),
    themes: z.array(z.string()),
    invitations: z.array(
      z.strictObject({
        partyId: z.string(),
        contribution: z.string(),
        participants: z.array(
          z.strictObject({ userId: z.string(), attendance: z.enum(['present', 'absent']).nullable() }),
        ),
      }),
    ),
    coordinator: z.strictObject({ userId: z.string(), partyId: z.string() }).nullable(),
    actions: z.array(
      z.strictObject({
        id: z.string(),
        ownerPartyId: z.string(),
        description: z.string(),
        dueDate: z.string(),
        status: z.enum(['open', 'in_progress', 'done', 'cancelled']),
        citations: z
          .array(citationSchema)
          .describe('De informatie waarop de actie steunt, voor zover u die nu mag zien (Art. 16.2)'),
      }),
    ),
    partyRoles: z.array(
      z.strictObject({ partyId: z.string(), role: z.string(), informationNeeds: z.string() }),
    ),
    deescalationCriteria: z.string().nullable(),
    minutes: z.string().nullable(),
    cancelReason: z.string().nullable(),
    heldAt: z.string().nullable(),
    createdAt: z.string(),
    version: z.number().int(),
    permissions: z.array(z.enum(conferenceActions)),
  })
  .meta({ id: 'Conference' });

export const conferenceListSchema = z
  .strictObject({ items: z.array(conferenceSchema), userNames: userNamesSchema })
  .meta({ id: 'ConferenceList' });
