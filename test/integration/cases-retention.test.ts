/**
 * A case through the retention engine (issue 4 §5 with issue 5): a rejected registration's dossier
 * is removed after its protocol's retention period — key shredded, every case row deleted through
 * the cases module's remover, the removal logged per person, and the chain still verifies.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/platform/config/env.js';
import { CaseShreddedError, openCaseKey } from '../../src/platform/crypto/case-keys.js';
import { verifyChain } from '../../src/platform/processing-log/verify.js';
import { runRetention } from '../../src/platform/retention/engine.js';
import { retentionOptions } from '../../src/server.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { api, registration } from './cases-fixtures.js';

describe.each(dialects)('case removal after retention on %s', (dialect) => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    dir = mkdtempSync(join(tmpdir(), 'ketenhuis-case-retention-'));
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('removes every row of a closed case once its period has passed', async () => {
    const call = api(t);
    const created = await call('professional', 'POST', '/cases', registration(t));
    expect(created.statusCode).toBe(201);
    const id: string = created.json().id;
    const submitted = await call(
      'professional',
      'POST',
      `/cases/${id}/submit`,
      {},
      created.headers.etag as string,
    );
    const picked = await call(
      'procesregisseur',
      'POST',
      `/cases/${id}/pick-up`,
      {},
      submitted.headers.etag as string,
    );
    const rejected = await call(
      'procesregisseur',
      'POST',
      `/cases/${id}/reject`,
      { reason: 'Geen meervoudige problematiek', advice: 'Sociaal wijkteam' },
      picked.headers.etag as string,
    );
    expect(rejected.json().status).toBe('afgewezen');

    const settings = loadSettings({
      DATABASE_URL: t.database.url,
      KETENHUIS_SHRED_LEDGER: join(dir, 'ledger.jsonl'),
    });
    const options = await retentionOptions(t.db, settings);
    const now = new Date(Date.now() + 25 * 31 * 86_400_000); // multiproblematiek keeps 24 months
    const report = await runRetention(t.db.kysely, { ...options, now });
    expect(report.due.map((d) => d.id)).toContain(id);

    await expect(openCaseKey(t.db.kysely, t.masterKey, id)).rejects.toBeInstanceOf(CaseShreddedError);
    for (const table of [
      'cases',
      'case_persons',
      'case_events',
      'case_questions',
      'case_procesregisseurs',
    ] as const) {
      const column = table === 'cases' ? 'id' : 'case_id';
      // biome-ignore lint/suspicious/noExplicitAny: the column differs per table
      const rows = await t.db.kysely
        .selectFrom(table)
        .select(column as any)
        .where(column as any, '=', id)
        .execute();
      expect(rows, table).toEqual([]);
    }
    const removal = await t.db.kysely
      .selectFrom('processing_log')
      .selectAll()
      .where('case_id', '=', id)
      .where('operation', '=', 'remove')
      .execute();
    expect(removal).toHaveLength(1);
    expect(removal[0]?.data_subject_id).toMatch(/^[0-9a-f]{64}$/);
    expect(
      (
        await t.app.inject({
          url: `/api/v1/cases/${id}`,
          headers: { cookie: t.sessions.professional.cookie },
        })
      ).statusCode,
    ).toBe(404);
    expect((await verifyChain(t.db.kysely)).ok).toBe(true);
  });
});
