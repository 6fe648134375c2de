/**
 * Who the identity provider's user is here: the linked account for (provider, sub); else, when the
 * provider matches by e-mail, the account with that verified address in the provider's organisation;
 * else a new account with the default roles, when the provider provisions (ASVS V10.5.2).
 * Never an account of another organisation, and never one already linked to another subject.
 */
import type { Kysely } from 'kysely';
import type { Database, SsoProviderTable, UserTable } from '../../../platform/db/schema.js';
import { newId, nowUtc } from '../../../platform/ids.js';
import { roleProblems } from '../rules/roles.js';
import { defaultRolesOf } from './provider-store.js';
import { SsoRefusal } from './refusal.js';

export interface IdpClaims {
  sub: string;
  email?: unknown;
  email_verified?: unknown;
  name?: unknown;
}

export interface Matched {
  user: UserTable;
  created: boolean;
}

const sameOrganisation = (user: UserTable, provider: SsoProviderTable) => user.party_id === provider.party_id;

/** The verified, normalised e-mail address of the claims, or null. */
export function verifiedEmail(claims: IdpClaims): string | null {
  if (claims.email_verified !== true || typeof claims.email !== 'string') return null;
  const email = claims.email.trim().toLowerCase();
  return email.length > 0 && email.length <= 254 && /^[^\s@]+@[^\s@]+$/.test(email) ? email : null;
}

function displayNameOf(claims: IdpClaims, email: string): string {
  const name = typeof claims.name === 'string' ? claims.name.trim() : '';
  return name.length >= 2 && name.length <= 200 ? name : email;
}

async function userById(db: Kysely<Database>, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

async function link(db: Kysely<Database>, provider: SsoProviderTable, sub: string, user: UserTable) {
  const other = await db
    .selectFrom('sso_identities')
    .select('subject')
    .where('provider_id', '=', provider.id)
    .where('user_id', '=', user.id)
    .executeTakeFirst();
  // The address moved to another person at the provider: never hand them this account.
  if (other && other.subject !== sub) throw new SsoRefusal('linked-to-other-subject', user.id);
  if (!other) {
    await db
      .insertInto('sso_identities')
      .values({ provider_id: provider.id, subject: sub, user_id: user.id })
      .execute();
  }
}

async function provision(db: Kysely<Database>, provider: SsoProviderTable, claims: IdpClaims, email: string) {
  const roles = defaultRolesOf(provider);
  if (roles.length === 0 || roleProblems(roles, provider.party_id === null).length > 0)
    throw new SsoRefusal('default-roles-invalid');
  if (provider.party_id !== null) {
    const party = await db
      .selectFrom('parties')
      .select('status')
      .where('id', '=', provider.party_id)
      .executeTakeFirst();
    if (party?.status !== 'active') throw new SsoRefusal('organisation-inactive');
  }
  const id = newId();
  const now = nowUtc();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('users')
      .values({
        id,
        email,
        display_name: displayNameOf(claims, email),
        party_id: provider.party_id,
        status: 'active',
        // Signs in through the identity provider only: no password, no local second factor.
        password_hash: null,
        totp_secret_enc: null,
        totp_enabled: 0,
        totp_last_step: null,
        is_demo: 0,
        password_change_required: 0,
        locked_until: null,
        last_login_at: null,
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await trx
      .insertInto('user_roles')
      .values(roles.map((role) => ({ user_id: id, role })))
      .execute();
    await trx
      .insertInto('sso_identities')
      .values({ provider_id: provider.id, subject: claims.sub, user_id: id })
      .execute();
  });
  const user = await userById(db, id);
  if (!user) throw new SsoRefusal('provisioning-failed');
  return user;
}

export async function matchAccount(
  db: Kysely<Database>,
  provider: SsoProviderTable,
  claims: IdpClaims,
): Promise<Matched> {
  const linked = await db
    .selectFrom('sso_identities')
    .select('user_id')
    .where('provider_id', '=', provider.id)
    .where('subject', '=', claims.sub)
    .executeTakeFirst();
  if (linked) {
    const user = await userById(db, linked.user_id);
    if (!user) throw new SsoRefusal('linked-account-missing');
    if (!sameOrganisation(user, provider)) throw new SsoRefusal('other-organisation', user.id);
    return { user, created: false };
  }
  const email = verifiedEmail(claims);
  if (email === null) throw new SsoRefusal('no-verified-email');
  const byEmail = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
  if (byEmail) {
    // Matching by sub only: an existing account is never taken over by its address.
    if (provider.match_claim !== 'email') throw new SsoRefusal('email-in-use', byEmail.id);
    if (!sameOrganisation(byEmail, provider)) throw new SsoRefusal('other-organisation', byEmail.id);
    await link(db, provider, claims.sub, byEmail);
    return { user: byEmail, created: false };
  }
  if (provider.provision !== 1) throw new SsoRefusal('no-account');
  return { user: await provision(db, provider, claims, email), created: true };
}
