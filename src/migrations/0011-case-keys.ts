/**
 * Per-case data keys for encryption at rest, wrapped by a key derived from the master key. A row
 * whose wrapped key is gone (shredded_at set) is the tombstone of a crypto-shredded case: its
 * ciphertext, wherever it survives, can no longer be read. Frozen in time.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against no schema, by design
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('case_keys')
    .addColumn('case_id', 'text', (c) => c.primaryKey())
    .addColumn('wrapped_key', 'text')
    .addColumn('kek_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('shredded_at', 'text')
    .execute();
  // Long-lived system secrets (the root key from which pseudonym, TOTP and signing keys derive),
  // wrapped by the master key like the case keys, so rotating the master key changes no derived key.
  await db.schema
    .createTable('system_keys')
    .addColumn('purpose', 'text', (c) => c.primaryKey())
    .addColumn('wrapped_key', 'text', (c) => c.notNull())
    .addColumn('kek_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('system_keys').execute();
  await db.schema.dropTable('case_keys').execute();
}
