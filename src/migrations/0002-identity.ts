/**
 * Identity: users and their roles, second factor, sessions (stored by token hash), the security
 * event log, governance memberships, and single sign-on providers. Frozen in time.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against no schema, by design
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  const id = db.getExecutor().adapter instanceof PostgresAdapter ? sql`uuid` : sql`text`;
  const bool = (name: string) => sql.raw(`${name} in (0, 1)`);

  await db.schema
    .createTable('users')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('party_id', id, (c) => c.references('parties.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active', 'disabled')`))
    .addColumn('password_hash', 'text')
    .addColumn('totp_secret_enc', 'text')
    .addColumn('totp_enabled', 'integer', (c) => c.notNull().defaultTo(0).check(bool('totp_enabled')))
    .addColumn('totp_last_step', 'integer')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0).check(bool('is_demo')))
    .addColumn('locked_until', 'text')
    .addColumn('last_login_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('users_email_id').on('users').columns(['email', 'id']).execute();

  await db.schema
    .createTable('user_roles')
    .addColumn('user_id', id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('user_roles_pk', ['user_id', 'role'])
    .execute();

  await db.schema
    .createTable('recovery_codes')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('user_id', id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('recovery_codes_user').on('recovery_codes').column('user_id').execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('stage', 'text', (c) => c.notNull().check(sql`stage in ('mfa', 'enrol', 'complete')`))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('pending_totp_secret_enc', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('reauth_at', 'text')
    .addColumn('revoked_at', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('ip', 'text')
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('auth_events')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull().check(sql`outcome in ('success', 'failure', 'info')`))
    .addColumn('user_id', id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('account_hash', 'text')
    .addColumn('ip', 'text')
    .addColumn('request_id', 'text')
    .execute();
  await db.schema
    .createIndex('auth_events_account')
    .on('auth_events')
    .columns(['account_hash', 'at'])
    .execute();
  await db.schema.createIndex('auth_events_ip').on('auth_events').columns(['ip', 'at']).execute();

  await db.schema
    .createTable('body_memberships')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('user_id', id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('body_id', id, (c) => c.notNull().references('bodies.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('member', 'chair', 'secretary')`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('body_memberships_unique', ['user_id', 'body_id'])
    .execute();

  await db.schema
    .createTable('body_membership_votes')
    .addColumn('membership_id', id, (c) => c.notNull().references('body_memberships.id').onDelete('cascade'))
    .addColumn('party_id', id, (c) => c.notNull().references('parties.id'))
    .addPrimaryKeyConstraint('body_membership_votes_pk', ['membership_id', 'party_id'])
    .execute();

  await db.schema
    .createTable('sso_providers')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('client_secret_enc', 'text')
    .addColumn('party_id', id, (c) => c.references('parties.id'))
    .addColumn('match_claim', 'text', (c) => c.notNull().check(sql`match_claim in ('email', 'sub')`))
    .addColumn('provision', 'integer', (c) => c.notNull().check(bool('provision')))
    .addColumn('default_roles', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull().check(bool('enabled')))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sso_identities')
    .addColumn('provider_id', id, (c) => c.notNull().references('sso_providers.id').onDelete('cascade'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('user_id', id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('sso_identities_pk', ['provider_id', 'subject'])
    .execute();

  await db.schema
    .createTable('sso_login_states')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('state_hash', 'text', (c) => c.notNull().unique())
    .addColumn('provider_id', id, (c) => c.notNull().references('sso_providers.id').onDelete('cascade'))
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('return_to', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'sso_login_states',
    'sso_identities',
    'sso_providers',
    'body_membership_votes',
    'body_memberships',
    'auth_events',
    'sessions',
    'recovery_codes',
    'user_roles',
    'users',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
