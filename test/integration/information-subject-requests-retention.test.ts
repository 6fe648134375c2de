/**
 * Retention of data-subject requests (AVG Art. 5.1e; security backlog row 20), on both dialects
 * with the engine's clock override: a closed request (every controller decided, or nothing found)
 * is removed by the retention engine once SUBJECT_REQUEST_RETENTION_MONTHS (default 24) have passed
 * since it closed; an open request never is. A dry run lists it and changes nothing; the removal
 * deletes request, routes and matches, is logged with the system as actor, and the chain verifies.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadSettings } from '../../src/platform/config/env.js';
import { processingLogKeys, pseudonymiseBsn } from '../../src/platform/processing-log/index.js';
import { verifyChain } from '../../src/platform/processing-log/verify.js';
import { runRetention } from '../../src/platform/retention/engine.js';
import { retentionOptions } from '../../src/server.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { api, registration } from './cases-fixtures.js';

const BSN = '123456782';
const UNKNOWN_BSN = '111222333';
const MONTH = 31 * 86_400_000;

describe('the retention setting of data-subject requests', () => {
  it('defaults to 24 months and refuses a period outside 1–120', () => {
    expect(loadSettings({}).SUBJECT_REQUEST_RETENTION_MONTHS).toBe(24);
    expect(loadSettings({ SUBJECT_REQUEST_RETENTION_MONTHS: '6' }).SUBJECT_REQUEST_RETENTION_MONTHS).toBe(6);
    for (const bad of ['0', '121', 'twee'])
      expect(() => loadSettings({ SUBJECT_REQUEST_RETENTION_MONTHS: bad })).toThrow(ConfigError);
  });
});

describe.each(dialects)('retention of data-subject requests on %s', (dialect) => {
  let t: TestApp;
  let dir: string;
  let call: ReturnType<typeof api>;
  const ids = { decided: '', noData: '', open: '' };
  const politie = () => t.partyIds.get('politie-den-haag') as string;
  const settings = (extra: Record<string, string> = {}) =>
    loadSettings({
      DATABASE_URL: t.database.url,
      KETENHUIS_SHRED_LEDGER: join(dir, 'ledger.jsonl'),
      ...extra,
    });

  beforeAll(async () => {
    t = await createTestApp(dialect);
    dir = mkdtempSync(join(tmpdir(), 'ketenhuis-subject-retention-'));
    call = api(t);
    const persons = [{ name: 'Bewaar Betrokkene', bsn: BSN, birthDate: '1970-01-01', address: 'Laan 1' }];
    const created = await call('professional', 'POST', '/cases', registration(t, { persons }));
    expect(created.statusCode, created.body).toBe(201);
    const register = async (bsn: string) => {
      const res = await call('privacy', 'POST', '/subject-requests', {
        kind: 'access',
        subject: { bsn },
        description: 'Inzage per brief',
        receivedOn: new Date().toISOString().slice(0, 10),
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    };
    const decided = await register(BSN);
    ids.decided = decided.id;
    const done = await call(
      'professional',
      'POST',
      `/subject-requests/${decided.id}/routes/${politie()}/decision`,
      { decision: 'granted', reasoning: 'Inzage verleend' },
      '"v1"',
    );
    expect(done.json().status).toBe('decided');
    const noData = await register(UNKNOWN_BSN);
    expect(noData.status).toBe('no-data');
    ids.noData = noData.id;
    ids.open = (await register(BSN)).id;
  }, 120_000);
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const rows = async (
    table: 'subject_requests' | 'subject_request_routes' | 'subject_request_matches',
    id: string,
  ) =>
    table === 'subject_requests'
      ? t.db.kysely.selectFrom(table).select('id').where('id', '=', id).execute()
      : t.db.kysely.selectFrom(table).select('request_id').where('request_id', '=', id).execute();

  it('keeps closed requests until the period has passed, and never an open one', async () => {
    const options = await retentionOptions(t.db, settings());
    const early = await runRetention(t.db.kysely, { ...options, now: new Date(Date.now() + 23 * MONTH) });
    expect(early.records).toEqual([]);
    expect(early.recordsRemoved).toBe(0);
    // A house that keeps them one month: due after it, but the open request still is not.
    const short = await retentionOptions(t.db, settings({ SUBJECT_REQUEST_RETENTION_MONTHS: '1' }));
    const dry = await runRetention(t.db.kysely, {
      ...short,
      now: new Date(Date.now() + 2 * MONTH),
      dryRun: true,
    });
    expect(dry.records.map((r) => r.id).sort()).toEqual([ids.decided, ids.noData].sort());
  });

  it('lists due requests in a dry run and changes nothing', async () => {
    const options = await retentionOptions(t.db, settings());
    const report = await runRetention(t.db.kysely, {
      ...options,
      now: new Date(Date.now() + 25 * MONTH),
      dryRun: true,
    });
    expect(report.records.map((r) => [r.kind, r.id]).sort()).toEqual(
      [
        ['subject-request', ids.decided],
        ['subject-request', ids.noData],
      ].sort(),
    );
    expect(report.recordsRemoved).toBe(0);
    expect(await rows('subject_requests', ids.decided)).toHaveLength(1);
    expect(await rows('subject_request_routes', ids.decided)).toHaveLength(1);
  });

  it('removes them after the period, logs the removal with the system as actor, chain intact', async () => {
    const options = await retentionOptions(t.db, settings());
    const report = await runRetention(t.db.kysely, { ...options, now: new Date(Date.now() + 25 * MONTH) });
    expect(report.recordsRemoved).toBe(2);
    for (const id of [ids.decided, ids.noData])
      for (const table of ['subject_requests', 'subject_request_routes', 'subject_request_matches'] as const)
        expect(await rows(table, id), `${table} ${id}`).toEqual([]);
    expect(await rows('subject_requests', ids.open)).toHaveLength(1);
    expect(await rows('subject_request_matches', ids.open)).toHaveLength(1);

    const logged = await t.db.kysely
      .selectFrom('processing_log')
      .selectAll()
      .where('name', '=', 'subject-request.remove')
      .execute();
    const keys = processingLogKeys(t.rootKey);
    const subject = pseudonymiseBsn(keys, BSN);
    expect(logged.map((e) => [e.data_subject_id, e.controller_party_id]).sort()).toEqual(
      [
        [subject, null],
        [subject, politie()],
        [pseudonymiseBsn(keys, UNKNOWN_BSN), null],
      ].sort(),
    );
    for (const e of logged) {
      expect(e.operation).toBe('remove');
      expect(e.acting_user_id).toBeNull();
      expect(e.acting_party_id).toBeNull();
      expect(e.processing_activity_id).toMatch(/:verwerking:verwijdering$/);
    }
    expect((await verifyChain(t.db.kysely)).ok).toBe(true);
    expect((await call('privacy', 'GET', `/subject-requests/${ids.decided}`)).statusCode).toBe(404);
    expect((await call('privacy', 'GET', `/subject-requests/${ids.open}`)).statusCode).toBe(200);
    // A second run finds nothing more to do.
    const again = await runRetention(t.db.kysely, { ...options, now: new Date(Date.now() + 25 * MONTH) });
    expect(again.records).toEqual([]);
    expect(again.recordsRemoved).toBe(0);
  });
});
