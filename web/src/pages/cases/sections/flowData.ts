/**
 * What the case-flow sections read besides the case itself: party names, the parties the case's
 * privacy protocol admits (the only ones that may be asked or invited, Art. 12.2e, 15.3), and the
 * people the case knows, by name where the answers name them (`userNames`, issue 5) and by what
 * they did in the case.
 */
import { useTranslation } from 'react-i18next';
import { useConferences } from '../../../api/caseFlowConference';
import { nameDirectory, type UserName, userNamesOf } from '../../../api/caseFlowNames';
import { candidatesByParty, type KnownPerson, knownPeople } from '../../../api/caseFlowPeople';
import { triageOf, useCaseRequests } from '../../../api/caseFlowTriage';
import type { Case, CaseStatus } from '../../../api/cases';
import { useProtocols } from '../../../api/casesRequests';
import { useParties } from '../../../api/parties';
import { useAuth } from '../../../auth/AuthProvider';
import { namedLabel } from '../names';

/** The phases from the triage on, in which the triage's outcome and requests matter. */
export const TRIAGE_ON: readonly CaseStatus[] = [
  'in_triage',
  'afgesloten_zonder_overleg',
  'overleg_gepland',
  'in_uitvoering',
  'afgeschaald',
];
/** The phases with (planned or held) conferences, an action plan and its execution. */
export const CONFERENCE_ON: readonly CaseStatus[] = ['overleg_gepland', 'in_uitvoering', 'afgeschaald'];

/** The caller's relation to the case, as the server said it (`relation` in the case body). */
export const relationOf = (c: Case): string | null =>
  typeof c.raw.relation === 'string' ? c.raw.relation : null;

/** Whether the caller reads the bevragingen of the case (procesregisseur, informatiecentrum). */
export const readsRequests = (c: Case) =>
  TRIAGE_ON.includes(c.status) && ['assigned', 'informatiecentrum'].includes(relationOf(c) ?? '');

/**
 * Whether the caller reads the de-escalation (Art. 1.10): the assigned procesregisseur, the case
 * coordinator, and the manager while the case is escalated; the server refuses everyone else.
 */
export const readsDeescalation = (c: Case, me: string | undefined) =>
  ['assigned', 'coordinator', 'escalated-manager'].includes(relationOf(c) ?? '') ||
  (me !== undefined && coordinatorOf(c)?.userId === me);

export const coordinatorOf = (c: Case): { userId: string; partyId: string } | null => {
  const v = c.raw.coordinator;
  if (v && typeof v === 'object' && 'userId' in v && 'partyId' in v) {
    const { userId, partyId } = v as Record<string, unknown>;
    if (typeof userId === 'string' && typeof partyId === 'string') return { userId, partyId };
  }
  return null;
};

export function usePartyNames() {
  const parties = useParties();
  return (id: string) => parties.data?.find((p) => p.id === id)?.name ?? '…';
}

/** The active parties the case's privacy protocol admits, by name. */
export function useAdmittedParties(c: Case) {
  const parties = useParties();
  const protocols = useProtocols();
  const protocol = protocols.data?.find((p) => p.key === c.protocolKey);
  const list = (parties.data ?? []).filter(
    (p) =>
      p.status === 'active' &&
      protocol !== undefined &&
      (protocol.admitsAll || protocol.admittedParties.some((a) => a.id === p.id)),
  );
  return {
    parties: list.sort((a, b) => a.name.localeCompare(b.name)),
    loading: parties.isPending || protocols.isPending,
  };
}

/**
 * The people the case knows, the candidates per party, and how to describe each: by name when the
 * case, its conferences or `names` (the section's own answer, e.g. the execution) name them.
 */
export function useCasePeople(c: Case, names?: readonly UserName[]) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const partyName = usePartyNames();
  const requests = useCaseRequests(c.id, readsRequests(c));
  const conferences = useConferences(c.id, CONFERENCE_ON.includes(c.status));
  const people = knownPeople({
    me: user?.id,
    registeringUserId: c.registeringUserId,
    registeringPartyId: c.registeringPartyId,
    procesregisseurIds: c.procesregisseurs.map((r) => r.userId),
    coordinator: coordinatorOf(c),
    answers: (requests.data?.items ?? []).flatMap((r) =>
      r.answer ? [{ partyId: r.partyId, answeredByUserId: r.answer.answeredByUserId }] : [],
    ),
    participants: (conferences.data?.items ?? []).flatMap((conf) =>
      conf.invitations.flatMap((i) => i.participants.map((p) => ({ partyId: i.partyId, userId: p.userId }))),
    ),
  });
  const directory = nameDirectory(userNamesOf(c.raw), conferences.data?.userNames, names);
  /** What they did in the case, without their name (beside a name shown already). */
  const describe = (person: KnownPerson) =>
    t(`cases.flow.people.${person.kind}`, { party: person.partyId ? partyName(person.partyId) : '' });
  /** Who they are: by name, role and party when the answers name them, else what they did. */
  const describeId = (userId: string) => {
    const person = people.find((p) => p.userId === userId);
    const name = directory.get(userId);
    if (person && (!name || person.kind === 'you')) return describe(person);
    if (!name) return t('cases.flow.people.other');
    const party = person?.partyId ? partyName(person.partyId) : null;
    return namedLabel(t, name, person?.kind === 'you' ? 'other' : (person?.kind ?? 'other'), party);
  };
  const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  return {
    people,
    candidates: candidatesByParty(people),
    describe,
    describeId,
    /** The same, starting with a capital: for option labels and list items. */
    label: (person: KnownPerson) => cap(describe(person)),
    labelId: (userId: string) => cap(describeId(userId)),
  };
}

/** A triage outcome read from the case body. */
export const outcomeOf = (c: Case) => triageOf(c.raw);
