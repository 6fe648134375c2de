/** Settings are validated at start-up; a bad value is refused with a message naming the key. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadSettings } from '../../src/platform/config/env.js';

function refusal(env: Record<string, string>): ConfigError {
  try {
    loadSettings(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected the settings to be refused');
}

describe('settings', () => {
  it('has working defaults: demo mode, port 3000, SQLite under ./data', () => {
    const s = loadSettings({});
    expect(s).toMatchObject({ KETENHUIS_MODE: 'demo', PORT: 3000, DATABASE_URL: './data/ketenhuis.sqlite' });
  });

  it.each([
    ['PORT', 'drieduizend'],
    ['PORT', '70000'],
    ['KETENHUIS_MODE', 'test'],
    ['DATABASE_URL', 'mysql://root@localhost/ketenhuis'],
    ['LOG_LEVEL', 'loud'],
    ['BODY_LIMIT', '10'],
    ['TRUST_PROXY', 'maybe'],
    ['PUBLIC_URL', 'not a url'],
  ])('refuses %s=%s naming the key', (key, value) => {
    const err = refusal({ [key]: value });
    expect(err.keys).toContain(key);
    expect(err.message).toContain(key);
  });

  it('reads a config file, lets the environment win, and refuses unknown keys in it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ketenhuis-cfg-'));
    const good = join(dir, 'good.yaml');
    writeFileSync(good, 'PORT: 4000\nLOG_LEVEL: warn\n');
    expect(loadSettings({ KETENHUIS_CONFIG_FILE: good })).toMatchObject({ PORT: 4000, LOG_LEVEL: 'warn' });
    expect(loadSettings({ KETENHUIS_CONFIG_FILE: good, PORT: '5000' }).PORT).toBe(5000);
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'PORTT: 4000\n');
    expect(refusal({ KETENHUIS_CONFIG_FILE: bad }).message).toContain('PORTT');
    expect(refusal({ KETENHUIS_CONFIG_FILE: join(dir, 'missing.yaml') }).keys).toContain(
      'KETENHUIS_CONFIG_FILE',
    );
  });
});
