/** Pure helpers of the governance pages: party keys, termination steps, decision outcomes. */
import { describe, expect, it } from 'vitest';
import { keyFromName } from './AccessionCreatePage';
import { outcomeKey } from './DecisionPage';
import { localToInstant } from './parts/localMoment';
import { terminationSteps } from './TerminationPage';

describe('keyFromName', () => {
  it('makes a key the server accepts', () => {
    expect(keyFromName('Stichting Buurtbemiddeling Haaglanden')).toBe(
      'stichting-buurtbemiddeling-haaglanden',
    );
    expect(keyFromName('  GGZ Café & Zorg! ')).toBe('ggz-cafe-zorg');
  });
});

describe('terminationSteps', () => {
  it('an exclusion needs the notice of default, then the decision (Art. 23.2)', () => {
    expect(
      terminationSteps({ kind: 'exclusion', status: 'in_default', decision: null }).map((s) => s.state),
    ).toEqual(['done', 'current', 'todo']);
    const decided = { decidedOn: 'd', reference: 'r', votesFor: 1, votesAgainst: 1, abstentions: 0 };
    expect(
      terminationSteps({ kind: 'exclusion', status: 'not_excluded', decision: decided }).map((s) => s.state),
    ).toEqual(['done', 'done', 'skipped']);
  });

  it('an announced withdrawal waits for the amendment (Art. 21.3)', () => {
    expect(terminationSteps({ kind: 'withdrawal', status: 'announced', decision: null }).at(-1)?.state).toBe(
      'current',
    );
    expect(terminationSteps({ kind: 'withdrawal', status: 'effective', decision: null }).at(-1)?.state).toBe(
      'done',
    );
  });
});

describe('outcomeKey', () => {
  const tally = { for: 1, against: 1, abstain: 0, outcome: 'tie' as const, unanimous: false, refused: [] };
  it('says held before any count, and the count once closed', () => {
    expect(outcomeKey({ status: 'held', tally: null })).toBe('held');
    expect(outcomeKey({ status: 'undecided', tally })).toBe('tie');
    expect(outcomeKey({ status: 'open', tally: null })).toBeNull();
  });
});

describe('localToInstant', () => {
  it('turns a local date and time into an instant, and refuses nonsense', () => {
    expect(localToInstant('2025-06-01', '14:00')).toMatch(/^2025-06-01T\d{2}:00:00\.000Z$/);
    expect(localToInstant('2025-06-01', '')).toBeUndefined();
  });
});

describe('the Bestuur menu entry', () => {
  it('is there for the roles with governance work of their own, and for anyone with a seat', async () => {
    const { visibleNavItems } = await import('../../layout/navigation');
    const paths = (roles: Parameters<typeof visibleNavItems>[1], governanceSeat = false) =>
      visibleNavItems(true, roles, { governanceSeat }).map((i) => i.path);
    for (const role of ['secretaris', 'manager', 'procesregisseur'] as const)
      expect(paths([role])).toContain('/bestuur');
    // A professional without a seat has nothing there (Art. 5.7, 7.5); with a seat, they do.
    expect(paths(['professional'])).not.toContain('/bestuur');
    expect(paths(['professional'], true)).toContain('/bestuur');
    expect(paths(['functioneel_beheer'])).not.toContain('/bestuur');
    expect(paths(['functioneel_beheer'], true)).toContain('/bestuur');
    // Never before login, seat or not.
    expect(visibleNavItems(false, [], { governanceSeat: true }).map((i) => i.path)).toEqual(['/over']);
  });
});
