/**
 * "Mijn taken" answered from memory (src/modules/worklist/routes.ts, platform/db/revision-cache.ts,
 * migration 0039): every table a worklist section reads has triggers that raise the worklist's
 * revision in the writing transaction; a write through the API shows in the next worklist; a
 * rolled-back write raises nothing; and the cache is really used — with a table's trigger removed
 * on purpose, a write to it stays unseen until the revision moves. Runs on SQLite and PostgreSQL.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { informatiecentrumSections, managerSections } from '../../src/modules/worklist/house-sections.js';
import { partySections } from '../../src/modules/worklist/party-sections.js';
import { regisseurSections } from '../../src/modules/worklist/regisseur-sections.js';
import type { Principal } from '../../src/platform/auth/principal.js';
import { currentRevision, revisionCache } from '../../src/platform/db/revision-cache.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { api, submittedCase } from './cases-fixtures.js';

interface Section {
  key: string;
  count: number;
  items: { caseId: string }[];
}

/** The tables the SQL of every section reads, for a caller with every case role. */
function sectionTables(t: TestApp): string[] {
  const db = t.db.kysely;
  const p: Principal = {
    userId: t.users.procesregisseur.id,
    partyId: t.partyIds.get('politie-den-haag') as string,
    roles: ['procesregisseur', 'professional', 'informatiecentrum', 'manager'],
    sessionId: 's',
  };
  const specs = [
    ...regisseurSections(db, p, '2030-01-01T00:00:00.000Z', '2030-01-01'),
    ...partySections(db, { ...p, partyId: p.partyId as string }, '2030-01-01T00:00:00.000Z', '2030-01-01'),
    ...informatiecentrumSections(db),
    ...managerSections(db, '2030-01-01'),
  ];
  const tables = new Set<string>();
  for (const s of specs)
    for (const m of s.query.compile().sql.matchAll(/\b(?:from|join)\s+"?([a-z_]+)"?/gi))
      tables.add(m[1] as string);
  return [...tables].sort();
}

/** table → the write events that raise the worklist revision. */
async function revisionTriggers(t: TestApp): Promise<Map<string, Set<string>>> {
  const rows =
    t.db.dialect === 'postgres'
      ? (
          await sql<{ table: string; event: string }>`
            select event_object_table as "table", lower(event_manipulation) as event
              from information_schema.triggers
             where action_statement like '%ketenhuis_bump_revision(''worklist'')%'`.execute(t.db.kysely)
        ).rows
      : (
          await sql<{ table: string; sql: string }>`
            select tbl_name as "table", sql from sqlite_master
             where type = 'trigger' and sql like '%cache_revisions%' and sql like '%''worklist''%'`.execute(
            t.db.kysely,
          )
        ).rows.map((r) => ({
          table: r.table,
          event: /after\s+(insert|update|delete)/i.exec(r.sql)?.[1] ?? '',
        }));
  const map = new Map<string, Set<string>>();
  for (const r of rows) map.set(r.table, (map.get(r.table) ?? new Set()).add(r.event.toLowerCase()));
  return map;
}

describe.each(dialects)('the worklist cache on %s', (dialect) => {
  let t: TestApp;
  let call: ReturnType<typeof api>;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    call = api(t);
  }, 60_000);
  afterAll(() => t.close());

  async function newRegistrations(): Promise<string[]> {
    const res = await call('procesregisseur', 'GET', '/me/tasks');
    expect(res.statusCode, res.body).toBe(200);
    const sections = res.json().sections as Section[];
    return sections.find((s) => s.key === 'new-registrations')?.items.map((i) => i.caseId) ?? [];
  }

  it('has triggers raising the revision on insert, update and delete of every table a section reads', async () => {
    const tables = sectionTables(t);
    expect(tables).toEqual(expect.arrayContaining(['cases', 'case_procesregisseurs', 'case_actions']));
    const triggers = await revisionTriggers(t);
    for (const table of tables)
      expect([...(triggers.get(table) ?? [])].sort(), table).toEqual(['delete', 'insert', 'update']);
  });

  it('shows a registration submitted through the API in the next worklist', async () => {
    const before = await newRegistrations();
    const { id } = await submittedCase(t);
    expect(await newRegistrations()).toEqual([...before, id]);
  });

  it('raises nothing for a rolled-back write', async () => {
    const before = await currentRevision(t.db.kysely, 'worklist');
    await expect(
      t.db.kysely.transaction().execute(async (trx) => {
        await trx.updateTable('cases').set({ updated_at: new Date().toISOString() }).execute();
        throw new Error('terug');
      }),
    ).rejects.toThrow('terug');
    expect(await currentRevision(t.db.kysely, 'worklist')).toBe(before);
    await t.db.kysely.updateTable('cases').set({ updated_at: new Date().toISOString() }).execute();
    expect(await currentRevision(t.db.kysely, 'worklist')).toBeGreaterThan(before as number);
  });

  it('answers from memory while the revision stands, and anew once it moves', async () => {
    const { id } = await submittedCase(t);
    expect(await newRegistrations()).toContain(id);
    // With the triggers of cases removed, a write to cases no longer moves the revision: the
    // worklist must then still show the case, which proves it came from memory.
    const dropped =
      dialect === 'postgres'
        ? [sql`drop trigger cases_worklist_revision on cases`]
        : ['insert', 'update', 'delete'].map(
            (e) => sql`drop trigger ${sql.raw(`cases_worklist_revision_${e}`)}`,
          );
    for (const statement of dropped) await statement.execute(t.db.kysely);
    await t.db.kysely.updateTable('cases').set({ status: 'ingetrokken' }).where('id', '=', id).execute();
    expect(await newRegistrations()).toContain(id);
    await sql`update cache_revisions set revision = revision + 1 where scope = 'worklist'`.execute(
      t.db.kysely,
    );
    expect(await newRegistrations()).not.toContain(id);
  });

  it('keeps answers no longer than their maximum age, and no more of them than allowed', async () => {
    const cache = revisionCache<number>({ scope: 'worklist', maxEntries: 2, maxAgeMs: 1_000 });
    let computed = 0;
    const compute = async () => ++computed;
    const now = vi.spyOn(Date, 'now');
    try {
      now.mockReturnValue(1_000_000);
      expect(await cache.get(t.db.kysely, 'a', compute)).toBe(1);
      expect(await cache.get(t.db.kysely, 'a', compute)).toBe(1);
      now.mockReturnValue(1_000_999);
      expect(await cache.get(t.db.kysely, 'a', compute)).toBe(1);
      now.mockReturnValue(1_001_000);
      expect(await cache.get(t.db.kysely, 'a', compute)).toBe(2);
      // Three keys in a cache of two: the least recently used goes.
      expect(await cache.get(t.db.kysely, 'b', compute)).toBe(3);
      expect(await cache.get(t.db.kysely, 'a', compute)).toBe(2);
      expect(await cache.get(t.db.kysely, 'c', compute)).toBe(4);
      expect(cache.size).toBe(2);
      expect(await cache.get(t.db.kysely, 'b', compute)).toBe(5);
    } finally {
      now.mockRestore();
    }
  });
});
