/** RFC 6238 TOTP: test vectors, drift window, replay protection, base32 and the otpauth URI. */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  base32Decode,
  base32Encode,
  currentStep,
  generateTotpSecret,
  otpauthUri,
  qrSvg,
  totpCode,
  verifyTotp,
} from '../../../src/modules/identity/rules/totp.js';

/** RFC 6238 Appendix B: the SHA1 seed is the ASCII string "12345678901234567890". */
const RFC_SECRET = base32Encode(Buffer.from('12345678901234567890', 'ascii'));

/** Appendix B, SHA1 column: Unix time (s) → 8-digit TOTP. Six digits are the last six of these. */
const RFC_VECTORS: Array<[number, string]> = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('base32', () => {
  it('encodes the RFC 4648 test vectors without padding', () => {
    expect(base32Encode(Buffer.from(''))).toBe('');
    expect(base32Encode(Buffer.from('f'))).toBe('MY');
    expect(base32Encode(Buffer.from('fo'))).toBe('MZXQ');
    expect(base32Encode(Buffer.from('foo'))).toBe('MZXW6');
    expect(base32Encode(Buffer.from('foob'))).toBe('MZXW6YQ');
    expect(base32Encode(Buffer.from('fooba'))).toBe('MZXW6YTB');
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(RFC_SECRET).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
  });

  it('decodes, case-insensitively and with optional padding', () => {
    expect(base32Decode('MZXW6YTBOI').toString('ascii')).toBe('foobar');
    expect(base32Decode('mzxw6ytboi').toString('ascii')).toBe('foobar');
    expect(base32Decode('MZXW6YQ=').toString('ascii')).toBe('foob');
    expect(base32Decode('MY======').toString('ascii')).toBe('f');
    expect(base32Decode('').length).toBe(0);
  });

  it('round-trips arbitrary bytes', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Buffer.from(Array.from({ length: n }, (_, i) => (i * 37 + n * 11) & 0xff));
      expect(base32Decode(base32Encode(bytes)).equals(bytes)).toBe(true);
    }
  });

  it('rejects malformed input instead of decoding something else', () => {
    expect(() => base32Decode('MZXW6YT1')).toThrow(/alfabet/); // 1 is not base32
    expect(() => base32Decode('MZXW 6YT')).toThrow(/alfabet/);
    expect(() => base32Decode('MZX')).toThrow(/lengte/); // 3 characters cannot end a byte
    expect(() => base32Decode('M')).toThrow(/lengte/);
    expect(() => base32Decode('MZ')).toThrow(/bits/); // 'f' is MY; MZ leaves a non-zero bit
    expect(() => base32Decode('MZXW6YTBOI!')).toThrow();
  });
});

describe('generateTotpSecret', () => {
  it('is 20 random bytes in unpadded base32', () => {
    const secret = generateTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(secret).length).toBe(20);
    expect(generateTotpSecret()).not.toBe(secret);
  });
});

describe('currentStep', () => {
  it('counts whole 30-second periods since the epoch', () => {
    expect(currentStep(0)).toBe(0);
    expect(currentStep(29_999)).toBe(0);
    expect(currentStep(30_000)).toBe(1);
    expect(currentStep(59_000)).toBe(1);
    expect(currentStep(1_111_111_109_000)).toBe(37_037_036);
    expect(currentStep(20_000_000_000_000)).toBe(666_666_666);
  });
});

describe('totpCode', () => {
  it.each(RFC_VECTORS)('matches RFC 6238 Appendix B at T=%i (last six of %s)', (seconds, eight) => {
    expect(totpCode(RFC_SECRET, currentStep(seconds * 1000))).toBe(eight.slice(-6));
  });

  it('gives the exact six-digit values, keeping leading zeros', () => {
    expect(totpCode(RFC_SECRET, 1)).toBe('287082');
    expect(totpCode(RFC_SECRET, currentStep(1_111_111_109_000))).toBe('081804');
    expect(totpCode(RFC_SECRET, currentStep(1_234_567_890_000))).toBe('005924');
  });

  it('equals an independent RFC 4226 computation', () => {
    const key = Buffer.from('12345678901234567890', 'ascii');
    for (const step of [0, 1, 2, 3, 1000, 55_555_555]) {
      const counter = Buffer.alloc(8);
      counter.writeBigUInt64BE(BigInt(step));
      const mac = createHmac('sha1', key).update(counter).digest();
      const offset = (mac[19] ?? 0) & 0xf;
      const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
      expect(totpCode(RFC_SECRET, step)).toBe(String(value).padStart(6, '0'));
    }
  });

  it('refuses malformed or too short secrets and invalid steps', () => {
    expect(() => totpCode('NOT-BASE32!', 1)).toThrow(/base32/);
    expect(() => totpCode(base32Encode(Buffer.alloc(10, 1)), 1)).toThrow(/128 bits/);
    expect(() => totpCode('', 1)).toThrow(/128 bits/);
    expect(() => totpCode(RFC_SECRET, -1)).toThrow(RangeError);
    expect(() => totpCode(RFC_SECRET, 1.5)).toThrow(RangeError);
  });
});

describe('verifyTotp', () => {
  // T = 1111111111 s is step 37037037, whose code is 050471; neighbouring steps have other codes.
  const now = 1_111_111_111_000;
  const step = currentStep(now);
  const codeAt = (offset: number) => totpCode(RFC_SECRET, step + offset);

  it('accepts the current code and returns its step', () => {
    expect(step).toBe(37_037_037);
    expect(codeAt(0)).toBe('050471');
    expect(verifyTotp(RFC_SECRET, '050471', now, null)).toEqual({ ok: true, step: 37_037_037 });
  });

  it('accepts one step of drift either way and returns the step that matched', () => {
    expect(codeAt(-1)).toBe('081804');
    expect(verifyTotp(RFC_SECRET, codeAt(-1), now, null)).toEqual({ ok: true, step: 37_037_036 });
    expect(verifyTotp(RFC_SECRET, codeAt(1), now, null)).toEqual({ ok: true, step: 37_037_038 });
  });

  it('refuses two steps of drift either way', () => {
    const around = [-2, -1, 0, 1, 2].map(codeAt);
    expect(new Set(around).size).toBe(5); // the codes differ, so the refusals below mean something
    expect(verifyTotp(RFC_SECRET, codeAt(-2), now, null)).toEqual({ ok: false });
    expect(verifyTotp(RFC_SECRET, codeAt(2), now, null)).toEqual({ ok: false });
  });

  it('refuses a replayed step and any step before the last used one', () => {
    const first = verifyTotp(RFC_SECRET, codeAt(0), now, null);
    expect(first).toEqual({ ok: true, step });
    expect(verifyTotp(RFC_SECRET, codeAt(0), now, step)).toEqual({ ok: false });
    expect(verifyTotp(RFC_SECRET, codeAt(0), now + 30_000, step)).toEqual({ ok: false });
    expect(verifyTotp(RFC_SECRET, codeAt(-1), now, step)).toEqual({ ok: false });
    expect(verifyTotp(RFC_SECRET, codeAt(1), now, step)).toEqual({ ok: true, step: step + 1 });
    expect(verifyTotp(RFC_SECRET, codeAt(0), now, step - 1)).toEqual({ ok: true, step });
  });

  it('refuses codes that are not exactly six digits, ignoring spaces', () => {
    expect(verifyTotp(RFC_SECRET, '050 471', now, null)).toEqual({ ok: true, step });
    expect(verifyTotp(RFC_SECRET, ' 050471 ', now, null)).toEqual({ ok: true, step });
    for (const bad of [
      '50471',
      '0504710',
      '050-471',
      '05047a',
      '',
      '      ',
      '٠٥٠٤٧١',
      '050471\u0000',
      '+50471',
    ]) {
      expect(verifyTotp(RFC_SECRET, bad, now, null)).toEqual({ ok: false });
    }
    expect(verifyTotp(RFC_SECRET, '000000', now, null)).toEqual({ ok: false });
  });

  it('never accepts a negative step near the epoch', () => {
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, 0), 0, null)).toEqual({ ok: true, step: 0 });
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, 1), 0, null)).toEqual({ ok: true, step: 1 });
  });

  it('throws on a malformed stored secret rather than failing open', () => {
    expect(() => verifyTotp('0000', '123456', now, null)).toThrow(/base32/);
  });
});

describe('otpauthUri', () => {
  it('builds the key URI with an encoded label and all parameters', () => {
    expect(
      otpauthUri({ secret: RFC_SECRET, accountName: 'j.de.vries@example.nl', issuer: 'Ketenhuis ZVH' }),
    ).toBe(
      'otpauth://totp/Ketenhuis%20ZVH:j.de.vries%40example.nl?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ' +
        '&issuer=Ketenhuis%20ZVH&algorithm=SHA1&digits=6&period=30',
    );
  });

  it('encodes reserved and non-ASCII characters and normalises the secret', () => {
    const uri = otpauthUri({
      secret: RFC_SECRET.toLowerCase(),
      accountName: 'a+b&c=d?@zvh.nl',
      issuer: 'Zorg & Veiligheid ’s-Gravenhage',
    });
    expect(uri).toBe(
      'otpauth://totp/Zorg%20%26%20Veiligheid%20%E2%80%99s-Gravenhage:a%2Bb%26c%3Dd%3F%40zvh.nl' +
        '?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Zorg%20%26%20Veiligheid%20%E2%80%99s-Gravenhage' +
        '&algorithm=SHA1&digits=6&period=30',
    );
    const parsed = new URL(uri);
    expect(parsed.searchParams.get('issuer')).toBe('Zorg & Veiligheid ’s-Gravenhage');
  });

  it('refuses colons, empty names and bad secrets', () => {
    expect(() => otpauthUri({ secret: RFC_SECRET, accountName: 'a:b@x.nl', issuer: 'K' })).toThrow(
      /dubbele punt/,
    );
    expect(() => otpauthUri({ secret: RFC_SECRET, accountName: 'a@x.nl', issuer: 'K:H' })).toThrow(
      /dubbele punt/,
    );
    expect(() => otpauthUri({ secret: RFC_SECRET, accountName: 'a@x.nl', issuer: ' ' })).toThrow(/verplicht/);
    expect(() => otpauthUri({ secret: 'ABC', accountName: 'a@x.nl', issuer: 'K' })).toThrow(/base32/);
  });
});

describe('qrSvg', () => {
  it('renders an SVG QR code', async () => {
    const uri = otpauthUri({ secret: RFC_SECRET, accountName: 'a@x.nl', issuer: 'Ketenhuis' });
    const svg = await qrSvg(uri);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg.trim().endsWith('</svg>')).toBe(true);
    expect(svg).not.toContain('<script');
    expect(await qrSvg(uri)).toBe(svg); // deterministic for the same input
  });
});
