/**
 * What the case benchmark seeds, decided up front and deterministically: for case n its phase (a
 * plausible spread over every phase from draft to de-escalated), its registering professional,
 * its procesregisseur, its persons, its creation date (spread over the past year, oldest first)
 * and, from triage on, the triage route, the conference with its invited parties and named
 * participants (Art. 8.2, 12.2e), the case coordinator (Art. 13), the action plan (Art. 8.4b)
 * and the de-escalation proposal (Art. 1.10).
 */
import type { CaseStatus } from '../modules/cases/rules/state-machine.js';
import { newId } from '../platform/ids.js';

export interface BenchUser {
  id: string;
  partyId: string;
}

export interface BenchUsers {
  /** PARTIES × PER_PARTY professionals, party by party (index = party * PER_PARTY + i). */
  professionals: BenchUser[];
  regisseurs: string[];
}

export interface BenchPerson {
  name: string;
  bsn: string;
  birthDate: string;
  address: string;
}

export interface BenchConference {
  id: string;
  status: 'planned' | 'held';
  startsAt: string;
  /** One named participant per invited party; the first is the registering party. */
  invitations: { partyId: string; participant: BenchUser }[];
}

export interface BenchAction {
  id: string;
  ownerPartyId: string;
  dueDate: string;
  status: 'open' | 'in_progress' | 'done';
}

export interface BenchCase {
  id: string;
  caseNumber: string;
  year: number;
  number: number;
  status: CaseStatus;
  protocolKey: string;
  registering: BenchUser;
  regisseur: string | null;
  persons: BenchPerson[];
  createdAt: string;
  triageRoute: 'conference' | 'advice' | null;
  conference: BenchConference | null;
  coordinator: BenchUser | null;
  actions: BenchAction[];
  deescalation: 'pending' | 'approved' | null;
}

/** Phases seeded, with weights out of 100. */
export const phaseWeights: [CaseStatus, number][] = [
  ['concept', 4],
  ['aangemeld', 4],
  ['in_beoordeling', 8],
  ['afgewezen', 8],
  ['ingetrokken', 4],
  ['in_triage', 12],
  ['afgesloten_zonder_overleg', 10],
  ['overleg_gepland', 10],
  ['in_uitvoering', 25],
  ['afgeschaald', 15],
];

function phaseOf(n: number): CaseStatus {
  let r = (n * 37) % 100;
  for (const [status, weight] of phaseWeights) {
    if (r < weight) return status;
    r -= weight;
  }
  return 'in_uitvoering';
}

const DAY_MS = 86_400_000;
const YEAR_MS = 365 * DAY_MS;
const PARTY_COUNT = 8;
const PER_PARTY = 5;
const date = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function conferenceOf(
  n: number,
  status: CaseStatus,
  reg: BenchUser,
  users: BenchUsers,
  created: number,
  now: number,
) {
  if (!['overleg_gepland', 'in_uitvoering', 'afgeschaald'].includes(status)) return null;
  const rp = Math.floor((n % (PARTY_COUNT * PER_PARTY)) / PER_PARTY);
  const a = n % 3;
  const pick = (party: number, k: number) =>
    users.professionals[party * PER_PARTY + ((Math.floor(n / 40) + k) % PER_PARTY)] as BenchUser;
  const others = [(rp + 1 + a) % PARTY_COUNT, (rp + 4 + a) % PARTY_COUNT];
  const invitations = [
    { partyId: reg.partyId, participant: reg },
    ...others.map((party, k) => {
      const participant = pick(party, k + 1);
      return { partyId: participant.partyId, participant };
    }),
  ];
  const planned = status === 'overleg_gepland';
  // The day from n / 97, not n % 60: n % 5 picks the procesregisseur, and days must not follow it.
  const startsAt = planned
    ? now + (1 + (Math.floor(n / 97) % 60)) * DAY_MS + 10 * 3_600_000
    : created + Math.floor((now - created) / 2);
  const conference: BenchConference = {
    id: newId(),
    status: planned ? 'planned' : 'held',
    startsAt: new Date(startsAt).toISOString(),
    invitations,
  };
  return { conference, startsAt };
}

export function phasePlan(
  count: number,
  users: BenchUsers,
  now: Date,
  person: (n: number) => BenchPerson,
): BenchCase[] {
  const counters = new Map<number, number>();
  const out: BenchCase[] = [];
  let personSeq = 0;
  for (let n = 0; n < count; n++) {
    const createdMs = now.getTime() - YEAR_MS + Math.floor((n / count) * (YEAR_MS - 3_600_000));
    const created = new Date(createdMs);
    const year = created.getUTCFullYear();
    const number = (counters.get(year) ?? 0) + 1;
    counters.set(year, number);
    const status = phaseOf(n);
    const assessed = !['concept', 'aangemeld', 'ingetrokken'].includes(status);
    const size = n % 5 === 0 ? 3 : n % 3 === 0 ? 2 : 1;
    const registering = users.professionals[n % users.professionals.length] as BenchUser;
    const conf = conferenceOf(n, status, registering, users, createdMs, now.getTime());
    const held = conf?.conference.status === 'held';
    const coordinator = held ? (conf?.conference.invitations[1]?.participant ?? null) : null;
    const actions: BenchAction[] =
      held && conf
        ? conf.conference.invitations.map((inv, k) => ({
            id: newId(),
            ownerPartyId: inv.partyId,
            dueDate: date(conf.startsAt + (30 + 45 * k) * DAY_MS),
            status: status === 'afgeschaald' ? 'done' : k === 1 ? 'in_progress' : 'open',
          }))
        : [];
    out.push({
      id: newId(),
      caseNumber: `ZVH-${year}-${String(number).padStart(6, '0')}`,
      year,
      number,
      status,
      protocolKey: 'multiproblematiek',
      registering,
      regisseur: assessed ? (users.regisseurs[n % users.regisseurs.length] as string) : null,
      persons: Array.from({ length: size }, () => person(personSeq++)),
      createdAt: created.toISOString(),
      triageRoute: status === 'afgesloten_zonder_overleg' ? 'advice' : conf ? 'conference' : null,
      conference: conf?.conference ?? null,
      coordinator,
      actions,
      deescalation:
        status === 'afgeschaald' ? 'approved' : status === 'in_uitvoering' && n % 10 === 0 ? 'pending' : null,
    });
  }
  return out;
}

/** Cases in which the user is a named participant and nothing more (not registering, not coordinator). */
export function participantOnly(cases: BenchCase[], userId: string): BenchCase[] {
  return cases.filter(
    (c) =>
      c.registering.id !== userId &&
      c.coordinator?.id !== userId &&
      c.conference?.invitations.some((i) => i.participant.id === userId),
  );
}
