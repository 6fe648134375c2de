/**
 * Sealing a data-subject request's texts (Art. 17: encryption at rest). The AAD names table,
 * column and row, so a ciphertext cannot be moved to another request or field.
 */
import { decrypt, encrypt } from '../../../platform/crypto/aead.js';

const aad = (table: string, column: string, id: string) => `${table}:${column}:${id}`;

export const sealText = (key: Buffer, table: string, column: string, id: string, value: string) =>
  encrypt(key, value, aad(table, column, id));

export const openText = (key: Buffer, table: string, column: string, id: string, sealed: string) =>
  decrypt(key, sealed, aad(table, column, id)).toString('utf8');

export const openOrNull = (key: Buffer, table: string, column: string, id: string, sealed: string | null) =>
  sealed === null ? null : openText(key, table, column, id, sealed);
