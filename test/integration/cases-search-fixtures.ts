/**
 * A small world of cases with every kind of relation, for the search and worklist suites
 * (issue 5 §9, §11): registering professionals of two parties, two procesregisseurs, a conference
 * participant of an admitted and of a non-admitted party (radicalisation protocol, Art. 15.3b), a
 * case coordinator, an open escalation (Art. 11.3d) and cases in several phases. Steps that have
 * an API here go through it; conference, coordinator and escalation rows are written directly
 * (their sealed texts are placeholders: search and worklist never read them).
 */
import { expect } from 'vitest';
import { newId } from '../../src/platform/ids.js';
import type { Session, TestApp } from '../support/app.js';
import { api, type Caller, extraUser, PERSON, registration } from './cases-fixtures.js';

export const PIET = {
  name: 'Piet Jansen',
  bsn: '123456782',
  birthDate: '1975-11-30',
  address: 'Lange Poten 4, Den Haag',
};

export interface World {
  ids: Record<'c1' | 'c2' | 'c3' | 'c4' | 'c5' | 'c6', string>;
  conferences: { conf5: string; conf6: string };
  numbers: Record<string, string>;
  users: { proMiddin: Session; proGgz: Session; regie2: Session };
  userIds: { proMiddin: string; proGgz: string; regie2: string };
}

export async function buildWorld(t: TestApp): Promise<World> {
  const call = api(t);
  const proMiddin = await extraUser(t, 'pro-middin', ['professional'], 'middin');
  const proGgz = await extraUser(t, 'pro-ggz', ['professional'], 'parnassia-groep');
  const regie2 = await extraUser(t, 'regie-twee', ['procesregisseur'], null);
  const numbers: Record<string, string> = {};

  async function step(as: Caller, url: string, etag: string, payload: object = {}) {
    const res = await call(as, 'POST', url, payload, etag);
    expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    return res.headers.etag as string;
  }
  async function make(
    as: Caller,
    upTo: 'concept' | 'aangemeld' | 'in_beoordeling' | 'in_triage',
    opts: {
      by?: Caller;
      regie?: Caller;
      person?: typeof PERSON;
      protocolKey?: string;
    } = {},
  ) {
    const body = registration(t, {
      persons: [opts.person ?? PERSON],
      protocolKey: opts.protocolKey ?? 'multiproblematiek',
      partnersInvolved: [],
    });
    const created = await call(as, 'POST', '/cases', body);
    expect(created.statusCode, created.body).toBe(201);
    const { id, caseNumber } = created.json();
    numbers[id] = caseNumber;
    let etag = created.headers.etag as string;
    if (upTo === 'concept') return id;
    etag = await step(as, `/cases/${id}/submit`, etag);
    if (upTo === 'aangemeld') return id;
    const regie = opts.regie ?? 'procesregisseur';
    etag = await step(regie, `/cases/${id}/pick-up`, etag);
    if (upTo === 'in_beoordeling') return id;
    await step(regie, `/cases/${id}/accept`, etag, { reasoning: 'Complex volgens Bijlage 2' });
    return id;
  }

  const c1 = await make('professional', 'concept');
  const c2 = await make('professional', 'aangemeld');
  const c3 = await make('professional', 'in_triage', { person: PIET });
  const c4 = await make(proMiddin.session, 'in_beoordeling', { regie: regie2.session });
  const c5 = await make('professional', 'in_beoordeling', { protocolKey: 'radicalisering' });
  const c6 = await make('professional', 'in_triage');

  const db = t.db.kysely;
  const now = new Date().toISOString();
  const party = (key: string) => t.partyIds.get(key) as string;
  async function conference(caseId: string, days: number) {
    const id = newId();
    await db
      .insertInto('case_conferences')
      .values({
        id,
        case_id: caseId,
        sequence: 1,
        starts_at: new Date(Date.now() + days * 86_400_000).toISOString(),
        ends_at: new Date(Date.now() + days * 86_400_000 + 3_600_000).toISOString(),
        location_enc: null,
        online_link_enc: null,
        goal_enc: 'x',
        decision_types_enc: 'x',
        themes_enc: 'x',
        status: 'planned',
        minutes_enc: null,
        deescalation_criteria_enc: null,
        cancel_reason_enc: null,
        planned_by_user_id: t.users.procesregisseur.id,
        held_at: null,
        created_at: now,
        updated_at: now,
        version: 1,
      } as never)
      .execute();
    return id;
  }
  // c5 (radicalisation): parnassia invited with a named delegate; a middin delegate too, whose
  // party the protocol does not admit (Art. 15.3b) — the row alone gives them nothing.
  const conf5 = await conference(c5, 3);
  await db
    .insertInto('case_conference_parties')
    .values({ conference_id: conf5, party_id: party('parnassia-groep'), contribution_enc: 'x' })
    .execute();
  await db
    .insertInto('case_conference_participants')
    .values([
      {
        conference_id: conf5,
        case_id: c5,
        user_id: proGgz.id,
        party_id: party('parnassia-groep'),
        attendance: null,
      },
      {
        conference_id: conf5,
        case_id: c5,
        user_id: proMiddin.id,
        party_id: party('middin'),
        attendance: null,
      },
    ])
    .execute();
  // c6: parnassia's delegate is the case coordinator (Art. 13); the case is escalated (Art. 11.3d).
  const conf6 = await conference(c6, 4);
  await db
    .insertInto('case_coordinators')
    .values({
      case_id: c6,
      user_id: proGgz.id,
      party_id: party('parnassia-groep'),
      conference_id: conf6,
      appointed_at: now,
    })
    .execute();
  await db
    .insertInto('case_escalations')
    .values({
      id: newId(),
      case_id: c6,
      escalated_by_user_id: t.users.procesregisseur.id,
      escalated_at: now,
      reason_enc: 'x',
      resolved_at: null,
      resolved_by_user_id: null,
      resolution_enc: null,
    })
    .execute();
  return {
    ids: { c1, c2, c3, c4, c5, c6 },
    conferences: { conf5, conf6 },
    numbers,
    users: { proMiddin: proMiddin.session, proGgz: proGgz.session, regie2: regie2.session },
    userIds: { proMiddin: proMiddin.id, proGgz: proGgz.id, regie2: regie2.id },
  };
}
