/**
 * The memberships form without React: a row per governance body (not a member, member, chair or
 * secretary, and the parties whose vote a member or chair casts), the PUT body, and the server's
 * explanation of refused memberships turned into codes the UI can translate.
 *
 * The rules follow src/modules/identity/rules/memberships.ts: staff of the house advise but do not
 * vote; the secretary is staff of the house and does not vote; one chair per body; a party's vote
 * in a body is cast by one member.
 */

import type { Body, Membership, MembershipInput, MembershipRole } from '../../api/memberships';
import type { OrganisationKind } from '../../auth/roles';

export type BodyChoice = 'none' | MembershipRole;

export interface MembershipRow {
  role: BodyChoice;
  votes: string[];
}

/** Rows by body id. */
export type MembershipForm = Record<string, MembershipRow>;

export function membershipForm(items: readonly Membership[], bodies: readonly Body[]): MembershipForm {
  const form: MembershipForm = {};
  for (const body of bodies) form[body.id] = { role: 'none', votes: [] };
  for (const item of items) form[item.body.id] = { role: item.role, votes: item.votesFor.map((p) => p.id) };
  return form;
}

/** The choices for a user of this kind: only staff of the house can be secretary. */
export function choicesFor(kind: OrganisationKind): BodyChoice[] {
  return kind === 'house' ? ['none', 'member', 'chair', 'secretary'] : ['none', 'member', 'chair'];
}

/** Whether someone in this role, from this kind of organisation, casts votes. */
export const castsVotes = (role: BodyChoice, kind: OrganisationKind): boolean =>
  kind === 'party' && (role === 'member' || role === 'chair');

/**
 * A row after choosing a role: becoming a voting member starts with the user's own party's vote;
 * a role without a vote keeps none.
 */
export function chooseRole(
  row: MembershipRow,
  role: BodyChoice,
  kind: OrganisationKind,
  ownPartyId: string | null,
): MembershipRow {
  if (!castsVotes(role, kind)) return { role, votes: [] };
  if (row.votes.length > 0) return { role, votes: row.votes };
  return { role, votes: ownPartyId ? [ownPartyId] : [] };
}

/** The PUT body: the memberships in body order, votes only where they are cast, without doubles. */
export function membershipPayload(
  form: MembershipForm,
  bodies: readonly Body[],
  kind: OrganisationKind,
): MembershipInput[] {
  const items: MembershipInput[] = [];
  for (const body of bodies) {
    const row = form[body.id];
    if (!row || row.role === 'none') continue;
    items.push({
      bodyId: body.id,
      role: row.role,
      votesForPartyIds: castsVotes(row.role, kind) ? [...new Set(row.votes)] : [],
    });
  }
  return items;
}

export const MEMBERSHIP_REASONS = [
  'unknownBody',
  'inactiveParty',
  'duplicateBody',
  'duplicateVote',
  'staffDoNotVote',
  'secretaryDoesNotVote',
  'secretaryIsStaff',
  'chairTaken',
  'voteTaken',
] as const;
export type MembershipReasonCode = (typeof MEMBERSHIP_REASONS)[number];

export type MembershipReason =
  | { code: MembershipReasonCode; partyId?: string }
  | { code: 'other'; text: string };

const PATTERNS: readonly [RegExp, MembershipReasonCode][] = [
  [/^onbekend orgaan/, 'unknownBody'],
  [/^stemmen kunnen alleen voor actieve partijen/, 'inactiveParty'],
  [/^orgaan \S+ staat dubbel/, 'duplicateBody'],
  [/^een partij staat dubbel bij de stemmen/, 'duplicateVote'],
  [/^medewerkers van het huis adviseren maar stemmen niet/, 'staffDoNotVote'],
  [/^de secretaris stemt niet/, 'secretaryDoesNotVote'],
  [/^de secretaris is een medewerker van het huis/, 'secretaryIsStaff'],
  [/^dit orgaan heeft al een voorzitter/, 'chairTaken'],
  [/^de stem van partij (\S+) wordt in dit orgaan al door een ander lid uitgebracht/, 'voteTaken'],
];

/**
 * The reasons in a refused PUT's detail ("Body ongeldig — items: reason; reason"). Known reasons
 * become codes (with the party, where named); anything else is kept as the server's text. The same
 * reason is listed once.
 */
export function membershipReasons(detail: string | undefined): MembershipReason[] {
  if (!detail) return [];
  const dash = detail.indexOf('—');
  let rest = (dash >= 0 ? detail.slice(dash + 1) : detail).trim();
  if (rest.startsWith('items:')) rest = rest.slice('items:'.length);
  const reasons: MembershipReason[] = [];
  const seen = new Set<string>();
  for (const part of rest.split(';')) {
    const text = part.trim();
    if (text === '') continue;
    let reason: MembershipReason = { code: 'other', text };
    for (const [pattern, code] of PATTERNS) {
      const match = pattern.exec(text);
      if (match) {
        reason = match[1] ? { code, partyId: match[1] } : { code };
        break;
      }
    }
    const key = JSON.stringify(reason);
    if (!seen.has(key)) reasons.push(reason);
    seen.add(key);
  }
  return reasons;
}
