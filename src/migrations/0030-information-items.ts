/**
 * Information items (Art. 9.2, 12.2f, 15, 16.2): every item in a case is provided by one party, its
 * controller, which sets the conditions of use: who may see it, whether it may be used in the
 * action plan, whether it may be read before the conference (the procesregisseur assesses, the
 * provider approves), an expiry date; and may tighten or withdraw it at any time. Items concern
 * one or more persons of the case; attachments are sealed too (content as sealed base64 text, so
 * that one column type serves both dialects). Title, body, file name and content are sealed with
 * the case key (AAD = table:column:row id). Frozen in time.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against no schema, by design
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  const id = db.getExecutor().adapter instanceof PostgresAdapter ? sql`uuid` : sql`text`;

  await db.schema
    .createTable('information_items')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('case_id', id, (c) => c.notNull().references('cases.id').onDelete('cascade'))
    // Art. 15.1, 16.2: the providing party is the controller of the item. The house's own notes
    // (provider_kind 'house', by the procesregisseur) have the centrumgemeente as controller
    // (Art. 1.12, 14.1: the house's staff work under its responsibility), yet are not visible to
    // the centrumgemeente's own professionals as "their" items.
    .addColumn('provider_kind', 'text', (c) =>
      c.notNull().defaultTo('party').check(sql`provider_kind in ('party', 'house')`),
    )
    .addColumn('provider_party_id', id, (c) => c.notNull().references('parties.id'))
    .addColumn('provided_by_user_id', id, (c) => c.notNull().references('users.id'))
    // Where the item answers a triage request (Art. 1.8), that request.
    .addColumn('source_request_id', id, (c) =>
      c.references('case_information_requests.id').onDelete('set null'),
    )
    .addColumn('title_enc', 'text', (c) => c.notNull())
    .addColumn('body_enc', 'text', (c) => c.notNull())
    // Art. 15.2–15.3: ordinary, special category (health), police data (Wpg), judicial (Wjsg).
    .addColumn('regime', 'text', (c) =>
      c.notNull().check(sql`regime in ('gewoon', 'bijzonder', 'politie', 'justitieel')`),
    )
    // Art. 16.2: who may see it.
    .addColumn('visibility', 'text', (c) =>
      c.notNull().check(sql`visibility in ('all-participants', 'named-parties', 'procesregisseur-only')`),
    )
    .addColumn('use_in_action_plan', 'integer', (c) => c.notNull().defaultTo(0))
    // Art. 12.2f: reading before the conference, assessed by the procesregisseur, approved by the provider.
    .addColumn('pre_conference', 'text', (c) =>
      c
        .notNull()
        .defaultTo('not-allowed')
        .check(sql`pre_conference in ('not-allowed', 'requested', 'approved')`),
    )
    .addColumn('pre_conference_assessed_by_user_id', id, (c) => c.references('users.id'))
    .addColumn('pre_conference_assessed_at', 'text')
    .addColumn('pre_conference_approved_by_user_id', id, (c) => c.references('users.id'))
    .addColumn('pre_conference_approved_at', 'text')
    .addColumn('expires_at', 'text')
    .addColumn('withdrawn_at', 'text')
    .addColumn('withdrawn_by_user_id', id, (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('information_items_case')
    .on('information_items')
    .columns(['case_id', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('information_items_provider')
    .on('information_items')
    .columns(['provider_party_id', 'case_id'])
    .execute();

  // Art. 16.2: the parties named by the provider ('named-parties').
  await db.schema
    .createTable('information_item_parties')
    .addColumn('item_id', id, (c) => c.notNull().references('information_items.id').onDelete('cascade'))
    .addColumn('party_id', id, (c) => c.notNull().references('parties.id'))
    .addPrimaryKeyConstraint('information_item_parties_pk', ['item_id', 'party_id'])
    .execute();

  // The persons of the case the item concerns (data subjects for the processing log).
  await db.schema
    .createTable('information_item_persons')
    .addColumn('item_id', id, (c) => c.notNull().references('information_items.id').onDelete('cascade'))
    .addColumn('person_id', id, (c) => c.notNull().references('case_persons.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('information_item_persons_pk', ['item_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('information_item_persons_person')
    .on('information_item_persons')
    .columns(['person_id', 'item_id'])
    .execute();

  // Attachments: media type detected from the content (magic bytes), never from the file name.
  await db.schema
    .createTable('information_attachments')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('item_id', id, (c) => c.notNull().references('information_items.id').onDelete('cascade'))
    .addColumn('case_id', id, (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('filename_enc', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content_enc', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('information_attachments_item')
    .on('information_attachments')
    .columns(['item_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('information_attachments_case')
    .on('information_attachments')
    .column('case_id')
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const t of [
    'information_attachments',
    'information_item_persons',
    'information_item_parties',
    'information_items',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
