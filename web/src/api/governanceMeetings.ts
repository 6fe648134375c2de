/**
 * Bodies at work as the API offers them (src/modules/governance): meetings with their cadence
 * (Art. 4.2, 6.2, 6.4), agenda, attendance, minutes and iCalendar invitation (4.6, 6.9),
 * decisions with votes per party and the computed outcome (5.4–5.6, 7.1–7.4), decision lists,
 * and the mandates register (6.7, Bijlage 3). Only a body's members see its meetings (5.7, 7.5).
 */
import { API_BASE } from './client';
import { bodyRef, govSend, itemsOf, nullableString, permissions, ref, useGov, z } from './governanceClient';

export const MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const;
export const MEETING_KINDS = ['regular', 'requested', 'annual'] as const;
export const DECISION_STATUSES = ['open', 'held', 'adopted', 'rejected', 'undecided', 'referred'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];
export const ATTENDANCE = ['present', 'absent', 'excused'] as const;

const meetingSummary = z.object({
  id: z.string(),
  body: bodyRef,
  title: z.string(),
  kind: z.enum(MEETING_KINDS),
  requestedBy: z.nullable(ref),
  startsAt: z.string(),
  endsAt: z.string(),
  location: nullableString,
  onlineLink: nullableString,
  status: z.enum(MEETING_STATUSES),
});
export type MeetingSummary = z.infer<typeof meetingSummary>;

const agendaItem = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  contributedBy: ref,
  contributedFor: z.nullable(ref),
  source: z.string(),
  status: z.enum(['proposed', 'scheduled', 'declined']),
  position: z.number(),
});
export type AgendaItem = z.infer<typeof agendaItem>;

export const meetingSchema = z.extend(meetingSummary, {
  agenda: z.array(agendaItem),
  members: z.array(
    z.object({
      person: ref,
      party: z.nullable(ref),
      role: z.enum(['member', 'chair', 'secretary']),
      attendance: z.nullable(z.enum(ATTENDANCE)),
    }),
  ),
  decisions: z.array(z.object({ id: z.string(), title: z.string(), status: z.enum(DECISION_STATUSES) })),
  minutes: nullableString,
  minutesStatus: z.enum(['none', 'draft', 'adopted']),
  permissions,
});
export type Meeting = z.infer<typeof meetingSchema>;

export const useMeetings = (year: number) =>
  useGov(['meetings', year], `/meetings?year=${year}`, itemsOf(meetingSummary));
export const useMeeting = (id: string) =>
  useGov(['meetings', id], id ? `/meetings/${id}` : null, meetingSchema);
export const meetingCalendarUrl = (id: string) => `${API_BASE}/meetings/${encodeURIComponent(id)}/calendar`;
export const createMeeting = (body: object) => govSend('POST', '/meetings', meetingSchema, body);
export const updateMeeting = (id: string, body: object, etag: string | null) =>
  govSend('PATCH', `/meetings/${id}`, meetingSchema, body, etag);
export const recordAttendance = (
  id: string,
  items: { userId: string; status: string }[],
  etag: string | null,
) => govSend('PUT', `/meetings/${id}/attendance`, meetingSchema, { items }, etag);
export const saveMinutes = (id: string, minutes: string, status: 'draft' | 'adopted', etag: string | null) =>
  govSend('PUT', `/meetings/${id}/minutes`, meetingSchema, { minutes, status }, etag);
export const addAgendaItem = (body: object) => govSend('POST', '/agenda-items', agendaItem, body);
export const sendDecisionList = (meetingId: string) =>
  govSend('POST', `/meetings/${meetingId}/decision-list`, z.object({ id: z.string() }), undefined);

export const CADENCE_STATUSES = ['compliant', 'on-track', 'at-risk', 'missed'] as const;
export const cadenceSchema = z.object({
  body: bodyRef,
  year: z.number(),
  article: z.string(),
  rule: z.enum(['min-per-year', 'interval']),
  required: z.nullable(z.number()),
  intervalDays: z.nullable(z.number()),
  held: z.number(),
  planned: z.number(),
  status: z.enum(CADENCE_STATUSES),
  gaps: z.array(
    z.object({
      from: z.string(),
      to: nullableString,
      dueBy: z.string(),
      status: z.enum(['missed', 'at-risk']),
    }),
  ),
  nextDue: nullableString,
});
export type Cadence = z.infer<typeof cadenceSchema>;
export const useCadence = (bodyId: string, year: number, enabled: boolean) =>
  useGov(['cadence', bodyId, year], enabled ? `/bodies/${bodyId}/cadence?year=${year}` : null, cadenceSchema);

const tally = z.object({
  for: z.number(),
  against: z.number(),
  abstain: z.number(),
  outcome: z.enum(['adopted', 'rejected', 'tie']),
  unanimous: z.boolean(),
  refused: z.array(z.object({ partyId: z.string(), reason: z.string() })),
});

export const decisionSchema = z.object({
  id: z.string(),
  body: bodyRef,
  meetingId: nullableString,
  title: z.string(),
  proposal: z.string(),
  status: z.enum(DECISION_STATUSES),
  consensus: z.boolean(),
  affectedParties: z.array(ref),
  writtenInputs: z.array(
    z.object({
      id: z.string(),
      party: ref,
      kind: z.enum(['written', 'heard']),
      text: z.string(),
      receivedOn: z.string(),
      recordedBy: ref,
    }),
  ),
  votes: z.array(
    z.object({
      party: ref,
      choice: z.enum(['for', 'against', 'abstain']),
      via: z.enum(['own', 'mandate']),
      castBy: ref,
      castAt: z.string(),
    }),
  ),
  tally: z.nullable(tally),
  waitingFor: z.array(ref),
  referredFromId: nullableString,
  referredToId: nullableString,
  closedAt: nullableString,
  votableParties: z.array(ref),
  permissions,
});
export type Decision = z.infer<typeof decisionSchema>;
export const useDecision = (id: string) => useGov(['decisions', id], `/decisions/${id}`, decisionSchema);
export const createDecision = (body: object) => govSend('POST', '/decisions', decisionSchema, body);
export const castVote = (id: string, partyId: string, choice: string, etag: string | null) =>
  govSend('POST', `/decisions/${id}/votes`, decisionSchema, { partyId, choice }, etag);
export const recordInput = (id: string, body: object, etag: string | null) =>
  govSend('POST', `/decisions/${id}/written-inputs`, decisionSchema, body, etag);
export const decisionStep = (id: string, step: 'close' | 'refer', etag: string | null) =>
  govSend('POST', `/decisions/${id}/${step}`, decisionSchema, undefined, etag);
export const updateDecision = (id: string, body: object, etag: string | null) =>
  govSend('PATCH', `/decisions/${id}`, decisionSchema, body, etag);

const decisionList = z.object({
  id: z.string(),
  meeting: z.object({ id: z.string(), title: z.string(), startsAt: z.string() }),
  from: bodyRef,
  to: bodyRef,
  sentAt: z.string(),
  sentBy: ref,
  recipientCount: z.number(),
  decisions: z.array(
    z.object({
      decisionId: z.string(),
      title: z.string(),
      status: z.enum(DECISION_STATUSES),
      consensus: z.boolean(),
      for: z.nullable(z.number()),
      against: z.nullable(z.number()),
      abstain: z.nullable(z.number()),
    }),
  ),
});
export type DecisionList = z.infer<typeof decisionList>;
export const useDecisionLists = () => useGov(['decision-lists'], '/decision-lists', itemsOf(decisionList));

export const MANDATE_SCOPES = ['inbreng', 'besluiten', 'verwerkingsverantwoordelijkheid'] as const;
export const mandateSchema = z.object({
  id: z.string(),
  body: bodyRef,
  mandator: ref,
  mandatee: ref,
  scope: z.array(z.enum(MANDATE_SCOPES)),
  description: z.string(),
  confirmedOn: nullableString,
  validFrom: z.string(),
  validUntil: nullableString,
  revokedOn: nullableString,
  effective: z.boolean(),
  version: z.number(),
  permissions,
});
export type Mandate = z.infer<typeof mandateSchema>;
export const useMandates = () => useGov(['mandates'], '/mandates', itemsOf(mandateSchema));
export const createMandate = (body: object) => govSend('POST', '/mandates', mandateSchema, body);
/** The list carries each mandate's version, which is its ETag. */
export const revokeMandate = (m: Pick<Mandate, 'id' | 'version'>, revokedOn: string) =>
  govSend('POST', `/mandates/${m.id}/revoke`, mandateSchema, { revokedOn }, `"v${m.version}"`);
