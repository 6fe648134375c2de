/**
 * The retention engine (issue 4 §5): closed dossiers past their protocol's retention period are
 * removed — key shredded (ledger first), rows deleted, anonymous statistics kept, the removal
 * logged per data subject — and the processing log still verifies afterwards. A dry run changes
 * nothing; open and recent dossiers are untouched.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseShreddedError, createCaseKey, openCaseKey } from '../../src/platform/crypto/case-keys.js';
import { readLedger } from '../../src/platform/crypto/shred-ledger.js';
import { newId } from '../../src/platform/ids.js';
import { verifyChain } from '../../src/platform/processing-log/verify.js';
import { findDue, runRetention } from '../../src/platform/retention/engine.js';
import { cutoffFor } from '../../src/platform/retention/rules.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';

describe('retention cut-off', () => {
  it('counts calendar months and clamps to the end of shorter months', () => {
    expect(cutoffFor(new Date('2026-11-29T12:00:00Z'), 24)).toBe('2024-11-29T12:00:00.000Z');
    expect(cutoffFor(new Date('2026-03-31T00:00:00Z'), 1)).toBe('2026-02-28T00:00:00.000Z');
  });
});

describe.each(dialects)('retention engine on %s', (dialect) => {
  let t: TestApp;
  let dir: string;
  const now = new Date('2026-11-29T12:00:00Z');
  const ids = { oldMulti: newId(), recentMulti: newId(), oldRadical: newId(), open: newId() };
  beforeAll(async () => {
    t = await createTestApp(dialect);
    dir = mkdtempSync(join(tmpdir(), 'ketenhuis-retention-'));
    const k = t.db.kysely;
    const dossier = async (id: string, protocol: string, closedAt: string | null, subjects: string[]) => {
      await createCaseKey(k, t.masterKey, id);
      await k
        .insertInto('dossiers')
        .values({ id, protocol_key: protocol, opened_at: '2020-01-01T00:00:00.000Z', closed_at: closedAt })
        .execute();
      for (const s of subjects)
        await k.insertInto('dossier_subjects').values({ dossier_id: id, subject_pseudonym: s }).execute();
    };
    // multiproblematiek keeps 24 months, radicalisering 60 (config/houses/haaglanden.yaml).
    await dossier(ids.oldMulti, 'multiproblematiek', '2024-10-01T00:00:00.000Z', [
      'a'.repeat(64),
      'b'.repeat(64),
    ]);
    await dossier(ids.recentMulti, 'multiproblematiek', '2025-06-01T00:00:00.000Z', ['c'.repeat(64)]);
    await dossier(ids.oldRadical, 'radicalisering', '2022-01-01T00:00:00.000Z', []);
    await dossier(ids.open, 'multiproblematiek', null, ['d'.repeat(64)]);
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const options = () => ({
    now,
    ledgerPath: join(dir, 'ledger.jsonl'),
    removalActivityUri: 'urn:ketenhuis:haaglanden:verwerking:verwijdering',
  });

  it('finds exactly the dossiers past their protocol’s period; a dry run changes nothing', async () => {
    expect((await findDue(t.db.kysely, now)).map((d) => d.id)).toEqual([ids.oldMulti]);
    const report = await runRetention(t.db.kysely, { ...options(), dryRun: true });
    expect(report).toMatchObject({
      removed: 0,
      due: [{ id: ids.oldMulti, protocolKey: 'multiproblematiek' }],
    });
    expect(await openCaseKey(t.db.kysely, t.masterKey, ids.oldMulti)).toBeInstanceOf(Buffer);
    expect(readLedger(options().ledgerPath)).toEqual([]);
  });

  it('removes them: key shredded, rows gone, statistics kept, removal logged per subject, chain intact', async () => {
    const before = await t.db.kysely
      .selectFrom('processing_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const report = await runRetention(t.db.kysely, options());
    expect(report.removed).toBe(1);
    await expect(openCaseKey(t.db.kysely, t.masterKey, ids.oldMulti)).rejects.toBeInstanceOf(
      CaseShreddedError,
    );
    expect(readLedger(options().ledgerPath)).toEqual([ids.oldMulti]);
    const left = await t.db.kysely.selectFrom('dossiers').select('id').orderBy('id').execute();
    expect(left.map((r) => r.id).sort()).toEqual([ids.recentMulti, ids.oldRadical, ids.open].sort());
    expect(
      await t.db.kysely
        .selectFrom('dossier_subjects')
        .select('subject_pseudonym')
        .where('dossier_id', '=', ids.oldMulti)
        .execute(),
    ).toEqual([]);
    expect(await t.db.kysely.selectFrom('removal_statistics').selectAll().execute()).toEqual([
      { protocol_key: 'multiproblematiek', closed_year: 2024, removed_month: '2026-11', dossiers: 1 },
    ]);
    const entries = await t.db.kysely
      .selectFrom('processing_log')
      .selectAll()
      .where('case_id', '=', ids.oldMulti)
      .execute();
    expect(entries.map((e) => [e.operation, e.data_subject_id]).sort()).toEqual([
      ['remove', 'a'.repeat(64)],
      ['remove', 'b'.repeat(64)],
    ]);
    const after = await t.db.kysely
      .selectFrom('processing_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n) - Number(before.n)).toBe(2);
    expect((await verifyChain(t.db.kysely)).ok).toBe(true);
    // A second run finds nothing more to do.
    expect((await runRetention(t.db.kysely, options())).removed).toBe(0);
  });

  it('removes a dossier without subjects too, once its longer period has passed', async () => {
    const later = new Date('2027-07-01T00:00:00Z');
    const report = await runRetention(t.db.kysely, { ...options(), now: later });
    expect(report.due.map((d) => d.id).sort()).toEqual([ids.oldRadical, ids.recentMulti].sort());
    const stats = await t.db.kysely
      .selectFrom('removal_statistics')
      .selectAll()
      .orderBy('protocol_key')
      .orderBy('closed_year')
      .execute();
    expect(stats.map((s) => [s.protocol_key, s.closed_year, s.dossiers])).toEqual([
      ['multiproblematiek', 2024, 1],
      ['multiproblematiek', 2025, 1],
      ['radicalisering', 2022, 1],
    ]);
    expect((await verifyChain(t.db.kysely)).ok).toBe(true);
  });
});
