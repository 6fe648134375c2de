/**
 * Case search (issue 5 §11): every user finds exactly the cases they have a role in, whatever the
 * criteria — by case number, person (BSN or name with date of birth, through the blind indexes),
 * phase, party and period — never another; every hit opens for them (the SQL predicate agrees
 * with the detail policy); a BSN cannot be sent in a URL; a person search is logged. Both dialects.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bsnSubject, processingLogKeys } from '../../src/platform/processing-log/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { api, type Caller, PERSON } from './cases-fixtures.js';
import { buildWorld, PIET, type World } from './cases-search-fixtures.js';

type Key = keyof World['ids'];

describe.each(dialects)('case search on %s', (dialect) => {
  let t: TestApp;
  let w: World;
  let call: ReturnType<typeof api>;
  let callers: Record<string, Caller>;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    call = api(t);
    w = await buildWorld(t);
    callers = {
      pro: 'professional',
      proMiddin: w.users.proMiddin,
      proGgz: w.users.proGgz,
      regie: 'procesregisseur',
      regie2: w.users.regie2,
      informatiecentrum: 'informatiecentrum',
      manager: 'manager',
      beheer: 'beheer',
      secretaris: 'secretaris',
      privacy: 'privacy',
    };
  }, 60_000);
  afterAll(() => t.close());

  /** Who sees which case (domain.md §4): the relations the world was built with. */
  const visible: Record<string, Key[]> = {
    pro: ['c1', 'c2', 'c3', 'c5', 'c6'],
    proMiddin: ['c4'],
    proGgz: ['c5', 'c6'],
    regie: ['c2', 'c3', 'c5', 'c6'],
    regie2: ['c2', 'c4'],
    informatiecentrum: ['c3', 'c6'],
    manager: ['c6'],
    beheer: [],
    secretaris: [],
    privacy: [],
  };
  const named = (ids: string[]) =>
    ids.map((id) => (Object.entries(w.ids).find(([, v]) => v === id)?.[0] ?? id) as Key).sort();

  async function search(who: string, body: object): Promise<Key[]> {
    const res = await call(callers[who] as Caller, 'POST', '/cases/search', body);
    expect(res.statusCode, `${who}: ${res.body}`).toBe(200);
    return named(res.json().items.map((i: { id: string }) => i.id));
  }
  const only = (who: string, among: Key[]) => visible[who]?.filter((k) => among.includes(k)) ?? [];

  it('without criteria returns exactly the cases each user has a role in', async () => {
    for (const who of Object.keys(visible)) expect(await search(who, {}), who).toEqual(visible[who]);
  });

  it('every hit opens for its user; a case outside access stays 404', async () => {
    for (const [who, keys] of Object.entries(visible)) {
      for (const k of Object.keys(w.ids) as Key[]) {
        const res = await call(callers[who] as Caller, 'GET', `/cases/${w.ids[k]}`);
        expect(res.statusCode, `${who} GET ${k}`).toBe(keys.includes(k) ? 200 : 404);
      }
    }
  });

  it('finds a person by BSN or by name with date of birth, only within access', async () => {
    const jan: Key[] = ['c1', 'c2', 'c4', 'c5', 'c6'];
    for (const who of Object.keys(visible)) {
      expect(await search(who, { person: { bsn: PERSON.bsn } }), who).toEqual(only(who, jan));
      expect(await search(who, { person: { bsn: '111 222 333' } }), who).toEqual(only(who, jan));
      expect(
        await search(who, { person: { name: '  jan DE vriës ', birthDate: PERSON.birthDate } }),
        who,
      ).toEqual(only(who, jan));
      expect(await search(who, { person: { bsn: PIET.bsn } }), who).toEqual(only(who, ['c3']));
    }
    expect(await search('pro', { person: { name: PERSON.name, birthDate: '1980-05-02' } })).toEqual([]);
  });

  it('finds by case number, phase, party and period, combined with access', async () => {
    for (const who of Object.keys(visible)) {
      expect(await search(who, { caseNumber: w.numbers[w.ids.c3] }), who).toEqual(only(who, ['c3']));
      expect(await search(who, { status: ['in_triage'] }), who).toEqual(only(who, ['c3', 'c6']));
      expect(await search(who, { status: ['aangemeld', 'concept'] }), who).toEqual(only(who, ['c1', 'c2']));
    }
    const ggz = t.partyIds.get('parnassia-groep');
    const politie = t.partyIds.get('politie-den-haag');
    expect(await search('regie', { partyId: ggz })).toEqual(['c5']);
    expect(await search('regie', { partyId: ggz, partyRole: 'registering' })).toEqual([]);
    expect(await search('regie', { partyId: politie, partyRole: 'registering' })).toEqual([
      'c2',
      'c3',
      'c5',
      'c6',
    ]);
    expect(await search('proMiddin', { partyId: ggz })).toEqual([]);
    expect(await search('pro', { caseNumber: 'zvh-' })).toEqual(visible.pro);
    expect(await search('pro', { caseNumber: w.numbers[w.ids.c4] })).toEqual([]);

    await t.db.kysely
      .updateTable('cases')
      .set({ created_at: '2024-03-01T10:00:00.000Z' })
      .where('id', '=', w.ids.c1)
      .execute();
    expect(await search('pro', { createdFrom: '2024-03-01', createdTo: '2024-03-01' })).toEqual(['c1']);
    expect(await search('pro', { createdTo: '2024-02-29' })).toEqual([]);
    expect(await search('pro', { createdFrom: '2024-03-02' })).toEqual(['c2', 'c3', 'c5', 'c6']);
    expect(await search('regie', { createdFrom: '2024-03-01', createdTo: '2024-03-01' })).toEqual([]);
  });

  it('pages with a cursor, newest first, without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const body: object = cursor ? { limit: 2, cursor } : { limit: 2 };
      const page = (await call('professional', 'POST', '/cases/search', body)).json();
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((i: { id: string; createdAt: string }) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(named(seen)).toEqual(visible.pro);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('refuses a BSN anywhere but the body, and an invalid BSN', async () => {
    const bsn = PERSON.bsn;
    for (const url of [`/cases/search?bsn=${bsn}`, `/cases/search?person=${bsn}`]) {
      const res = await call('procesregisseur', 'POST', url, {});
      expect(res.statusCode, url).toBe(400);
    }
    expect((await call('procesregisseur', 'GET', `/cases?bsn=${bsn}`)).statusCode).toBe(400);
    expect((await call('procesregisseur', 'GET', `/cases/search?bsn=${bsn}`)).statusCode).not.toBe(200);
    const invalid = await call('procesregisseur', 'POST', '/cases/search', { person: { bsn: '123456789' } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().detail).toContain('elfproef');
    expect(invalid.body).not.toContain('123456789');
    const both = await call('procesregisseur', 'POST', '/cases/search', {
      person: { bsn, name: 'x', birthDate: '1980-01-01' },
    });
    expect(both.statusCode).toBe(400);
    expect((await call('procesregisseur', 'POST', '/cases/search', { unknown: 1 })).statusCode).toBe(400);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/v1/cases/search', payload: {} })).statusCode,
    ).toBe(401);
    expect(t.logs.join('\n')).not.toContain(bsn);
  });

  it('logs a person search per case found, with the pseudonym as data subject', async () => {
    const log = () =>
      t.db.kysely
        .selectFrom('processing_log')
        .selectAll()
        .where('name', '=', 'case.search')
        .orderBy('seq')
        .execute();
    const before = (await log()).length;
    const subject = bsnSubject(processingLogKeys(t.rootKey), PERSON.bsn).id;
    expect(await search('regie', { person: { bsn: PERSON.bsn } })).toEqual(['c2', 'c5', 'c6']);
    const entries = (await log()).slice(before);
    expect(entries.map((e) => e.case_id).sort()).toEqual([w.ids.c2, w.ids.c5, w.ids.c6].sort());
    for (const e of entries) {
      expect(e).toMatchObject({
        operation: 'read',
        data_subject_id: subject,
        acting_user_id: t.users.procesregisseur.id,
      });
      expect(e.controller_party_id).toBe(t.partyIds.get('politie-den-haag'));
    }
    // By name and date of birth: the matched person's pseudonym.
    await search('proMiddin', { person: { name: PERSON.name, birthDate: PERSON.birthDate } });
    const byName = (await log()).slice(before + 3);
    expect(byName.map((e) => [e.case_id, e.data_subject_id])).toEqual([[w.ids.c4, subject]]);
    // Nothing found: the lookup itself is still logged, without a case.
    await search('beheer', { person: { bsn: PIET.bsn } });
    const none = (await log()).slice(before + 4);
    expect(none).toHaveLength(1);
    expect(none[0]).toMatchObject({
      case_id: null,
      data_subject_id: bsnSubject(processingLogKeys(t.rootKey), PIET.bsn).id,
    });
    // A search without a person is not processing of a person: nothing is logged.
    await search('regie', { status: ['in_triage'] });
    expect((await log()).length).toBe(before + 5);
  });
});
