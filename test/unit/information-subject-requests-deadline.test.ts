/** The deadline of a data-subject request (AVG Art. 12.3): pure calendar rules. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  deadlineState,
  dueOn,
  extendedDueOn,
  extensionRefusal,
  receiptRefusal,
} from '../../src/modules/information/subject-requests/rules/deadline.js';

describe('data-subject request deadline (Art. 12.3 AVG)', () => {
  it('is one month from receipt, clamped to the end of a shorter month', () => {
    expect(dueOn('2025-03-10')).toBe('2025-04-10');
    expect(dueOn('2025-01-31')).toBe('2025-02-28');
    expect(dueOn('2024-01-31')).toBe('2024-02-29');
    expect(dueOn('2025-12-15')).toBe('2026-01-15');
    expect(extendedDueOn('2025-02-28')).toBe('2025-04-28');
    expect(addMonths('2025-08-31', -6)).toBe('2025-02-28');
  });

  it('always lands on a real date after the receipt, within 31 days', () => {
    const dates = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true });
    fc.assert(
      fc.property(dates, (d) => {
        const received = d.toISOString().slice(0, 10);
        const due = dueOn(received);
        const days = (Date.parse(due) - Date.parse(received)) / 86_400_000;
        return !Number.isNaN(Date.parse(due)) && days >= 28 && days <= 31;
      }),
    );
  });

  it('reports on time, due soon, overdue and closed', () => {
    const d = { dueOn: '2025-04-10', extendedDueOn: null };
    expect(deadlineState(d, true, '2025-03-20')).toBe('on-time');
    expect(deadlineState(d, true, '2025-04-03')).toBe('due-soon');
    expect(deadlineState(d, true, '2025-04-10')).toBe('due-soon');
    expect(deadlineState(d, true, '2025-04-11')).toBe('overdue');
    expect(deadlineState(d, false, '2025-05-11')).toBe('closed');
    expect(deadlineState({ ...d, extendedDueOn: '2025-06-10' }, true, '2025-04-11')).toBe('on-time');
  });

  it('allows one extension, within the first month, while open', () => {
    const d = { dueOn: '2025-04-10', extendedDueOn: null };
    expect(extensionRefusal(d, true, '2025-04-10')).toBeNull();
    expect(extensionRefusal(d, true, '2025-04-11')).toMatch(/eerste maand/);
    expect(extensionRefusal({ ...d, extendedDueOn: '2025-06-10' }, true, '2025-04-01')).toMatch(/al eens/);
    expect(extensionRefusal(d, false, '2025-04-01')).toMatch(/afgehandeld/);
    expect(receiptRefusal('2025-04-02', '2025-04-01')).not.toBeNull();
    expect(receiptRefusal('2025-04-01', '2025-04-01')).toBeNull();
  });
});
