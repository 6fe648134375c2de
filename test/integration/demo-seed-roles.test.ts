/**
 * Every demo role sees a living house (issue 5 §12), through the real API after the demo seed:
 * functioneel beheer the accounts but no case; the manager exactly the escalated case, its
 * overdue actions and the house's counts (Art. 11.3d); the procesregisseur the de-escalation
 * waiting for its approval and the dossier waiting for its scrub (Art. 1.10); the professionals
 * the cases they coordinate or take part in, with their overdue actions (Art. 8.5, 13); the
 * privacy officer the processing log; the secretary the bodies. Runs on SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers } from '../../src/modules/identity/demo-users.js';
import { dialects } from '../support/db.js';
import { type DemoHouse, openDemoHouse } from './demo-seed-fixtures.js';

interface Item {
  id: string;
  status: string;
  relation: string;
}
interface Section {
  key: string;
  count: number;
  items: { caseId: string }[];
}

describe.each(dialects)('what each demo role sees on %s', (dialect) => {
  let h: DemoHouse;
  beforeAll(async () => {
    h = await openDemoHouse(dialect);
  }, 180_000);
  afterAll(() => h?.close());

  const cases = async (login: string) => {
    const res = await h.get(login, '/cases?limit=100');
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items as Item[];
  };
  const tasks = async (login: string) => {
    const res = await h.get(login, '/me/tasks?limit=20');
    expect(res.statusCode, res.body).toBe(200);
    return res.json().sections as Section[];
  };
  const section = (sections: Section[], key: string) => sections.find((s) => s.key === key);

  it('gives functioneel beheer the demo accounts and no case content', async () => {
    const users = await h.get('beheer', '/users?limit=100');
    expect(users.statusCode, users.body).toBe(200);
    const emails = (users.json().items as { email: string }[]).map((u) => u.email);
    expect(emails).toEqual(expect.arrayContaining(demoUsers.map((u) => u.email)));
    expect(await cases('beheer')).toEqual([]);
    expect(await tasks('beheer')).toEqual([]);
  });

  it('shows the manager the escalated case, its overdue actions and the counts of the house', async () => {
    const escalated = h.idOf('opgeschaald-brandgevaar');
    expect(await cases('manager')).toEqual([
      expect.objectContaining({ id: escalated, status: 'in_uitvoering', relation: 'escalated-manager' }),
    ]);
    const detail = await h.get('manager', `/cases/${escalated}`);
    expect(detail.statusCode, detail.body).toBe(200);
    const execution = (await h.get('manager', `/cases/${escalated}/execution`)).json();
    expect(execution.escalated).toBe(true);
    expect(execution.escalations[0].reason).toContain('doorzettingsmacht');
    expect(execution.permissions).toContain('resolve-escalation');
    expect(execution.actions.filter((a: { overdue: boolean }) => a.overdue)).toHaveLength(2);
    // Other cases stay hidden from the manager (Art. 11.3d: powers start with the escalation).
    expect((await h.get('manager', `/cases/${h.idOf('uitvoering-overlast-schulden')}`)).statusCode).toBe(404);

    const overview = await h.get('manager', '/manager/overview');
    expect(overview.statusCode, overview.body).toBe(200);
    const o = overview.json();
    expect(o.escalated.map((e: { caseId: string }) => e.caseId)).toEqual([escalated]);
    expect(o.overdueActions).toBeGreaterThanOrEqual(4);
    expect(o.scrubPending).toBe(1);
    const phases = (o.byPhase as { status: string }[]).map((p) => p.status);
    expect(phases).toEqual(expect.arrayContaining(['in_uitvoering', 'afgeschaald', 'overleg_gepland']));
    const mine = await tasks('manager');
    expect(section(mine, 'escalations')?.items.map((i) => i.caseId)).toEqual([escalated]);
    expect(section(mine, 'overdue-actions')?.count).toBe(2);
  });

  it('gives the procesregisseur a de-escalation to approve and a dossier to scrub', async () => {
    const proposed = h.idOf('afschaling-voorgesteld');
    const view = (await h.get('procesregisseur', `/cases/${proposed}/deescalation`)).json();
    expect(view.permissions).toEqual(expect.arrayContaining(['approve', 'cancel']));
    expect(view.proposals[0]).toMatchObject({ status: 'pending', procesregisseurApproval: null });
    expect(view.proposals[0].coordinatorApproval).not.toBeNull();
    const toScrub = h.idOf('afgeschaald-te-schonen');
    const scrub = (await h.get('procesregisseur', `/cases/${toScrub}/deescalation`)).json();
    expect(scrub).toMatchObject({ status: 'afgeschaald', scrubPending: true, permissions: ['scrub'] });
    const elements = (await h.get('procesregisseur', `/cases/${toScrub}/scrub`)).json().elements;
    expect(elements.length).toBeGreaterThan(5);

    const mine = await tasks('procesregisseur');
    expect(section(mine, 'deescalations')?.items.map((i) => i.caseId)).toEqual([proposed]);
    expect(section(mine, 'new-registrations')?.count).toBe(2);
    expect(section(mine, 'assessments')?.count).toBe(1);
    expect(section(mine, 'overdue-actions')?.count).toBe(4);
    expect(section(mine, 'conferences')?.count).toBe(1);
  });

  it('shows each professional the cases they coordinate or take part in, and their overdue actions', async () => {
    const coordinates: Record<string, string[]> = {
      gemeente: ['uitvoering-overlast-schulden', 'afgeschaald-te-schonen'],
      ggz: ['opgeschaald-brandgevaar', 'afgeschaald-geschoond'],
      reclassering: ['afschaling-voorgesteld', 'vervolgoverleg-gezin'],
      politie: [],
    };
    for (const [login, keys] of Object.entries(coordinates)) {
      const items = await cases(login);
      const coordinated = items.filter((i) => i.relation === 'coordinator').map((i) => i.id);
      // A coordinator who also registered the case sees it as 'registering'.
      for (const key of keys)
        expect(
          items.map((i) => i.id),
          `${login} ${key}`,
        ).toContain(h.idOf(key));
      expect(
        coordinated.every((id) => keys.map(h.idOf).includes(id)),
        login,
      ).toBe(true);
      expect(
        items.some((i) => i.relation === 'participant' && i.status === 'in_uitvoering'),
        login,
      ).toBe(true);
    }
    // Politie and Parnassia are past due in the action plan of the execution case.
    const overdueOf = async (login: string) =>
      section(await tasks(login), 'overdue-actions')?.items.map((i) => i.caseId) ?? [];
    expect(await overdueOf('politie')).toContain(h.idOf('uitvoering-overlast-schulden'));
    expect(await overdueOf('ggz')).toEqual(
      expect.arrayContaining([h.idOf('uitvoering-overlast-schulden'), h.idOf('opgeschaald-brandgevaar')]),
    );
    // The coordinator reads the progress reports; a mere participant does not.
    const id = h.idOf('uitvoering-overlast-schulden');
    const byCoordinator = (await h.get('gemeente', `/cases/${id}/execution`)).json();
    expect(byCoordinator.progressReports).toHaveLength(2);
    expect(byCoordinator.permissions).toContain('report-progress');
    const byParticipant = (await h.get('reclassering', `/cases/${id}/execution`)).json();
    expect(byParticipant.progressReports).toBeNull();
  });

  it('gives the privacy officer the processing log and the secretary the bodies', async () => {
    const log = await h.get('privacy', '/processing-log?limit=50');
    expect(log.statusCode, log.body).toBe(200);
    expect(log.json().items.length).toBeGreaterThan(10);
    expect(await cases('privacy')).toEqual([]);
    const bodies = await h.get('secretaris', '/bodies');
    expect(bodies.statusCode, bodies.body).toBe(200);
    expect(JSON.stringify(bodies.json())).toContain('stuurgroep');
    expect(await cases('secretaris')).toEqual([]);
  });
});
