/**
 * Cases: registration and assessment (Art. 1.7, 12.2a). Personal data is sealed with the case key
 * (columns ending in _enc, AAD = table:column:row id); blind indexes allow "already known?" lookups
 * without decrypting. Case numbers come from a per-year counter row (atomic upsert). Frozen in time.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against no schema, by design
type AnyDb = Kysely<any>;

const statuses = [
  'concept',
  'aangemeld',
  'in_beoordeling',
  'afgewezen',
  'ingetrokken',
  'in_triage',
  'afgesloten_zonder_overleg',
  'overleg_gepland',
  'in_uitvoering',
  'afgeschaald',
  'verwijderd',
];

export async function up(db: AnyDb): Promise<void> {
  const id = db.getExecutor().adapter instanceof PostgresAdapter ? sql`uuid` : sql`text`;
  const statusCheck = sql.raw(`status in (${statuses.map((s) => `'${s}'`).join(', ')})`);

  await db.schema
    .createTable('case_number_counters')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('last_number', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('cases')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('case_number', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull().check(statusCheck))
    .addColumn('case_type', 'text', (c) => c.notNull().check(sql`case_type in ('person', 'family', 'group')`))
    .addColumn('protocol_key', 'text', (c) => c.notNull().references('privacy_protocols.key'))
    .addColumn('registering_user_id', id, (c) => c.notNull().references('users.id'))
    .addColumn('registering_party_id', id, (c) => c.notNull().references('parties.id'))
    .addColumn('reason_enc', 'text', (c) => c.notNull())
    .addColumn('goal_enc', 'text', (c) => c.notNull())
    .addColumn('partners_involved_enc', 'text', (c) => c.notNull())
    .addColumn('informed_enc', 'text', (c) => c.notNull())
    .addColumn('not_informed_reason_enc', 'text')
    .addColumn('criteria_enc', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('cases_status_created')
    .on('cases')
    .columns(['status', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('cases_registering_user')
    .on('cases')
    .columns(['registering_user_id', 'created_at', 'id'])
    .execute();

  await db.schema
    .createTable('case_persons')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('case_id', id, (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name_enc', 'text', (c) => c.notNull())
    .addColumn('bsn_enc', 'text')
    .addColumn('birth_date_enc', 'text', (c) => c.notNull())
    .addColumn('address_enc', 'text', (c) => c.notNull())
    .addColumn('bsn_index', 'text')
    .addColumn('name_birth_index', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('case_persons_case')
    .on('case_persons')
    .columns(['case_id', 'position'])
    .execute();
  await db.schema.createIndex('case_persons_bsn_index').on('case_persons').column('bsn_index').execute();
  await db.schema
    .createIndex('case_persons_name_birth_index')
    .on('case_persons')
    .column('name_birth_index')
    .execute();

  await db.schema
    .createTable('case_procesregisseurs')
    .addColumn('case_id', id, (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('user_id', id, (c) => c.notNull().references('users.id'))
    .addColumn('assigned_at', 'text', (c) => c.notNull())
    .addColumn('reason_enc', 'text')
    .addPrimaryKeyConstraint('case_procesregisseurs_pk', ['case_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('case_procesregisseurs_user')
    .on('case_procesregisseurs')
    .columns(['user_id', 'case_id'])
    .execute();

  await db.schema
    .createTable('case_events')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('case_id', id, (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', id, (c) => c.references('users.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('article', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull().check(sql`audience in ('case', 'procesregisseur')`))
    .addColumn('note_enc', 'text')
    .execute();
  await db.schema.createIndex('case_events_case').on('case_events').columns(['case_id', 'at']).execute();

  await db.schema
    .createTable('case_questions')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('case_id', id, (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('author_user_id', id, (c) => c.notNull().references('users.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('text_enc', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('case_questions_case')
    .on('case_questions')
    .columns(['case_id', 'at'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const t of [
    'case_questions',
    'case_events',
    'case_procesregisseurs',
    'case_persons',
    'cases',
    'case_number_counters',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
