/**
 * The BSN elfproef in the browser, so a typing error is pointed out while the professional is
 * still at the field (the server checks again: src/platform/crypto/bsn.ts). Spaces and dots that
 * people type to group the digits are ignored.
 */

export type BsnCheck = 'empty' | 'valid' | 'not-nine-digits' | 'elfproef';

/** The digits of a BSN as typed: spaces and dots removed. */
export const normaliseBsn = (value: string): string => value.replace(/[\s.]/g, '');

/**
 * Checks a typed BSN: nine digits, not all zeros, 9·d1 + 8·d2 + … + 2·d8 − d9 divisible by 11.
 *
 * @example checkBsn('111 222 333') // 'valid'
 */
export function checkBsn(typed: string): BsnCheck {
  const value = normaliseBsn(typed);
  if (value === '') return 'empty';
  if (!/^\d{9}$/.test(value)) return 'not-nine-digits';
  if (value === '000000000') return 'elfproef';
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(value[i]);
  sum -= Number(value[8]);
  return sum % 11 === 0 ? 'valid' : 'elfproef';
}
