/** Account administration by functioneel beheer: create, change roles or status, reset TOTP. */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Role } from '../../platform/auth/principal.js';
import type { Database } from '../../platform/db/schema.js';
import { staleWrite } from '../../platform/http/etag.js';
import { ProblemError } from '../../platform/http/problem.js';
import { newId, nowUtc } from '../../platform/ids.js';
import { hashPassword } from './rules/password-hash.js';
import { checkPassword } from './rules/password-policy.js';
import { roleProblems } from './rules/roles.js';
import { generateTemporaryPassword } from './rules/temporary-password.js';
import type { userCreateSchema, userUpdateSchema } from './schemas.js';
import { revokeAllSessions } from './session-store.js';

async function assertRolesFit(db: Kysely<Database>, roles: Role[], partyId: string | null) {
  if (partyId !== null) {
    const party = await db
      .selectFrom('parties')
      .select('status')
      .where('id', '=', partyId)
      .executeTakeFirst();
    if (!party) throw new ProblemError('validation', 'Body ongeldig — partyId: onbekende partij');
  }
  const problems = roleProblems(roles, partyId === null);
  if (problems.length) throw new ProblemError('validation', `Body ongeldig — roles: ${problems.join('; ')}`);
}

/**
 * Creates an account. `temporaryPassword`: the password was chosen by an administrator, so the
 * user must replace it at first login.
 */
export async function createUser(
  db: Kysely<Database>,
  input: z.infer<typeof userCreateSchema>,
  opts: { isDemo?: boolean; temporaryPassword?: boolean } = {},
) {
  const roles = [...new Set(input.roles)];
  await assertRolesFit(db, roles, input.partyId);
  const verdict = checkPassword(input.initialPassword, {
    email: input.email,
    displayName: input.displayName,
  });
  if (!verdict.ok)
    throw new ProblemError('weak-password', `Body ongeldig — initialPassword: ${verdict.reasons.join(', ')}`);
  const exists = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', input.email)
    .executeTakeFirst();
  if (exists) throw new ProblemError('email-in-use', 'Er bestaat al een account met dit e-mailadres.');
  const id = newId();
  const now = nowUtc();
  const passwordHash = await hashPassword(input.initialPassword);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('users')
      .values({
        id,
        email: input.email,
        display_name: input.displayName,
        party_id: input.partyId,
        status: 'active',
        password_hash: passwordHash,
        totp_secret_enc: null,
        totp_enabled: 0,
        totp_last_step: null,
        is_demo: opts.isDemo ? 1 : 0,
        password_change_required: opts.temporaryPassword ? 1 : 0,
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
  });
  return id;
}

export async function updateUser(
  db: Kysely<Database>,
  actorId: string,
  id: string,
  partyId: string | null,
  expectedVersion: number,
  change: z.infer<typeof userUpdateSchema>,
) {
  if (
    id === actorId &&
    (change.status === 'disabled' || (change.roles && !change.roles.includes('functioneel_beheer')))
  ) {
    throw new ProblemError(
      'self-lockout',
      'U kunt uw eigen account niet blokkeren of uw eigen beheerrol afnemen.',
    );
  }
  const roles = change.roles ? [...new Set(change.roles)] : undefined;
  if (roles) await assertRolesFit(db, roles, partyId);
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('users')
      .set({
        ...(change.displayName !== undefined && { display_name: change.displayName }),
        ...(change.status !== undefined && { status: change.status }),
        version: expectedVersion + 1,
        updated_at: nowUtc(),
      })
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw staleWrite();
    if (roles) {
      await trx.deleteFrom('user_roles').where('user_id', '=', id).execute();
      await trx
        .insertInto('user_roles')
        .values(roles.map((role) => ({ user_id: id, role })))
        .execute();
    }
  });
  // A blocked account loses its sessions at once (and is refused on its next request anyway).
  if (change.status === 'disabled') await revokeAllSessions(db, id);
}

export async function resetTotp(db: Kysely<Database>, id: string) {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ totp_enabled: 0, totp_secret_enc: null, totp_last_step: null, updated_at: nowUtc() })
      .where('id', '=', id)
      .execute();
    await trx.deleteFrom('recovery_codes').where('user_id', '=', id).execute();
  });
  await revokeAllSessions(db, id);
}

/**
 * Gives a user a new temporary password (they forgot theirs). The second factor stays as it is, so
 * a reset never bypasses it (ASVS V6.4.3); all sessions end; the user must choose a new password.
 */
export async function resetPassword(db: Kysely<Database>, id: string): Promise<string> {
  const temporary = generateTemporaryPassword();
  await db
    .updateTable('users')
    .set({ password_hash: await hashPassword(temporary), password_change_required: 1, updated_at: nowUtc() })
    .where('id', '=', id)
    .execute();
  await revokeAllSessions(db, id);
  return temporary;
}
