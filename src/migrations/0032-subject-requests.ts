/**
 * Data-subject requests at the house's single contact point (Wgs; AVG Art. 12, 15–21): the
 * privacy officer registers a request (access, rectification, erasure, objection) about a person
 * identified by BSN or name and date of birth; only blind indexes and the log pseudonym identify
 * the person here (no BSN). The cases found through the indexes are kept per person; the request
 * is routed to every party that provided data on that person, and each decides for its own data.
 * Deadline: one month from receipt, extendable once by two months with a recorded reason (AVG
 * Art. 12.3). Free texts are sealed with a key derived from the root key. Frozen in time.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against no schema, by design
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  const id = db.getExecutor().adapter instanceof PostgresAdapter ? sql`uuid` : sql`text`;

  await db.schema
    .createTable('subject_requests')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('access', 'rectification', 'erasure', 'objection')`),
    )
    .addColumn('identified_by', 'text', (c) =>
      c.notNull().check(sql`identified_by in ('bsn', 'name-birth-date')`),
    )
    .addColumn('bsn_index', 'text')
    .addColumn('name_birth_index', 'text')
    // The processing log's pseudonym of the person's BSN, where one is known.
    .addColumn('subject_pseudonym', 'text')
    .addColumn('subject_enc', 'text', (c) => c.notNull())
    .addColumn('description_enc', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('extended_due_on', 'text')
    .addColumn('extension_reason_enc', 'text')
    .addColumn('extended_by_user_id', id, (c) => c.references('users.id'))
    .addColumn('extended_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'decided', 'no-data')`))
    .addColumn('registered_by_user_id', id, (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('subject_requests_created')
    .on('subject_requests')
    .columns(['created_at', 'id'])
    .execute();

  // The persons (and their cases) found through the blind indexes.
  await db.schema
    .createTable('subject_request_matches')
    .addColumn('request_id', id, (c) => c.notNull().references('subject_requests.id').onDelete('cascade'))
    .addColumn('case_id', id, (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('person_id', id, (c) => c.notNull().references('case_persons.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('subject_request_matches_pk', ['request_id', 'person_id'])
    .execute();

  // One route per controller that provided data on the person (Wgs: a request to all).
  await db.schema
    .createTable('subject_request_routes')
    .addColumn('request_id', id, (c) => c.notNull().references('subject_requests.id').onDelete('cascade'))
    .addColumn('party_id', id, (c) => c.notNull().references('parties.id'))
    // JSON array: why the party is a controller here ('registering', 'items', 'triage').
    .addColumn('grounds', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) =>
      c.notNull().defaultTo('pending').check(sql`decision in ('pending', 'granted', 'partly', 'refused')`),
    )
    .addColumn('reasoning_enc', 'text')
    .addColumn('decided_by_user_id', id, (c) => c.references('users.id'))
    .addColumn('decided_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('subject_request_routes_pk', ['request_id', 'party_id'])
    .execute();
  await db.schema
    .createIndex('subject_request_routes_party')
    .on('subject_request_routes')
    .columns(['party_id', 'request_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('subject_request_routes').execute();
  await db.schema.dropTable('subject_request_matches').execute();
  await db.schema.dropTable('subject_requests').execute();
}
