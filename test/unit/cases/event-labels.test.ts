/**
 * Every type of timeline event the server can record (CASE_EVENT_TYPES, the only types
 * recordEvent accepts) has a label in both languages, so the timeline never shows
 * "Gebeurtenis: conference-held". The web app labels exactly the keys under
 * `cases.timeline.types` (web/src/pages/cases/eventTypes.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASE_EVENT_TYPES } from '../../../src/modules/cases/events.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const labels = (lang: string) =>
  (
    JSON.parse(readFileSync(join(ROOT, 'web', 'src', 'i18n', 'locales', `cases.${lang}.json`), 'utf8')) as {
      timeline: { types: Record<string, string> };
    }
  ).timeline.types;

describe('timeline event labels', () => {
  it.each(['nl', 'en'])('cases.%s.json labels every event type the server records', (lang) => {
    const types = labels(lang);
    expect(CASE_EVENT_TYPES.filter((type) => !types[type]?.trim())).toEqual([]);
    expect(types.other).toContain('{{type}}');
  });

  it('lists each type once, none called "other" (the fallback label)', () => {
    expect(new Set(CASE_EVENT_TYPES).size).toBe(CASE_EVENT_TYPES.length);
    expect(CASE_EVENT_TYPES as readonly string[]).not.toContain('other');
  });
});
