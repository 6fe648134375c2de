/**
 * Cases with chosen relations for the information-item suites (issue 6; Art. 8.2, 12.2e–f, 13),
 * brought there through the real API: the matrix professional (politie) registers, the matrix
 * procesregisseur is assigned, optionally a party answers a triage request, and — per stage — a
 * conference is planned with the named participants, or also held with a coordinator.
 */
import type { Session, TestApp } from '../support/app.js';
import { api, extraUser, registration } from './cases-fixtures.js';

export type CaseStage = 'triage' | 'planned' | 'held';

export interface CaseSpec {
  stage: CaseStage;
  /** Named participants (user id and party key); at least one when the stage is 'held'. */
  participants: { userId: string; partyKey: string }[];
  /** The coordinator (one of the participants) when held. */
  coordinatorUserId?: string;
  /** A professional whose party is asked in the triage, and who answers. */
  triageAnswer?: { partyKey: string; session: Session };
}

export interface BuiltCase {
  id: string;
  personIds: string[];
  /** The item the triage answer created, if any. */
  triageItemId: string | null;
}

export async function post(
  t: TestApp,
  as: string | Session,
  url: string,
  etag: string,
  payload: object = {},
) {
  const res = await api(t)(as, 'POST', url, payload, etag);
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  return res.headers.etag as string;
}

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000);

export async function buildCase(t: TestApp, spec: CaseSpec): Promise<BuiltCase> {
  const party = (k: string) => t.partyIds.get(k) as string;
  const created = await api(t)('professional', 'POST', '/cases', registration(t, { partnersInvolved: [] }));
  if (created.statusCode !== 201) throw new Error(`register: ${created.body}`);
  const id = created.json().id as string;
  let etag = created.headers.etag as string;
  etag = await post(t, 'professional', `/cases/${id}/submit`, etag);
  etag = await post(t, 'procesregisseur', `/cases/${id}/pick-up`, etag);
  etag = await post(t, 'procesregisseur', `/cases/${id}/accept`, etag, {
    reasoning: 'Complex volgens Bijlage 2',
  });
  let triageItemId: string | null = null;
  if (spec.triageAnswer) {
    const asked = await api(t)('procesregisseur', 'POST', `/cases/${id}/information-requests`, {
      partyId: party(spec.triageAnswer.partyKey),
      question: 'Wat weet u van deze persoon?',
      deadline: inDays(7).toISOString().slice(0, 10),
    });
    if (asked.statusCode !== 201) throw new Error(`ask: ${asked.statusCode} ${asked.body}`);
    const requestId = asked.json().id as string;
    const answered = await api(t)(
      spec.triageAnswer.session,
      'POST',
      `/information-requests/${requestId}/answer`,
      { involved: true, summary: 'Bekend bij ons', information: 'Lopende begeleiding' },
      asked.headers.etag as string,
    );
    if (answered.statusCode !== 200) throw new Error(`answer: ${answered.statusCode} ${answered.body}`);
    const item = await t.db.kysely
      .selectFrom('information_items')
      .select('id')
      .where('source_request_id', '=', requestId)
      .executeTakeFirstOrThrow();
    triageItemId = item.id;
  }
  const personIds = (
    await t.db.kysely.selectFrom('case_persons').select('id').where('case_id', '=', id).execute()
  ).map((r) => r.id);
  if (spec.stage === 'triage') return { id, personIds, triageItemId };

  const invitedKeys = [...new Set(['politie-den-haag', ...spec.participants.map((x) => x.partyKey)])];
  etag = await post(t, 'procesregisseur', `/cases/${id}/decide-triage`, etag, {
    route: 'conference',
    goal: 'Plan van aanpak opstellen',
    themes: ['Wonen'],
    partyIds: invitedKeys.map(party),
  });
  const start = inDays(2);
  const planned = await api(t)('procesregisseur', 'POST', `/cases/${id}/conferences`, {
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
    location: 'Zaal 2',
    goal: 'Plan van aanpak opstellen',
    decisionTypes: ['Taakverdeling'],
    themes: ['Wonen'],
    invitations: invitedKeys.map((k) => ({
      partyId: party(k),
      contribution: 'Bijdrage',
      participantUserIds: spec.participants.filter((x) => x.partyKey === k).map((x) => x.userId),
    })),
  });
  if (planned.statusCode !== 201) throw new Error(`plan: ${planned.statusCode} ${planned.body}`);
  if (spec.stage === 'planned') return { id, personIds, triageItemId };
  const conferenceId = planned.json().id as string;
  await post(t, 'procesregisseur', `/cases/${id}/conferences/${conferenceId}/hold`, etag, {
    attendance: spec.participants.map((x) => ({ userId: x.userId, present: true })),
    coordinatorUserId: spec.coordinatorUserId ?? spec.participants[0]?.userId,
    actions: [
      {
        ownerPartyId: party('politie-den-haag'),
        description: 'Wijkagent bezoekt het adres',
        dueDate: inDays(14).toISOString().slice(0, 10),
      },
    ],
    partyRoles: [],
    deescalationCriteria: 'Stabiel wonen',
    minutes: 'Afspraken gemaakt.',
  });
  return { id, personIds, triageItemId };
}

/** The professionals and house staff the suites act as, created once per app. */
export interface Pool {
  politieColleague: { id: string; session: Session };
  middin1: { id: string; session: Session };
  middin2: { id: string; session: Session };
  parnassia: { id: string; session: Session };
  ggd: { id: string; session: Session };
  otherRegisseur: { id: string; session: Session };
}

const pools = new WeakMap<TestApp, Promise<Pool>>();

export function poolOf(t: TestApp): Promise<Pool> {
  let pool = pools.get(t);
  if (!pool) {
    pool = (async () => ({
      politieColleague: await extraUser(t, 'info-politie-2', ['professional'], 'politie-den-haag'),
      middin1: await extraUser(t, 'info-middin-1', ['professional'], 'middin'),
      middin2: await extraUser(t, 'info-middin-2', ['professional'], 'middin'),
      parnassia: await extraUser(t, 'info-parnassia', ['professional'], 'parnassia-groep'),
      ggd: await extraUser(t, 'info-ggd', ['professional'], 'ggd-haaglanden'),
      otherRegisseur: await extraUser(t, 'info-regisseur-2', ['procesregisseur'], null),
    }))();
    pools.set(t, pool);
  }
  return pool;
}
