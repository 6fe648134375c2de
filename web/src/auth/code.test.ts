/** Tests the clean-up of typed codes, the grouped secret and the QR image URL. */
import { describe, expect, it } from 'vitest';
import { groupSecret, isWellFormedCode, normaliseCode, svgDataUrl } from './code';

describe('normaliseCode', () => {
  it('strips spaces and dashes from authenticator codes', () => {
    expect(normaliseCode('totp', ' 123 456 ')).toBe('123456');
    expect(normaliseCode('totp', '123-456')).toBe('123456');
  });

  it('lower-cases recovery codes and drops spaces', () => {
    expect(normaliseCode('recovery', 'ABCD-EFGH-JKMN')).toBe('abcd-efgh-jkmn');
    expect(normaliseCode('recovery', ' abcd efgh jkmn ')).toBe('abcdefghjkmn');
    expect(normaliseCode('recovery', 'abcd\u2013efgh')).toBe('abcd-efgh');
  });
});

describe('isWellFormedCode', () => {
  it('wants exactly six digits from the app', () => {
    expect(isWellFormedCode('totp', '123456')).toBe(true);
    expect(isWellFormedCode('totp', '12345')).toBe(false);
    expect(isWellFormedCode('totp', '12345a')).toBe(false);
  });

  it('accepts recovery codes of letters and digits in groups', () => {
    expect(isWellFormedCode('recovery', 'abcd-efgh-jkmn')).toBe(true);
    expect(isWellFormedCode('recovery', 'abc')).toBe(false);
    expect(isWellFormedCode('recovery', 's9cc-bswg-ecjn-uxru-sh4p-be2g')).toBe(true);
    expect(isWellFormedCode('recovery', '-abcd-efgh')).toBe(false);
    expect(isWellFormedCode('recovery', 'x'.repeat(33))).toBe(false);
    expect(isWellFormedCode('recovery', 'abcd efgh')).toBe(false);
  });
});

describe('groupSecret', () => {
  it('groups a base32 secret in fours', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP');
    expect(groupSecret('jbswy3dpehpk3pxpab==')).toBe('JBSW Y3DP EHPK 3PXP AB');
    expect(groupSecret('')).toBe('');
  });
});

describe('svgDataUrl', () => {
  it('encodes the markup (also non-ASCII) as base64', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><title>Ketenhuis – QR</title></svg>';
    const url = svgDataUrl(svg);
    expect(url.startsWith('data:image/svg+xml;base64,')).toBe(true);
    const decoded = Buffer.from(url.slice('data:image/svg+xml;base64,'.length), 'base64').toString('utf8');
    expect(decoded).toBe(svg);
  });
});
