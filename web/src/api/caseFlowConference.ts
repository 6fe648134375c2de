/**
 * The case conference's data (Art. 8, 12.2c–e, 13): the conferences of a case with their record,
 * planning one (only parties the case's protocol admits; named participants per party, chosen from
 * the participant candidates the server offers the procesregisseur), cancelling
 * it, recording it (attendance, coordinator, action plan with the items each action cites, roles
 * and information needs,
 * de-escalation criteria, minutes), asking for a follow-up, and the iCalendar invitation.
 */
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { userNamesField } from './caseFlowNames';
import { ifMatch, int, nstr, parseFlowCaseRef, parserOf, str } from './caseFlowParse';
import { CASES_KEY, casePath } from './casesRequests';
import { getJson, sendJson } from './client';

export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/**
 * An information item an action is based on (Art. 16.2), as the server shows it to this user: only
 * items they may see now; `usable` false once the provider no longer allows its use in the plan.
 */
export const citationSchema = z.object({
  itemId: str,
  title: str,
  regime: z.enum(['gewoon', 'bijzonder', 'politie', 'justitieel']),
  providerPartyId: str,
  usable: z.boolean(),
});
export type Citation = z.infer<typeof citationSchema>;

export const conferenceSchema = z.object({
  id: str,
  caseId: str,
  sequence: int,
  status: z.enum(['planned', 'held', 'cancelled']),
  startsAt: str,
  endsAt: str,
  location: nstr,
  onlineLink: nstr,
  goal: str,
  decisionTypes: z.array(str),
  themes: z.array(str),
  invitations: z.array(
    z.object({
      partyId: str,
      contribution: str,
      participants: z.array(z.object({ userId: str, attendance: z.nullable(z.enum(['present', 'absent'])) })),
    }),
  ),
  coordinator: z.nullable(z.object({ userId: str, partyId: str })),
  actions: z.array(
    z.object({
      id: str,
      ownerPartyId: str,
      description: str,
      dueDate: str,
      status: z.enum(ACTION_STATUSES),
      // Absent from a server without citations (before migration 0037): none.
      citations: z._default(z.array(citationSchema), []),
    }),
  ),
  partyRoles: z.array(z.object({ partyId: str, role: str, informationNeeds: str })),
  deescalationCriteria: nstr,
  minutes: nstr,
  cancelReason: nstr,
  heldAt: nstr,
  createdAt: str,
  version: int,
  permissions: z.array(str),
});
export type Conference = z.infer<typeof conferenceSchema>;
export const parseConferences = parserOf(
  z.object({ items: z.array(conferenceSchema), userNames: userNamesField }),
);

export const conferencesKey = (caseId: string) => [...CASES_KEY, 'conferences', caseId] as const;

export function useConferences(caseId: string, enabled: boolean) {
  return useQuery({
    queryKey: conferencesKey(caseId),
    queryFn: ({ signal }) => getJson(casePath(caseId, 'conferences'), parseConferences, signal),
    enabled,
    staleTime: 0,
  });
}

/** Whom the procesregisseur may name (Art. 8.2, 12.2e, 15.3): per admitted active party, its active professionals. */
export const participantCandidatesSchema = z.object({
  parties: z.array(
    z.object({
      partyId: str,
      name: str,
      professionals: z.array(z.object({ userId: str, displayName: str })),
    }),
  ),
});
export type ParticipantCandidates = z.infer<typeof participantCandidatesSchema>;
export const parseParticipantCandidates = parserOf(participantCandidatesSchema);

export function useParticipantCandidates(caseId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...CASES_KEY, 'participant-candidates', caseId],
    queryFn: ({ signal }) =>
      getJson(casePath(caseId, 'participant-candidates'), parseParticipantCandidates, signal),
    enabled,
    staleTime: 0,
  });
}

export interface InvitationInput {
  partyId: string;
  contribution: string;
  participantUserIds: string[];
}

export interface ConferencePlanInput {
  startsAt: string;
  endsAt: string;
  location: string | null;
  onlineLink: string | null;
  goal: string;
  decisionTypes: string[];
  themes: string[];
  invitations: InvitationInput[];
}

export const planConference = (caseId: string, input: ConferencePlanInput) =>
  sendJson('POST', casePath(caseId, 'conferences'), parserOf(conferenceSchema), { body: input });

const conferencePath = (caseId: string, conferenceId: string, action?: string) =>
  casePath(caseId, `conferences/${encodeURIComponent(conferenceId)}${action ? `/${action}` : ''}`);

export const cancelConference = (caseId: string, c: Pick<Conference, 'id' | 'version'>, reason: string) =>
  sendJson('POST', conferencePath(caseId, c.id, 'cancel'), parserOf(conferenceSchema), {
    body: { reason },
    headers: ifMatch(c.version),
  });

/** Moves a planned conference to another time (Art. 12.2e); If-Match: the conference's version. */
export const rescheduleConference = (
  caseId: string,
  c: Pick<Conference, 'id' | 'version'>,
  times: { startsAt: string; endsAt: string },
) =>
  sendJson('PATCH', conferencePath(caseId, c.id), parserOf(conferenceSchema), {
    body: times,
    headers: ifMatch(c.version),
  });

export interface ConferenceRecordInput {
  attendance: { userId: string; present: boolean }[];
  coordinatorUserId: string;
  /** `citedItemIds`: the items the action is based on (Art. 16.2), citable ones only. */
  actions: { ownerPartyId: string; description: string; dueDate: string; citedItemIds: string[] }[];
  partyRoles: { partyId: string; role: string; informationNeeds: string }[];
  deescalationCriteria: string;
  minutes: string;
}

/** Records the held conference; If-Match carries the case's version (it moves the case on). */
export const holdConference = (
  caseId: string,
  conferenceId: string,
  caseVersion: number,
  input: ConferenceRecordInput,
) =>
  sendJson('POST', conferencePath(caseId, conferenceId, 'hold'), parseFlowCaseRef, {
    body: input,
    headers: ifMatch(caseVersion),
  });

export const planFollowUp = (caseId: string, caseVersion: number, reason: string | undefined) =>
  sendJson('POST', casePath(caseId, 'plan-follow-up'), parseFlowCaseRef, {
    body: reason ? { reason } : {},
    headers: ifMatch(caseVersion),
  });

/** The address of the invitation file (a plain link: the browser downloads it with the session). */
export const invitationPath = (caseId: string, conferenceId: string) =>
  conferencePath(caseId, conferenceId, 'invitation.ics');

/**
 * A local date and time from the form (YYYY-MM-DD, HH:MM) as an ISO instant with the browser's
 * offset, which is what the server asks for; null when either part is missing or not a real time.
 */
export function localInstant(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const d = new Date(`${date}T${time}:00`);
  if (Number.isNaN(d.getTime())) return null;
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  return `${date}T${time}:00${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}
