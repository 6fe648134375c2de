/** The password policy: length, the common-passwords list, personal words, repetition; no composition rules. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkPassword,
  commonPasswordList,
  commonPasswordsPath,
  PASSWORD_MIN_LENGTH,
  personalWords,
} from '../../../src/modules/identity/rules/password-policy.js';

const none = {};
const jan = { email: 'jan.de.vries@gemeente.example.nl', displayName: 'Jan de Vries' };

describe('PASSWORD_MIN_LENGTH', () => {
  it('is 12', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(12);
  });
});

describe('checkPassword: length', () => {
  it('accepts exactly 12 and refuses 11 characters', () => {
    expect(checkPassword('tulp kaas ui', none)).toEqual({ ok: true });
    expect(checkPassword('tulp kaas u', none)).toEqual({ ok: false, reasons: ['too-short'] });
  });

  it('accepts exactly 128 and refuses 129 characters', () => {
    const base = 'Zeven zwarte zwanen zwemmen zachtjes door de Hofvijver, ';
    const s128 = (base + base + base).slice(0, 128);
    expect([...s128]).toHaveLength(128);
    expect(checkPassword(s128, none)).toEqual({ ok: true });
    expect(checkPassword(`${s128}x`, none)).toEqual({ ok: false, reasons: ['too-long'] });
  });

  it('counts Unicode code points, not UTF-16 units', () => {
    // 11 emoji are 22 UTF-16 code units but 11 code points: too short.
    const elevenEmoji = '🐎🔋📎🌷🧀🚲🌊🏠🔑🌍🐝';
    expect([...elevenEmoji]).toHaveLength(11);
    expect(elevenEmoji.length).toBe(22);
    expect(checkPassword(elevenEmoji, none)).toEqual({ ok: false, reasons: ['too-short'] });
    expect(checkPassword(`${elevenEmoji}🌙`, none)).toEqual({ ok: true });
  });

  it('counts after NFKC normalisation', () => {
    // 'ﬁ' (one code point) becomes 'fi' (two): 11 typed code points count as 12.
    const typed = 'ﬁetsenstall';
    expect([...typed]).toHaveLength(11);
    expect(checkPassword(typed, none)).toEqual({ ok: true });
    // Combining accents compose: 12 typed code points count as 11.
    const decomposed = 'cre\u0300me brule';
    expect([...decomposed]).toHaveLength(12);
    expect(checkPassword(decomposed, none)).toEqual({ ok: false, reasons: ['too-short'] });
  });

  it('refuses the empty password as too short only', () => {
    expect(checkPassword('', none)).toEqual({ ok: false, reasons: ['too-short'] });
  });
});

describe('checkPassword: no composition rules, any printable character', () => {
  it.each([
    'alleenkleineletters',
    'ALLEENHOOFDLETTERS',
    '839201746352',
    'Ĳsselmeer·Ærø·Ñandú',
    'Привет мир, как дела',
    'ζωή είναι ωραία',
    '日本語の長いパスワードです',
    'كلمة المرور الطويلة',
    '🐎🔋📎✅ paard batterij',
    '!@#%^&*()_+=[]{};:,.<>/?',
  ])('accepts %s', (pw) => {
    expect(checkPassword(pw, none)).toEqual({ ok: true });
  });

  it('accepts a 64-character passphrase with spaces', () => {
    const phrase = 'de fietsenmaker in Loosduinen repareert op dinsdag alleen banden';
    expect([...phrase]).toHaveLength(64);
    expect(checkPassword(phrase, jan)).toEqual({ ok: true });
  });
});

describe('checkPassword: common passwords', () => {
  it('refuses "Welkom2024!" as common', () => {
    expect(checkPassword('Welkom2024!', none)).toEqual({ ok: false, reasons: ['too-short', 'common'] });
  });

  it.each([
    'wachtwoord2024!',
    'Wachtwoord123456',
    'WACHTWOORD',
    'qwertyuiop123',
    'Feyenoord1908!!',
    'ketenhuis2025!',
    'Veiligheidshuis1',
    'zorgenveiligheid',
    'Haaglanden2030',
    'password123456789',
    'P@ssw0rd12345',
    'W3lk0m2024!!',
    'wacht woord 2024',
    '1qaz2wsx3edc',
    'azertyuiop12',
    'correct horse battery staple',
    'correcthorsebatterystaple',
    '123456789012',
  ])('refuses %s', (pw) => {
    const result = checkPassword(pw, none);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.reasons).toContain('common');
  });

  it('does not refuse a long password merely for starting with a common word', () => {
    expect(checkPassword('welkom bij de koffieautomaat', none)).toEqual({ ok: true });
    expect(checkPassword('geheimzinnige gebeurtenis', none)).toEqual({ ok: true });
  });
});

describe('checkPassword: personal information', () => {
  it('refuses the email local part or a name part of 4+ characters, case-insensitively', () => {
    expect(checkPassword('ik ben JAN.DE.VRIES!', jan)).toEqual({ ok: false, reasons: ['contains-personal'] });
    expect(checkPassword('tulpen van Vries 1983', jan)).toEqual({
      ok: false,
      reasons: ['contains-personal'],
    });
    expect(checkPassword('tulpen van V r i e s 83', jan)).toEqual({
      ok: false,
      reasons: ['contains-personal'],
    });
    expect(
      checkPassword('Oosterhuis-zonnebloem', {
        email: 'p.oosterhuis@zvh.example',
        displayName: 'Petra Oosterhuis',
      }),
    ).toEqual({ ok: false, reasons: ['contains-personal'] });
  });

  it('ignores personal words shorter than four characters', () => {
    // "jan" and "de" are too short to refuse on.
    expect(checkPassword('januari de regenmaand', jan)).toEqual({ ok: true });
  });

  it('works without context', () => {
    expect(checkPassword('tulpen van Vries 1983', none)).toEqual({ ok: true });
    expect(checkPassword('tulpen van Vries 1983', { email: '', displayName: '' })).toEqual({ ok: true });
  });

  it('derives the personal words', () => {
    expect(personalWords(jan).sort()).toEqual(['jan.de.vries', 'vries']);
    expect(
      personalWords({
        email: 'Anne-Marie.Jansen+zvh@x.nl',
        displayName: "Anne-Marie 'Jansen' d'Ancona",
      }).sort(),
    ).toEqual(['ancona', 'anne', 'anne-marie.jansen+zvh', 'jansen', 'marie']);
    expect(personalWords({})).toEqual([]);
  });
});

describe('checkPassword: repetition and sequences', () => {
  it.each([
    'aaaaaaaaaaaa',
    'aaaaaaabcdefg',
    'x x x x x x x x',
    'abcdefghijklmn',
    'ABCDEFGHIJKL',
    'lkjihgfedcba',
    'xyzabcdefghi',
    '987654321098',
    'abcabcabcabc',
    'jajajajajajaja',
  ])('refuses %s', (pw) => {
    const result = checkPassword(pw, none);
    expect(result.ok ? [] : result.reasons).toContain('repetitive');
  });

  it('refuses "123456789012" as a sequence and as common', () => {
    expect(checkPassword('123456789012', none)).toEqual({ ok: false, reasons: ['common', 'repetitive'] });
    expect(checkPassword('234567890123', none)).toEqual({ ok: false, reasons: ['repetitive'] });
  });

  it('refuses a password that is one unit typed several times, and looks the unit up as common', () => {
    expect(checkPassword('Welkom2024!Welkom2024!', none)).toEqual({
      ok: false,
      reasons: ['common', 'repetitive'],
    });
    expect(checkPassword('welkom welkom welkom', none)).toEqual({
      ok: false,
      reasons: ['common', 'repetitive'],
    });
    expect(checkPassword('Zq8#mV2!pL0xZq8#mV2!pL0x', none)).toEqual({ ok: false, reasons: ['repetitive'] });
    expect(checkPassword('Zq8#mV2!pL0xZq8#mV2!pL0', none)).toEqual({ ok: true });
  });

  it('allows a character up to half the length', () => {
    expect(checkPassword('aaaaaabcdefz', none)).toEqual({ ok: true }); // 6 of 12
    expect(checkPassword('aaaaaaabcdef', none)).toEqual({ ok: false, reasons: ['repetitive'] }); // 7 of 12
  });
});

describe('checkPassword: several problems at once', () => {
  it('reports every reason, in a fixed order', () => {
    expect(checkPassword('vries', jan)).toEqual({ ok: false, reasons: ['too-short', 'contains-personal'] });
    expect(checkPassword('aaaa', none)).toEqual({ ok: false, reasons: ['too-short', 'repetitive'] });
    expect(checkPassword('1234', none)).toEqual({
      ok: false,
      reasons: ['too-short', 'common', 'repetitive'],
    });
  });
});

describe('the common-passwords list', () => {
  const list = commonPasswordList();

  it('is loaded from config/common-passwords.txt at the package root', () => {
    expect(commonPasswordsPath().replaceAll('\\', '/')).toMatch(/\/config\/common-passwords\.txt$/);
    expect(commonPasswordList()).toBe(list); // loaded once
  });

  it('has at least 2,000 entries, including the required Dutch and context words', () => {
    expect(list.size).toBeGreaterThanOrEqual(2000);
    for (const w of [
      '123456',
      'password',
      'qwerty',
      'welkom',
      'wachtwoord',
      'geheim',
      'voetbal',
      'ajax',
      'feyenoord',
      'psv',
      'zomer',
      'winter',
      'lente',
      'herfst',
      'maandag',
      'zondag',
      'rotterdam',
      'zoetermeer',
      'ketenhuis',
      'veiligheidshuis',
      'zorgenveiligheid',
      'haaglanden',
      'denhaag',
      'gemeente',
      'politie',
      'qwertyuiop',
      'azertyuiop',
      '1qaz2wsx',
      'welkom1990',
      'welkom2030',
      'wachtwoord123',
      'voetbal12345',
      'geheim!',
      'zomer01',
    ]) {
      expect(list.has(w), w).toBe(true);
    }
  });

  it('holds at least 3,000 entries of 12+ characters (ASVS 5.0 V6.2.4)', () => {
    expect([...list].filter((w) => [...w].length >= PASSWORD_MIN_LENGTH).length).toBeGreaterThanOrEqual(3000);
  });

  it('is a sorted, deduplicated, lower-case file with a # header', () => {
    const lines = readFileSync(commonPasswordsPath(), 'utf8').split('\n');
    expect(lines[0]).toMatch(/^# /);
    expect(lines.at(-1)).toBe('');
    const entries = lines.filter((l) => l !== '' && !l.startsWith('#'));
    expect(entries).toHaveLength(list.size);
    expect(entries).toEqual([...entries].sort());
    for (const e of entries) {
      expect(e).toBe(e.normalize('NFKC').toLowerCase().trim());
    }
    expect(list.has('# common and context-specific passwords')).toBe(false);
  });
});
