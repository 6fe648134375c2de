/**
 * Every kind of notification the server can send has words in the web app (issue 5 §10: a
 * notification carries a kind the interface translates, never a raw code). The kinds are read from
 * the source: every `kind:` property in src/modules (a notification's kind is a dotted code,
 * 'case.submitted'), and, in a file that passes notify() a kind by variable, every dotted code in
 * that file. The web app must list each (web/src/pages/cases/notificationKinds.ts) and both
 * locale files must translate each under `cases.notifications.kinds`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindKey, NOTIFICATION_KINDS } from '../../../web/src/pages/cases/notificationKinds.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const DOTTED = /'([a-z][a-z0-9]*(?:-[a-z0-9]+)*\.[a-z][a-z0-9]*(?:-[a-z0-9]+)*)'/g;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The kinds the server sends, as far as the source shows them. */
function sentKinds(): Set<string> {
  const out = new Set<string>();
  for (const file of sources(join(ROOT, 'src', 'modules'))) {
    const text = readFileSync(file, 'utf8');
    for (const [, expr] of text.matchAll(/\bkind:\s*([^\n]*)/g))
      for (const [, kind] of (expr ?? '').matchAll(DOTTED)) out.add(kind as string);
    // notify(trx, { …, kind, … }): the kind comes from a table in the same file.
    if (text.includes('notify(') && /notify\(trx, \{[^}]*\bkind\s*[,}]/.test(text))
      for (const [, kind] of text.matchAll(DOTTED)) out.add(kind as string);
  }
  return out;
}

const locale = (lang: string) =>
  JSON.parse(readFileSync(join(ROOT, 'web', 'src', 'i18n', 'locales', `cases.${lang}.json`), 'utf8')) as {
    notifications: { kinds: Record<string, string> };
  };

describe('notification kinds', () => {
  const sent = sentKinds();

  it('finds the kinds in the source (the scan itself works)', () => {
    for (const k of ['case.submitted', 'case.picked-up', 'case.conference-invited', 'disclosure.refused'])
      expect(sent, k).toContain(k);
  });

  it('lists every kind the server sends in the web app', () => {
    const known: readonly string[] = NOTIFICATION_KINDS;
    expect([...sent].filter((k) => !known.includes(k)).sort()).toEqual([]);
  });

  it.each(['nl', 'en'])('translates every listed kind in cases.%s.json', (lang) => {
    const kinds = locale(lang).notifications.kinds;
    const missing = NOTIFICATION_KINDS.filter((k) => !kinds[kindKey(k) ?? '']?.trim());
    expect(missing).toEqual([]);
    expect(kinds.other?.trim()).toBeTruthy();
  });

  it('keeps translation keys distinct and unnested', () => {
    const keys = NOTIFICATION_KINDS.map((k) => kindKey(k));
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z0-9-]+$/);
    expect(kindKey('case.unknown')).toBeNull();
  });
});
