/**
 * Which party may provide police (Wpg) and judicial (Wjsg) data (Art. 15.2; rules/regime.ts), and the
 * `regimes` of a party in the house configuration that feeds it (docs/privacy.md, known gap 4).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import {
  checkRegime,
  lawOf,
  parseSpecialRegimes,
  providableRegimes,
} from '../../../src/modules/information/rules/regime.js';
import { houseConfigSchema } from '../../../src/platform/config/house-config.js';
import {
  defaultHouseConfigPath,
  HouseConfigError,
  loadHouseConfig,
} from '../../../src/platform/config/load-house-config.js';

describe('checkRegime (Art. 15.2)', () => {
  it('leaves ordinary and special-category data open to every party', () => {
    for (const allowed of [[], ['wpg'], ['wjsg'], ['wpg', 'wjsg']] as const) {
      expect(checkRegime('gewoon', allowed)).toBeNull();
      expect(checkRegime('bijzonder', allowed)).toBeNull();
    }
  });

  it('allows police data only with wpg and judicial data only with wjsg', () => {
    expect(checkRegime('politie', ['wpg'])).toBeNull();
    expect(checkRegime('justitieel', ['wjsg'])).toBeNull();
    expect(checkRegime('politie', ['wpg', 'wjsg'])).toBeNull();
    expect(checkRegime('justitieel', ['wpg'])).toEqual({
      code: 'regime-not-allowed',
      reason: 'Uw partij mag geen justitiële en strafvorderlijke gegevens (Wjsg) verstrekken (Art. 15.2).',
    });
    expect(checkRegime('politie', [])).toEqual({
      code: 'regime-not-allowed',
      reason: 'Uw partij mag geen politiegegevens (Wpg) verstrekken (Art. 15.2).',
    });
    expect(checkRegime('politie', ['wjsg'])?.code).toBe('regime-not-allowed');
  });

  it('words the refusal for a note of the house, whose controller is the centrumgemeente', () => {
    expect(checkRegime('politie', [], 'house')?.reason).toMatch(
      /^Het Zorg- en Veiligheidshuis \(verwerkingsverantwoordelijke: de centrumgemeente\) mag geen politiegegevens/,
    );
  });

  it('maps each regime to the law it needs', () => {
    expect(lawOf('gewoon')).toBeNull();
    expect(lawOf('bijzonder')).toBeNull();
    expect(lawOf('politie')).toBe('wpg');
    expect(lawOf('justitieel')).toBe('wjsg');
  });

  it('lists the regimes a party may provide, in display order', () => {
    expect(providableRegimes([])).toEqual(['gewoon', 'bijzonder']);
    expect(providableRegimes(['wpg'])).toEqual(['gewoon', 'bijzonder', 'politie']);
    expect(providableRegimes(['wjsg'])).toEqual(['gewoon', 'bijzonder', 'justitieel']);
    expect(providableRegimes(['wjsg', 'wpg'])).toEqual(['gewoon', 'bijzonder', 'politie', 'justitieel']);
  });

  it('reads the stored column, and anything unreadable or unknown as none (deny by default)', () => {
    expect(parseSpecialRegimes('["wpg","wjsg"]')).toEqual(['wpg', 'wjsg']);
    expect(parseSpecialRegimes('["wjsg"]')).toEqual(['wjsg']);
    expect(parseSpecialRegimes('[]')).toEqual([]);
    expect(parseSpecialRegimes(null)).toEqual([]);
    expect(parseSpecialRegimes(undefined)).toEqual([]);
    expect(parseSpecialRegimes('not json')).toEqual([]);
    expect(parseSpecialRegimes('{"wpg":true}')).toEqual([]);
    expect(parseSpecialRegimes('["politie","WPG"]')).toEqual([]);
  });
});

describe('the regimes of a party in the house configuration', () => {
  const cfg = loadHouseConfig(defaultHouseConfigPath());
  const regimesOf = (key: string) => cfg.parties.find((p) => p.key === key)?.regimes;

  it('gives the police Wpg and the OM Wpg and Wjsg; municipalities and care parties none', () => {
    expect(regimesOf('politie-den-haag')).toEqual(['wpg']);
    expect(regimesOf('openbaar-ministerie')).toEqual(['wpg', 'wjsg']);
    for (const p of cfg.parties.filter((x) => x.kind === 'gemeente' || x.domain === 'care'))
      expect(p.regimes, p.key).toEqual([]);
    // Only the police and the OM provide special justice regimes in Haaglanden.
    expect(cfg.parties.filter((p) => p.regimes.length > 0).map((p) => p.key)).toEqual([
      'politie-den-haag',
      'openbaar-ministerie',
    ]);
  });

  const dir = mkdtempSync(join(tmpdir(), 'ketenhuis-regimes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses an unknown regime value, and a regime named twice', () => {
    const changed = structuredClone(cfg);
    (changed.parties[0] as { regimes: string[] }).regimes = ['politie'];
    (changed.parties[1] as { regimes: string[] }).regimes = ['wpg', 'wpg'];
    const file = join(dir, 'unknown-regime.yaml');
    writeFileSync(file, stringify(changed));
    let error: unknown;
    try {
      loadHouseConfig(file);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(HouseConfigError);
    const e = error as HouseConfigError;
    expect(e.keys).toContain('parties.0.regimes.0');
    expect(e.message).toContain('parties.1.regimes: noem ieder regime één keer');
  });

  it('reads an absent list as none', () => {
    const raw = structuredClone(cfg) as unknown as { parties: Record<string, unknown>[] };
    for (const p of raw.parties) delete p.regimes;
    const parsed = houseConfigSchema.parse(raw);
    expect(parsed.parties.every((p) => p.regimes.length === 0)).toBe(true);
  });
});
