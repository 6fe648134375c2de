/**
 * The master key (32 bytes) from which Ketenhuis derives its encryption keys. It comes from
 * KETENHUIS_MASTER_KEY (base64) or KETENHUIS_MASTER_KEY_FILE. Only in demo mode, when neither is
 * set, a key is generated into the data folder — with a loud warning, because whoever holds that
 * file and the database can read everything.
 */

import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigError, type Settings } from '../config/env.js';

function parseKey(text: string, source: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) {
    throw new ConfigError(
      `${source}: verwacht 32 bytes in base64 (maak er een met: openssl rand -base64 32)`,
      [source],
    );
  }
  return key;
}

export function loadMasterKey(settings: Settings, warn: (line: string) => void = console.warn): Buffer {
  if (settings.KETENHUIS_MASTER_KEY) return parseKey(settings.KETENHUIS_MASTER_KEY, 'KETENHUIS_MASTER_KEY');
  if (settings.KETENHUIS_MASTER_KEY_FILE) {
    const path = resolve(settings.KETENHUIS_MASTER_KEY_FILE);
    if (!existsSync(path))
      throw new ConfigError(`KETENHUIS_MASTER_KEY_FILE: ${path} bestaat niet`, ['KETENHUIS_MASTER_KEY_FILE']);
    return parseKey(readFileSync(path, 'utf8'), 'KETENHUIS_MASTER_KEY_FILE');
  }
  if (settings.KETENHUIS_MODE !== 'demo') {
    throw new ConfigError(
      'KETENHUIS_MASTER_KEY: productie vraagt een hoofdsleutel (KETENHUIS_MASTER_KEY of KETENHUIS_MASTER_KEY_FILE)',
      ['KETENHUIS_MASTER_KEY'],
    );
  }
  const base =
    settings.DATABASE_URL.startsWith('postgres') || settings.DATABASE_URL === ':memory:'
      ? './data/x'
      : settings.DATABASE_URL;
  const path = resolve(dirname(resolve(base)), 'demo-master.key');
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
    chmodSync(path, 0o600);
    warn(
      `\n!!! DEMO: geen hoofdsleutel ingesteld; er is er een gemaakt in ${path}.\n!!! Wie dit bestand en de database heeft, kan alles lezen. Nooit gebruiken voor echte gegevens.\n`,
    );
  }
  return parseKey(readFileSync(path, 'utf8'), 'KETENHUIS_MASTER_KEY_FILE');
}
