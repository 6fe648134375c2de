/**
 * The processing log (Logboek Dataverwerkingen): an append-only, hash-chained table and its
 * one-row head. Triggers refuse UPDATE, DELETE and TRUNCATE on the log, and a head that moves
 * backwards, on both dialects. Every column is text except seq, so what is hashed is what is stored.
 */
import { type Kysely, PostgresAdapter, type RawBuilder, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against no schema, by design
type AnyDb = Kysely<any>;

const GENESIS_HASH = '0'.repeat(64);

export async function up(db: AnyDb): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const seqType = pg ? sql`bigint` : sql`integer`;
  /** A lowercase hex column of exactly `n` characters. */
  const hex = (col: string, n: number): RawBuilder<unknown> =>
    pg
      ? sql.raw(`${col} ~ '^[0-9a-f]{${n}}$'`)
      : sql.raw(`length(${col}) = ${n} and ${col} not glob '*[^0-9a-f]*'`);

  await db.schema
    .createTable('processing_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seq', seqType, (c) => c.notNull().check(sql`seq > 0`))
    .addColumn('trace_id', 'text', (c) => c.notNull().check(hex('trace_id', 32)))
    .addColumn('span_id', 'text', (c) => c.notNull().check(hex('span_id', 16)))
    .addColumn('parent_span_id', 'text', (c) => c.check(hex('parent_span_id', 16)))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('status_code', 'text', (c) => c.notNull().check(sql`status_code in ('unset', 'ok', 'error')`))
    .addColumn('processing_activity_id', 'text', (c) => c.notNull())
    .addColumn('data_subject_id', 'text')
    .addColumn('data_subject_id_type', 'text')
    .addColumn('acting_user_id', 'text')
    .addColumn('acting_party_id', 'text')
    // The party that provided the data: its controller (Art. 15.1, 16.2).
    .addColumn('controller_party_id', 'text')
    .addColumn('case_id', 'text')
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('operation', 'text', (c) =>
      c.notNull().check(sql`operation in ('create', 'read', 'update', 'disclose', 'remove')`),
    )
    .addColumn('prev_hash', 'text', (c) => c.notNull().check(hex('prev_hash', 64)))
    .addColumn('hash', 'text', (c) => c.notNull().check(hex('hash', 64)))
    .addUniqueConstraint('processing_log_seq_unique', ['seq'])
    .execute();
  for (const col of ['case_id', 'data_subject_id', 'acting_party_id', 'controller_party_id']) {
    await db.schema
      .createIndex(`processing_log_${col}_seq`)
      .on('processing_log')
      .columns([col, 'seq'])
      .execute();
  }

  await db.schema
    .createTable('processing_log_head')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('last_seq', seqType, (c) => c.notNull().check(sql`last_seq >= 0`))
    .addColumn('last_hash', 'text', (c) => c.notNull().check(hex('last_hash', 64)))
    .execute();
  await db
    .insertInto('processing_log_head')
    .values({ id: 1, last_seq: 0, last_hash: GENESIS_HASH })
    .execute();

  if (pg) {
    await sql`
      create function processing_log_refuse() returns trigger language plpgsql as $$
      begin
        raise exception 'processing_log is append-only: % on % refused', tg_op, tg_table_name;
      end $$`.execute(db);
    await sql`create trigger processing_log_append_only before update or delete on processing_log
      for each row execute function processing_log_refuse()`.execute(db);
    await sql`create trigger processing_log_no_truncate before truncate on processing_log
      for each statement execute function processing_log_refuse()`.execute(db);
    await sql`create trigger processing_log_head_forward before update on processing_log_head
      for each row when (new.last_seq < old.last_seq) execute function processing_log_refuse()`.execute(db);
    await sql`create trigger processing_log_head_no_delete before delete on processing_log_head
      for each row execute function processing_log_refuse()`.execute(db);
    await sql`create trigger processing_log_head_no_truncate before truncate on processing_log_head
      for each statement execute function processing_log_refuse()`.execute(db);
  } else {
    const refuse = (name: string, event: string, table: string, when = '') =>
      sql
        .raw(
          `create trigger ${name} before ${event} on ${table} ${when}
           begin select raise(abort, 'processing_log is append-only: ${event.toUpperCase()} on ${table} refused'); end`,
        )
        .execute(db);
    await refuse('processing_log_no_update', 'update', 'processing_log');
    await refuse('processing_log_no_delete', 'delete', 'processing_log');
    await refuse(
      'processing_log_head_forward',
      'update',
      'processing_log_head',
      'when new.last_seq < old.last_seq',
    );
    await refuse('processing_log_head_no_delete', 'delete', 'processing_log_head');
  }
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('processing_log_head').execute();
  await db.schema.dropTable('processing_log').execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`drop function if exists processing_log_refuse()`.execute(db);
  }
}
