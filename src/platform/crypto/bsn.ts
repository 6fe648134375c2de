/**
 * The burgerservicenummer (BSN) check: nine digits that pass the elfproef. Used to refuse typing
 * errors before a BSN is pseudonymised; a BSN itself is never stored or logged.
 */

/**
 * True when `value` is nine digits, not all zeros, and 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11).
 *
 * @example isValidBsn('111222333') // true
 */
export function isValidBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value) || value === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(value[i]);
  sum -= Number(value[8]);
  return sum % 11 === 0;
}
