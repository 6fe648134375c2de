/** Tests sorting the case lists into "Mijn taken" per role. */
import { describe, expect, it } from 'vitest';
import type { CaseSummary } from './cases';
import { taskGroup, taskKindsFor } from './casesTasks';

const item = (over: Partial<CaseSummary>): CaseSummary => ({
  id: 'i',
  caseNumber: 'n',
  status: 'aangemeld',
  caseType: 'person',
  protocolKey: 'multi',
  relation: 'to-pick-up',
  personNames: null,
  createdAt: '2025-01-01T00:00:00Z',
  submittedAt: '2025-01-02T00:00:00Z',
  updatedAt: '2025-01-02T00:00:00Z',
  ...over,
});

describe('case tasks', () => {
  it('gives each role its kinds of task', () => {
    expect(taskKindsFor(['procesregisseur'], null)).toEqual([]);
    expect(taskKindsFor(['professional'], 'p1')).toEqual(['draft', 'waiting']);
    expect(taskKindsFor(['professional'], null)).toEqual([]);
    expect(taskKindsFor(['manager', 'functioneel_beheer'], null)).toEqual([]);
  });

  it('keeps only items where the caller has the kind’s relation, oldest first', () => {
    const items = [
      item({ id: 'b', createdAt: '2025-02-01T00:00:00Z', submittedAt: null }),
      item({ id: 'a', createdAt: '2025-01-05T00:00:00Z', submittedAt: null }),
      item({ id: 'theirs', relation: 'to-pick-up' }),
    ];
    const group = taskGroup(
      'draft',
      items.map((i) => ({
        ...i,
        status: 'concept',
        relation: i.id === 'theirs' ? 'assigned' : 'registering',
      })),
      'next',
    );
    expect(group.tasks.map((t) => t.item.id)).toEqual(['a', 'b']);
    expect(group.more).toBe(true);
    expect(
      taskGroup('waiting', [item({ status: 'in_beoordeling', relation: 'registering' })], null).tasks,
    ).toHaveLength(1);
    expect(
      taskGroup('waiting', [item({ status: 'in_beoordeling', relation: 'assigned' })], null).tasks,
    ).toHaveLength(0);
  });
});

describe('worklist', () => {
  it('reads the sections of GET /me/tasks, keeping unknown section keys', async () => {
    const { parseWorklist } = await import('./casesWorklist');
    const item = {
      caseId: 'c',
      caseNumber: 'ZVH-1',
      status: null,
      at: '2025-01-01',
      refId: null,
      link: '/casussen/c',
    };
    const ok = parseWorklist({
      sections: [{ key: 'later-section', at: 'due', count: 7, countCapped: true, items: [item] }],
    });
    expect(ok?.[0]?.key).toBe('later-section');
    expect(ok?.[0]?.items[0]?.status).toBeNull();
    expect(
      parseWorklist({ sections: [{ key: 'x', at: 'never', count: 1, countCapped: false, items: [] }] }),
    ).toBeUndefined();
    expect(
      parseWorklist({ sections: [{ key: 'x', at: 'due', count: -1, countCapped: false, items: [] }] }),
    ).toBeUndefined();
  });
});
