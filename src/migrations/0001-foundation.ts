/**
 * Foundation tables: the house, the parties of the covenant, its bodies and their seats, the
 * privacy protocols and the processing register. Frozen in time: never import application code.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against no schema, by design
type AnyDb = Kysely<any>;

function idType(db: AnyDb) {
  return db.getExecutor().adapter instanceof PostgresAdapter ? sql`uuid` : sql`text`;
}

export async function up(db: AnyDb): Promise<void> {
  const id = idType(db);
  await db.schema
    .createTable('parties')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('gemeente', 'partner')`))
    .addColumn('domain', 'text', (c) => c.notNull().check(sql`domain in ('care', 'justice', 'municipal')`))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('active', 'accession_pending', 'withdrawn', 'excluded')`),
    )
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('parties_name_id').on('parties').columns(['name', 'id']).execute();

  await db.schema
    .createTable('house')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text', (c) => c.notNull())
    .addColumn('centrumgemeente_party_id', id, (c) => c.notNull().references('parties.id'))
    .addColumn('uri_base', 'text', (c) => c.notNull())
    .addColumn('timezone', 'text', (c) => c.notNull())
    .addColumn('primary_color', 'text', (c) => c.notNull())
    .addColumn('secondary_color', 'text', (c) => c.notNull())
    .addColumn('text_on_primary', 'text', (c) => c.notNull())
    .addColumn('covenant_json', 'text', (c) => c.notNull())
    .addColumn('triage_json', 'text', (c) => c.notNull())
    .addColumn('cadence_json', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('bodies')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('article', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('body_seats')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('body_id', id, (c) => c.notNull().references('bodies.id').onDelete('cascade'))
    .addColumn('party_id', id, (c) => c.references('parties.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('article', 'text', (c) => c.notNull())
    .addColumn('optional', 'integer', (c) => c.notNull().check(sql`optional in (0, 1)`))
    .addColumn('votes', 'integer', (c) => c.notNull().check(sql`votes in (0, 1)`))
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('body_seats_body').on('body_seats').columns(['body_id', 'position']).execute();

  await db.schema
    .createTable('privacy_protocols')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('article', 'text', (c) => c.notNull())
    .addColumn('admits_all', 'integer', (c) => c.notNull().check(sql`admits_all in (0, 1)`))
    .addColumn('retention_months', 'integer', (c) => c.notNull().check(sql`retention_months > 0`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('privacy_protocol_parties')
    .addColumn('protocol_id', id, (c) => c.notNull().references('privacy_protocols.id').onDelete('cascade'))
    .addColumn('party_id', id, (c) => c.notNull().references('parties.id'))
    .addPrimaryKeyConstraint('privacy_protocol_parties_pk', ['protocol_id', 'party_id'])
    .execute();

  await db.schema
    .createTable('processing_activities')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('uri', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('legal_basis', 'text', (c) => c.notNull())
    .addColumn('protocol_id', id, (c) => c.references('privacy_protocols.id'))
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'processing_activities',
    'privacy_protocol_parties',
    'privacy_protocols',
    'body_seats',
    'bodies',
    'house',
    'parties',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
