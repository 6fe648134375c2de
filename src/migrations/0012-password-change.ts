/**
 * An initial password set by functioneel beheer must be replaced by the user at first login
 * (ASVS V6.4.x: initial secrets are temporary). Frozen in time.
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against no schema, by design
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('password_change_required', 'integer', (c) =>
      c.notNull().defaultTo(0).check(sql`password_change_required in (0, 1)`),
    )
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('users').dropColumn('password_change_required').execute();
}
