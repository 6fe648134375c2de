/**
 * The timeline labels each event type that has a key under `cases.timeline.types`, and falls
 * back to "Gebeurtenis: <type>" for one it does not know (also for the fallback's own key).
 */
import { describe, expect, it } from 'vitest';
import { enResources, nlResources } from '../../i18n/resources';
import { eventTypeKey } from './eventTypes';

describe('eventTypeKey', () => {
  it('knows the types with a label, in both languages', () => {
    for (const type of ['registered', 'conference-held', 'deescalated', 'disclosure-exported']) {
      const key = eventTypeKey(type);
      expect(key).toBe(type);
      if (key) {
        expect(nlResources.cases.timeline.types[key]).toBeTruthy();
        expect(enResources.cases.timeline.types[key]).toBeTruthy();
      }
    }
  });

  it('does not know other types, nor the fallback key or inherited names', () => {
    for (const type of ['onbekend', 'other', 'toString', '__proto__']) expect(eventTypeKey(type)).toBeNull();
  });
});
