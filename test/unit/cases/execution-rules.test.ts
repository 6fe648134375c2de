/**
 * The pure rules of execution and de-escalation (Art. 1.10, 13.2): overdue actions, who moves an
 * action to which status, the completeness of the scrub decisions, and the retention date, which
 * must agree with the retention engine's cutoff (property-based, fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDecisions, retentionUntil } from '../../../src/modules/cases/deescalation/rules.js';
import {
  actionStatuses,
  checkStatusChange,
  daysOverdue,
  isOverdue,
  localDate,
} from '../../../src/modules/cases/execution/rules.js';
import { cutoffFor } from '../../../src/platform/retention/rules.js';

describe('overdue actions (Art. 13.2)', () => {
  it('is overdue only after the due date, and only while open or in progress', () => {
    expect(isOverdue('open', '2025-03-03', '2025-03-04')).toBe(true);
    expect(isOverdue('in_progress', '2025-03-03', '2025-03-04')).toBe(true);
    expect(isOverdue('open', '2025-03-04', '2025-03-04')).toBe(false);
    expect(isOverdue('done', '2025-01-01', '2025-03-04')).toBe(false);
    expect(isOverdue('cancelled', '2025-01-01', '2025-03-04')).toBe(false);
    expect(daysOverdue('2025-02-27', '2025-03-02')).toBe(3);
    expect(daysOverdue('2025-03-30', '2025-03-31')).toBe(1); // across the switch to summer time
    expect(daysOverdue('2025-03-05', '2025-03-04')).toBe(0);
  });

  it("takes today's date from the house's wall clock", () => {
    // 23:30 UTC on 31 March is already 1 April in Amsterdam (summer time).
    expect(localDate(new Date('2025-03-31T23:30:00Z'), 'Europe/Amsterdam')).toBe('2025-04-01');
    expect(localDate(new Date('2025-03-31T21:30:00Z'), 'Europe/Amsterdam')).toBe('2025-03-31');
  });
});

describe('action status changes (Art. 8.5, 13.2)', () => {
  const coordinator = { isCoordinator: true, ofOwnerParty: false };
  const owner = { isCoordinator: false, ofOwnerParty: true };
  const stranger = { isCoordinator: false, ofOwnerParty: false };

  it('lets the coordinator make any change, the owner party all but cancelling, others nothing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...actionStatuses), fc.constantFrom(...actionStatuses), (from, to) => {
        const same = from === to;
        expect(checkStatusChange(coordinator, from, to).ok).toBe(!same);
        const touchesCancel = from === 'cancelled' || to === 'cancelled';
        expect(checkStatusChange(owner, from, to).ok).toBe(!same && !touchesCancel);
        expect(checkStatusChange(stranger, from, to)).toMatchObject({ ok: false, code: 'not-allowed' });
      }),
    );
  });
});

describe('scrub decisions (Art. 1.10)', () => {
  const elements = [
    { type: 'person', id: 'p1' },
    { type: 'action', id: 'a1' },
  ];
  it('must cover every element once, and keeping needs a reason', () => {
    expect(
      checkDecisions(elements, [
        { type: 'person', id: 'p1', decision: 'remove' },
        { type: 'action', id: 'a1', decision: 'keep', reason: 'Lopende zaak' },
      ]),
    ).toBeNull();
    expect(checkDecisions(elements, [{ type: 'person', id: 'p1', decision: 'remove' }])).toContain(
      'ontbreekt',
    );
    expect(
      checkDecisions(elements, [
        { type: 'person', id: 'p1', decision: 'remove' },
        { type: 'action', id: 'a1', decision: 'keep', reason: '  ' },
      ]),
    ).toContain('reden');
    expect(
      checkDecisions(elements, [
        { type: 'person', id: 'p1', decision: 'remove' },
        { type: 'person', id: 'p1', decision: 'remove' },
        { type: 'action', id: 'a1', decision: 'remove' },
      ]),
    ).toContain('dubbel');
    expect(
      checkDecisions(elements, [
        { type: 'person', id: 'p1', decision: 'remove' },
        { type: 'action', id: 'a1', decision: 'remove' },
        { type: 'action', id: 'elders', decision: 'remove' },
      ]),
    ).toContain('onbekend');
  });
});

describe('retention date (Art. 1.10, 15.3)', () => {
  it('is the first moment the retention engine finds the dossier due', () => {
    const instant = fc
      .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2040, 0, 1) })
      .map((ms) => new Date(ms).toISOString());
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 120 }), (closedAt, months) => {
        const until = retentionUntil(closedAt, months);
        expect(cutoffFor(new Date(until), months) >= closedAt).toBe(true);
        expect(cutoffFor(new Date(Date.parse(until) - 1), months) < closedAt).toBe(true);
      }),
      { numRuns: 2000 },
    );
    expect(retentionUntil('2025-01-31T10:00:00.000Z', 1)).toBe('2025-03-01T00:00:00.000Z');
    expect(retentionUntil('2025-05-15T10:00:00.000Z', 24)).toBe('2027-05-15T10:00:00.000Z');
  });
});
