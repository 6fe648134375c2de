/** The pure rules of citing information in the action plan (Art. 16.2; rules/action-plan.ts). */
import { describe, expect, it } from 'vitest';
import { citationChange, usableInActionPlan } from '../../../src/modules/information/rules/action-plan.js';

const now = '2026-03-01T12:00:00.000Z';
const live = { useInActionPlan: true, withdrawnAt: null, expiresAt: null };

describe('usableInActionPlan (Art. 16.2)', () => {
  it('allows an item only while its provider allows it and it is live', () => {
    expect(usableInActionPlan(live, now)).toBe(true);
    expect(usableInActionPlan({ ...live, expiresAt: '2026-03-02T00:00:00.000Z' }, now)).toBe(true);
    expect(usableInActionPlan({ ...live, useInActionPlan: false }, now)).toBe(false);
    expect(usableInActionPlan({ ...live, withdrawnAt: '2026-02-01T00:00:00.000Z' }, now)).toBe(false);
    expect(usableInActionPlan({ ...live, expiresAt: now }, now)).toBe(false);
    expect(usableInActionPlan({ ...live, expiresAt: '2026-02-01T00:00:00.000Z' }, now)).toBe(false);
  });
});

describe('citationChange', () => {
  it('replaces only the citations the caller can see and keeps the others', () => {
    // The caller sees a and b; c is cited but invisible to them.
    const change = citationChange(['a', 'b', 'c'], new Set(['a', 'b']), ['a', 'd']);
    expect(change).toEqual({ add: ['d'], remove: ['b'] });
    expect(citationChange(['a', 'c'], new Set(['a']), [])).toEqual({ add: [], remove: ['a'] });
    expect(citationChange([], new Set(), ['x', 'x'])).toEqual({ add: ['x'], remove: [] });
    expect(citationChange(['c'], new Set(), ['c'])).toEqual({ add: [], remove: [] });
  });
});
