/**
 * Sealing case data with the case's own key (Art. 17: encryption at rest, crypto-shredding). The
 * AAD of every sealed field names table, column and row id, so a ciphertext cannot be moved to
 * another row or column. Persons also get blind indexes for "already known" lookups (issue 5 §1).
 */
import { type BlindIndexKeys, bsnIndex, nameAndBirthDateIndex } from '../../platform/crypto/blind-index.js';
import { openField, sealField } from '../../platform/crypto/case-keys.js';
import { newId } from '../../platform/ids.js';

export const placeOf = (table: string, column: string, rowId: string) => `${table}:${column}:${rowId}`;

export const seal = (key: Buffer, table: string, column: string, rowId: string, value: string) =>
  sealField(key, value, placeOf(table, column, rowId));
export const unseal = (key: Buffer, table: string, column: string, rowId: string, sealed: string) =>
  openField(key, sealed, placeOf(table, column, rowId));
export const unsealOrNull = (
  key: Buffer,
  table: string,
  column: string,
  rowId: string,
  sealed: string | null,
) => (sealed === null ? null : unseal(key, table, column, rowId, sealed));

export interface PersonData {
  name: string;
  bsn?: string | undefined;
  birthDate: string;
  address: string;
}

export function sealPerson(
  key: Buffer,
  idx: BlindIndexKeys,
  caseId: string,
  position: number,
  p: PersonData,
) {
  const id = newId();
  const s = (column: string, value: string) => seal(key, 'case_persons', column, id, value);
  return {
    id,
    case_id: caseId,
    position,
    name_enc: s('name', p.name),
    bsn_enc: p.bsn ? s('bsn', p.bsn) : null,
    birth_date_enc: s('birth_date', p.birthDate),
    address_enc: s('address', p.address),
    bsn_index: p.bsn ? bsnIndex(idx, p.bsn) : null,
    name_birth_index: nameAndBirthDateIndex(idx, p.name, p.birthDate),
  };
}

export interface SealedPerson {
  id: string;
  name_enc: string;
  bsn_enc: string | null;
  birth_date_enc: string;
  address_enc: string;
}

export function openPerson(key: Buffer, row: SealedPerson) {
  const o = (column: string, sealed: string) => unseal(key, 'case_persons', column, row.id, sealed);
  return {
    id: row.id,
    name: o('name', row.name_enc),
    bsn: row.bsn_enc === null ? null : o('bsn', row.bsn_enc),
    birthDate: o('birth_date', row.birth_date_enc),
    address: o('address', row.address_enc),
  };
}
