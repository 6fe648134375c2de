/**
 * A case in execution (Art. 8.4, 8.5, 13) for the execution, de-escalation and manager suites and
 * the authorization matrix, brought there through the real API: registration, assessment, triage,
 * a planned and held conference with a coordinator and an action plan. Only the passing of time
 * is simulated: two actions' due dates are moved into the past afterwards.
 *
 * The cast: the matrix professional (politie) registers; the matrix procesregisseur is assigned;
 * a Middin professional is the coordinator; a Parnassia professional is a named participant; a GGD
 * professional is of a party that was not invited.
 */

import { localDate } from '../../src/modules/cases/execution/rules.js';
import type { Session, TestApp } from '../support/app.js';
import { api, extraUser, registration } from './cases-fixtures.js';

export interface Cast {
  coordinator: { id: string; session: Session };
  participant: { id: string; session: Session };
  uninvited: { id: string; session: Session };
  otherRegisseur: { id: string; session: Session };
}

const casts = new WeakMap<TestApp, Promise<Cast>>();

/** The extra users, created once per app. */
export function castOf(t: TestApp): Promise<Cast> {
  let cast = casts.get(t);
  if (!cast) {
    cast = (async () => ({
      coordinator: await extraUser(t, 'coordinator-middin', ['professional'], 'middin'),
      participant: await extraUser(t, 'deelnemer-parnassia', ['professional'], 'parnassia-groep'),
      uninvited: await extraUser(t, 'buiten-ggd', ['professional'], 'ggd-haaglanden'),
      otherRegisseur: await extraUser(t, 'regisseur-twee', ['procesregisseur'], null),
    }))();
    casts.set(t, cast);
  }
  return cast;
}

export const CRITERIA = 'Woonsituatie twee maanden stabiel en schuldhulp loopt';

/** A date relative to today on the house's wall clock (Europe/Amsterdam in the Haaglanden configuration). */
const day = (offset: number) => localDate(new Date(Date.now() + offset * 86_400_000), 'Europe/Amsterdam');

export interface ExecutionCase {
  id: string;
  caseNumber: string;
  etag: string;
  conferenceId: string;
  /** Parnassia's action, overdue; Middin's action, due later; Politie's action, overdue. */
  actions: { parnassia: string; middin: string; politie: string };
}

async function post(t: TestApp, as: string | Session, url: string, etag: string, payload: object = {}) {
  const res = await api(t)(as, 'POST', url, payload, etag);
  if (res.statusCode !== 200) {
    const crash =
      res.statusCode >= 500
        ? t.logs
            .filter((l) => l.includes('"level":50'))
            .slice(-1)
            .join('')
        : '';
    throw new Error(`${url}: ${res.statusCode} ${res.body} ${crash}`);
  }
  return res.headers.etag as string;
}

/** A fresh case in the phase in_uitvoering with a coordinator and three actions, through the API. */
export async function caseInExecution(t: TestApp): Promise<ExecutionCase> {
  const cast = await castOf(t);
  const party = (k: string) => t.partyIds.get(k) as string;
  const created = await api(t)('professional', 'POST', '/cases', registration(t, { partnersInvolved: [] }));
  if (created.statusCode !== 201) throw new Error(`register: ${created.body}`);
  const { id, caseNumber } = created.json();
  let etag = created.headers.etag as string;
  etag = await post(t, 'professional', `/cases/${id}/submit`, etag);
  etag = await post(t, 'procesregisseur', `/cases/${id}/pick-up`, etag);
  etag = await post(t, 'procesregisseur', `/cases/${id}/accept`, etag, {
    reasoning: 'Complex volgens Bijlage 2',
  });
  const parties = ['middin', 'parnassia-groep', 'politie-den-haag'].map(party);
  etag = await post(t, 'procesregisseur', `/cases/${id}/decide-triage`, etag, {
    route: 'conference',
    goal: 'Plan van aanpak opstellen',
    themes: ['Wonen'],
    partyIds: parties,
  });
  const soon = new Date(Date.now() + 2 * 86_400_000);
  const planned = await api(t)('procesregisseur', 'POST', `/cases/${id}/conferences`, {
    startsAt: soon.toISOString(),
    endsAt: new Date(soon.getTime() + 3_600_000).toISOString(),
    location: 'Zorg- en Veiligheidshuis, zaal 2',
    goal: 'Plan van aanpak opstellen',
    decisionTypes: ['Taakverdeling'],
    themes: ['Wonen', 'Schulden'],
    invitations: [
      {
        partyId: party('middin'),
        contribution: 'Woonbegeleiding',
        participantUserIds: [cast.coordinator.id],
      },
      { partyId: party('parnassia-groep'), contribution: 'Ggz', participantUserIds: [cast.participant.id] },
      { partyId: party('politie-den-haag'), contribution: 'Meldingen', participantUserIds: [] },
    ],
  });
  if (planned.statusCode !== 201) throw new Error(`plan: ${planned.statusCode} ${planned.body}`);
  const conferenceId = planned.json().id as string;
  etag = await post(t, 'procesregisseur', `/cases/${id}/conferences/${conferenceId}/hold`, etag, {
    attendance: [
      { userId: cast.coordinator.id, present: true },
      { userId: cast.participant.id, present: true },
    ],
    coordinatorUserId: cast.coordinator.id,
    actions: [
      { ownerPartyId: party('parnassia-groep'), description: 'Behandeling ggz starten', dueDate: day(1) },
      { ownerPartyId: party('middin'), description: 'Begeleiding bij wonen', dueDate: day(14) },
      {
        ownerPartyId: party('politie-den-haag'),
        description: 'Wijkagent bezoekt het adres',
        dueDate: day(2),
      },
    ],
    partyRoles: [],
    deescalationCriteria: CRITERIA,
    minutes: 'Afspraken: Middin coördineert.',
  });
  // Time passes: two actions are now past their due date (the conference refuses past dates).
  const db = t.db.kysely;
  const rows = await db
    .selectFrom('case_actions')
    .select(['id', 'owner_party_id'])
    .where('case_id', '=', id)
    .execute();
  const of = (k: string) => rows.find((r) => r.owner_party_id === party(k))?.id as string;
  const actions = { parnassia: of('parnassia-groep'), middin: of('middin'), politie: of('politie-den-haag') };
  await db
    .updateTable('case_actions')
    .set({ due_date: day(-3) })
    .where('id', '=', actions.parnassia)
    .execute();
  await db
    .updateTable('case_actions')
    .set({ due_date: day(-1) })
    .where('id', '=', actions.politie)
    .execute();
  return { id, caseNumber, etag, conferenceId, actions };
}

/** The case's current ETag, read through the execution view as the procesregisseur. */
export async function etagOf(t: TestApp, caseId: string): Promise<string> {
  const res = await api(t)('procesregisseur', 'GET', `/cases/${caseId}/execution`);
  if (res.statusCode !== 200) throw new Error(`etag: ${res.body}`);
  return res.headers.etag as string;
}

export type Stage = 'execution' | 'escalated' | 'proposed' | 'deescalated';

/** A case in the stage an operation needs, reached through the API from caseInExecution. */
export async function caseAt(t: TestApp, stage: Stage): Promise<ExecutionCase> {
  const c = await caseInExecution(t);
  const cast = await castOf(t);
  if (stage === 'execution') return c;
  if (stage === 'escalated') {
    c.etag = await post(t, 'procesregisseur', `/cases/${c.id}/escalate`, c.etag, {
      reason: 'Afspraken niet nagekomen',
    });
    return c;
  }
  c.etag = await post(t, 'procesregisseur', `/cases/${c.id}/propose-deescalation`, c.etag, {
    evaluation: 'Criteria gehaald: woonsituatie stabiel',
  });
  if (stage === 'proposed') return c;
  c.etag = await post(t, 'procesregisseur', `/cases/${c.id}/approve-deescalation`, c.etag);
  c.etag = await post(t, cast.coordinator.session, `/cases/${c.id}/approve-deescalation`, c.etag);
  return c;
}
