/**
 * The pending logins (sso_login_states): state stored only as its SHA-256 hash, the PKCE verifier
 * sealed with the SSO key, ten minutes to live, and used at most once — the conditional UPDATE wins
 * for exactly one request, so a replayed state fails even under concurrency (ASVS V10.1.2, V10.2.1).
 */
import type { Kysely } from 'kysely';
import { decrypt, encrypt } from '../../../platform/crypto/aead.js';
import type { Database } from '../../../platform/db/schema.js';
import { newId, nowUtc } from '../../../platform/ids.js';
import { hashToken } from '../rules/tokens.js';
import { SsoRefusal } from './refusal.js';

export const STATE_TTL_MS = 10 * 60_000;

const verifierAad = (id: string) => `sso_login_states.code_verifier:${id}`;

export interface PendingLogin {
  providerId: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
}

export async function savePendingLogin(
  db: Kysely<Database>,
  ssoKey: Buffer,
  state: string,
  login: PendingLogin,
): Promise<void> {
  const now = new Date();
  // Expired rows are of no use to anyone; they go whenever a new login starts.
  await db.deleteFrom('sso_login_states').where('expires_at', '<', now.toISOString()).execute();
  const id = newId();
  await db
    .insertInto('sso_login_states')
    .values({
      id,
      state_hash: hashToken(state),
      provider_id: login.providerId,
      nonce: login.nonce,
      code_verifier: encrypt(ssoKey, login.codeVerifier, verifierAad(id)),
      return_to: login.returnTo,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + STATE_TTL_MS).toISOString(),
      used_at: null,
    })
    .execute();
}

/** Claims the pending login for this state, once; refuses unknown, expired and used states. */
export async function consumePendingLogin(
  db: Kysely<Database>,
  ssoKey: Buffer,
  state: string,
): Promise<PendingLogin> {
  const hash = hashToken(state);
  const now = nowUtc();
  const claimed = await db
    .updateTable('sso_login_states')
    .set({ used_at: now })
    .where('state_hash', '=', hash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  const row = await db
    .selectFrom('sso_login_states')
    .selectAll()
    .where('state_hash', '=', hash)
    .executeTakeFirst();
  if (!row) throw new SsoRefusal('state-unknown');
  if (Number(claimed.numUpdatedRows) !== 1) {
    throw new SsoRefusal(row.used_at !== null ? 'state-replayed' : 'state-expired');
  }
  return {
    providerId: row.provider_id,
    nonce: row.nonce,
    codeVerifier: decrypt(ssoKey, row.code_verifier, verifierAad(row.id)).toString('utf8'),
    returnTo: row.return_to,
  };
}
