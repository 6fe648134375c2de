/**
 * Guards the translations: the Dutch and English locale files must have exactly the same keys,
 * at every level, and every value must be a non-empty string.
 */
import { describe, expect, it } from 'vitest';
import { enResources as en, nlResources as nl } from './resources';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of flatten(value, path)) out.set(k, v);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

const locales = { nl: flatten(nl as Tree), en: flatten(en as Tree) };

describe('locale files', () => {
  it('have identical key sets', () => {
    const nlKeys = [...locales.nl.keys()].sort();
    const enKeys = [...locales.en.keys()].sort();
    expect(
      enKeys.filter((k) => !locales.nl.has(k)),
      'keys only in en.json',
    ).toEqual([]);
    expect(
      nlKeys.filter((k) => !locales.en.has(k)),
      'keys only in nl.json',
    ).toEqual([]);
  });

  it.each(Object.entries(locales))('%s has only non-empty string values', (_language, entries) => {
    const bad = [...entries].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
    expect(bad).toEqual([]);
  });
});
