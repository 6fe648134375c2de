/**
 * Privacy of case data (domain.md §4; Art. 15.3, 17; issue 5 §1, §7): sealed fields are ciphertext
 * at rest, the privacy protocol admits only its parties, the "already known" signal reaches only
 * procesregisseurs, everyone without a role gets 404, and every read and write is in the
 * processing log per person with the right activity, in an intact chain.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processingLogKeys, pseudonymiseBsn, verifyChain } from '../../src/platform/processing-log/index.js';
import type { Session } from '../support/app.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { api, extraUser, PERSON, registration } from './cases-fixtures.js';

describe.each(dialects)('case privacy on %s', (dialect) => {
  let t: TestApp;
  let call: ReturnType<typeof api>;
  let middin: { id: string; session: Session };
  beforeAll(async () => {
    t = await createTestApp(dialect);
    call = api(t);
    middin = await extraUser(t, 'middin-professional', ['professional'], 'middin');
  });
  afterAll(() => t.close());

  async function submittedBy(as: string | Session, body: object) {
    const created = await call(as, 'POST', '/cases', body);
    expect(created.statusCode, created.body).toBe(201);
    const sub = await call(
      as,
      'POST',
      `/cases/${created.json().id}/submit`,
      {},
      created.headers.etag as string,
    );
    expect(sub.statusCode, sub.body).toBe(200);
    return sub.json() as { id: string; caseNumber: string; version: number };
  }

  it('refuses a privacy protocol that does not admit the registering party (Art. 15.3)', async () => {
    const res = await call(
      middin.session,
      'POST',
      '/cases',
      registration(t, { protocolKey: 'radicalisering' }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('protocolKey');
  });

  it('stores names, BSNs, addresses and texts only as ciphertext', async () => {
    await submittedBy('professional', registration(t, { reason: 'Unieke-aanleiding-tekst' }));
    const secrets = [
      PERSON.name,
      PERSON.bsn,
      PERSON.address,
      'Unieke-aanleiding-tekst',
      'dreigende huisuitzetting',
    ];
    const tables = await t.db.kysely.introspection.getTables();
    let scanned = 0;
    for (const table of tables) {
      const rows = await t.db.kysely
        // biome-ignore lint/suspicious/noExplicitAny: every table is scanned generically
        .selectFrom(table.name as any)
        .selectAll()
        .execute();
      const text = JSON.stringify(rows);
      for (const s of secrets) expect(text.includes(s), `${s} in ${table.name}`).toBe(false);
      scanned += rows.length;
    }
    expect(scanned).toBeGreaterThan(0);
  });

  it('tells the procesregisseur, and not the registering user, that a person is already known', async () => {
    const first = await submittedBy('professional', registration(t));
    const second = await submittedBy(
      middin.session,
      registration(t, { persons: [{ ...PERSON, name: 'J. de Vries' }], partnersInvolved: [] }),
    );
    const regie = await call('procesregisseur', 'GET', `/cases/${second.id}`);
    const known = regie.json().timeline.filter((e: { type: string }) => e.type === 'already-known');
    expect(known.map((e: { note: string }) => e.note).join(' ')).toContain(first.caseNumber);
    const melder = await call(middin.session, 'GET', `/cases/${second.id}`);
    expect(melder.statusCode).toBe(200);
    expect(melder.json().timeline.some((e: { type: string }) => e.type === 'already-known')).toBe(false);
    expect(melder.body).not.toContain(first.caseNumber);
  });

  it('answers 404 to everyone without a role in the case', async () => {
    const c = await submittedBy('professional', registration(t));
    const outsiders: (string | Session)[] = [
      middin.session,
      'manager',
      'beheer',
      'informatiecentrum',
      'secretaris',
      'privacy',
    ];
    const etag = `"v${c.version}"`;
    for (const as of outsiders) {
      for (const [method, url, body] of [
        ['GET', `/cases/${c.id}`, undefined],
        ['PATCH', `/cases/${c.id}`, { goal: 'x' }],
        ['POST', `/cases/${c.id}/pick-up`, {}],
        ['POST', `/cases/${c.id}/withdraw`, { reason: 'x' }],
        ['POST', `/cases/${c.id}/accept`, { reasoning: 'x' }],
        ['POST', `/cases/${c.id}/take-over`, { reason: 'x' }],
        ['POST', `/cases/${c.id}/questions`, { text: 'x' }],
      ] as const) {
        const res = await call(as, method, url, body, etag);
        expect(res.statusCode, `${method} ${url} as ${typeof as === 'string' ? as : 'middin'}`).toBe(404);
      }
      const list = await call(as, 'GET', '/cases');
      expect(list.json().items.some((i: { id: string }) => i.id === c.id)).toBe(false);
    }
  });

  it('logs every read and write per person with the activity of the phase, in an intact chain', async () => {
    const c = await submittedBy('professional', registration(t));
    await call('procesregisseur', 'GET', `/cases/${c.id}`);
    await call('procesregisseur', 'POST', `/cases/${c.id}/pick-up`, {}, `"v${c.version}"`);
    await call('procesregisseur', 'GET', `/cases/${c.id}`);
    const entries = await t.db.kysely
      .selectFrom('processing_log')
      .select(['name', 'operation', 'processing_activity_id', 'data_subject_id', 'acting_user_id'])
      .where('case_id', '=', c.id)
      .orderBy('seq')
      .execute();
    const pseudonym = pseudonymiseBsn(processingLogKeys(t.rootKey), PERSON.bsn);
    const act = (k: string) => `urn:ketenhuis:haaglanden:verwerking:${k}`;
    expect(entries.map((e) => [e.name, e.operation, e.processing_activity_id])).toEqual([
      ['case.create', 'create', act('aanmelding')],
      ['case.submit', 'update', act('aanmelding')],
      ['case.read', 'read', act('aanmelding')],
      ['case.pick-up', 'update', act('beoordeling')],
      ['case.read', 'read', act('beoordeling')],
    ]);
    expect(entries.every((e) => e.data_subject_id === pseudonym)).toBe(true);
    expect(entries[2]?.acting_user_id).toBe(t.users.procesregisseur.id);
    const subjects = await t.db.kysely
      .selectFrom('dossier_subjects')
      .selectAll()
      .where('dossier_id', '=', c.id)
      .execute();
    expect(subjects.map((s) => s.subject_pseudonym)).toEqual([pseudonym]);
    expect((await verifyChain(t.db.kysely)).ok).toBe(true);
  });
});
