/**
 * Per-case data keys (AES-256). Each case's personal data is encrypted under its own key, so that
 * destroying that one key makes the case unreadable everywhere — in the database, in WAL files and
 * in backups (crypto-shredding, domain.md §4). Keys are never cached: a shred on one server holds
 * on all servers from the next request.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { nowUtc } from '../ids.js';
import { decrypt, encrypt } from './aead.js';
import { type Kek, kekFrom, unwrapKey, wrapKey } from './keyring.js';

export class CaseShreddedError extends Error {
  override name = 'CaseShreddedError';
}

const aadOf = (caseId: string) => `case_keys:${caseId}`;

/** Creates the data key of a new case, inside the caller's transaction. */
export async function createCaseKey(
  db: Kysely<Database>,
  masterKey: Buffer,
  caseId: string,
): Promise<Buffer> {
  const kek = kekFrom(masterKey);
  const key = randomBytes(32);
  await db
    .insertInto('case_keys')
    .values({
      case_id: caseId,
      wrapped_key: wrapKey(kek, key, aadOf(caseId)),
      kek_id: kek.id,
      created_at: nowUtc(),
      shredded_at: null,
    })
    .execute();
  return key;
}

export async function openCaseKey(db: Kysely<Database>, masterKey: Buffer, caseId: string): Promise<Buffer> {
  const row = await db.selectFrom('case_keys').selectAll().where('case_id', '=', caseId).executeTakeFirst();
  return openCaseKeyRow(masterKey, caseId, row);
}

/** Unwraps a case key row read by the caller (e.g. joined to the case row, one statement less). */
export function openCaseKeyRow(
  masterKey: Buffer,
  caseId: string,
  row: { wrapped_key: string | null; shredded_at: string | null } | undefined,
): Buffer {
  if (!row) throw new Error(`no data key for case ${caseId}`);
  if (row.wrapped_key === null)
    throw new CaseShreddedError(`case ${caseId} was shredded at ${row.shredded_at}`);
  return unwrapKey(kekFrom(masterKey), row.wrapped_key, aadOf(caseId));
}

/** Destroys a case's data key; the tombstone row records when. Irreversible by design. */
export async function shredCaseKey(db: Kysely<Database>, caseId: string): Promise<boolean> {
  const result = await db
    .updateTable('case_keys')
    .set({ wrapped_key: null, shredded_at: nowUtc() })
    .where('case_id', '=', caseId)
    .where('wrapped_key', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function shreddedCaseIds(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .selectFrom('case_keys')
    .select('case_id')
    .where('shredded_at', 'is not', null)
    .execute();
  return rows.map((r) => r.case_id);
}

/** Encrypts one field of a case; the AAD names table, column and row so ciphertexts cannot be moved. */
export const sealField = (caseKey: Buffer, value: string, place: string): string =>
  encrypt(caseKey, value, place);
export const openField = (caseKey: Buffer, sealed: string, place: string): string =>
  decrypt(caseKey, sealed, place).toString('utf8');

/**
 * Re-wraps every case key and system key from the old master key to the new one, in one
 * transaction. Data is not touched. Rows already wrapped by the new key are skipped, so an
 * interrupted rotation can simply be run again.
 */
export async function rewrapAll(
  db: Kysely<Database>,
  oldMaster: Buffer,
  newMaster: Buffer,
): Promise<{ caseKeys: number; systemKeys: number }> {
  const from: Kek = kekFrom(oldMaster);
  const to: Kek = kekFrom(newMaster);
  if (from.id === to.id) throw new Error('de nieuwe hoofdsleutel is gelijk aan de huidige');
  return db.transaction().execute(async (trx) => {
    let caseKeys = 0;
    const cases = await trx
      .selectFrom('case_keys')
      .selectAll()
      .where('wrapped_key', 'is not', null)
      .where('kek_id', '=', from.id)
      .execute();
    for (const row of cases) {
      const key = unwrapKey(from, row.wrapped_key as string, aadOf(row.case_id));
      await trx
        .updateTable('case_keys')
        .set({ wrapped_key: wrapKey(to, key, aadOf(row.case_id)), kek_id: to.id })
        .where('case_id', '=', row.case_id)
        .execute();
      caseKeys++;
    }
    let systemKeys = 0;
    const system = await trx.selectFrom('system_keys').selectAll().where('kek_id', '=', from.id).execute();
    for (const row of system) {
      const aad = `system_keys:${row.purpose}`;
      const key = unwrapKey(from, row.wrapped_key, aad);
      await trx
        .updateTable('system_keys')
        .set({ wrapped_key: wrapKey(to, key, aad), kek_id: to.id })
        .where('purpose', '=', row.purpose)
        .execute();
      systemKeys++;
    }
    const leftover = await trx
      .selectFrom('case_keys')
      .select('case_id')
      .where('wrapped_key', 'is not', null)
      .where('kek_id', '!=', to.id)
      .executeTakeFirst();
    if (leftover)
      throw new Error(
        `case key ${leftover.case_id} is wrapped by an unknown master key; nothing was changed`,
      );
    return { caseKeys, systemKeys };
  });
}
