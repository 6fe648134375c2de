/**
 * A revision number for "Mijn taken" (issue 5 §9; src/modules/worklist/cache.ts): every committed
 * insert, update or delete on a table the worklist's sections read raises it, in the writing
 * transaction itself, by a trigger. A server may then answer a worklist from memory as long as the
 * revision it was computed at is still the current one: no write can change a worklist without
 * changing the revision, whatever code path (or process, or server) makes it — a rolled-back write
 * raises nothing. `test/integration/worklist-cache.test.ts` compiles every section's SQL and checks
 * that each table it reads has these triggers, so a section that starts reading another table
 * needs a migration that adds it here.
 *
 * PostgreSQL: one statement-level trigger per table. It takes the processing log's advisory lock
 * (append.ts, APPEND_LOCK_KEY) before the revision row's lock, the order every logged write
 * already follows, so that two writers never wait for each other's lock in opposite order.
 * SQLite: row-level triggers (the only kind it has); writers are serialised by the database lock.
 * Frozen in time.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against no schema, by design
type AnyDb = Kysely<any>;

/** The tables the worklist's sections read, as of this migration. */
const TABLES = [
  'cases',
  'case_procesregisseurs',
  'case_conferences',
  'case_conference_participants',
  'case_coordinators',
  'case_actions',
  'case_deescalations',
  'case_escalations',
  'case_information_requests',
  'privacy_protocols',
  'privacy_protocol_parties',
] as const;

/** Must equal APPEND_LOCK_KEY in src/platform/processing-log/append.ts (copied: migrations are frozen). */
const APPEND_LOCK_KEY = '4801229604447510';

export async function up(db: AnyDb): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('cache_revisions')
    .addColumn('scope', 'text', (c) => c.primaryKey())
    .addColumn('revision', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.insertInto('cache_revisions').values({ scope: 'worklist', revision: 0 }).execute();

  if (pg) {
    await sql`create function ketenhuis_bump_revision() returns trigger language plpgsql as $$
      begin
        perform pg_advisory_xact_lock(${sql.raw(APPEND_LOCK_KEY)});
        update cache_revisions set revision = revision + 1 where scope = tg_argv[0];
        return null;
      end $$`.execute(db);
    for (const table of TABLES) {
      await sql`create trigger ${sql.raw(`${table}_worklist_revision`)}
        after insert or update or delete on ${sql.table(table)}
        for each statement execute function ketenhuis_bump_revision('worklist')`.execute(db);
    }
    return;
  }
  for (const table of TABLES) {
    for (const event of ['insert', 'update', 'delete'] as const) {
      await sql`create trigger ${sql.raw(`${table}_worklist_revision_${event}`)}
        after ${sql.raw(event)} on ${sql.table(table)}
        begin
          update cache_revisions set revision = revision + 1 where scope = 'worklist';
        end`.execute(db);
    }
  }
}

export async function down(db: AnyDb): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  for (const table of TABLES) {
    if (pg)
      await sql`drop trigger ${sql.raw(`${table}_worklist_revision`)} on ${sql.table(table)}`.execute(db);
    else
      for (const event of ['insert', 'update', 'delete'])
        await sql`drop trigger ${sql.raw(`${table}_worklist_revision_${event}`)}`.execute(db);
  }
  if (pg) await sql`drop function ketenhuis_bump_revision()`.execute(db);
  await db.schema.dropTable('cache_revisions').execute();
}
