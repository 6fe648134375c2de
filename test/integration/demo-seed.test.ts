/**
 * The Haaglanden demo cases (issue 5 §12): on a fresh demo database, the seed writes cases in every
 * phase it claims through the real commands; the registering professionals, the procesregisseur
 * and the informatiecentrum see their cases through the real API; persons decrypt to invented
 * people with test-range BSNs; seeding twice adds nothing; and the processing-log chain still
 * verifies. The other roles and the later phases: demo-seed-roles.test.ts and
 * demo-seed-execution.test.ts. Runs on SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCases } from '../../src/modules/demo/demo-cases.js';
import { isTestBsn } from '../../src/modules/demo/fictitious.js';
import { seedDemoCases } from '../../src/modules/demo/index.js';
import { verifyChain } from '../../src/platform/processing-log/index.js';
import { dialects } from '../support/db.js';
import { type DemoHouse, openDemoHouse } from './demo-seed-fixtures.js';

const claimedPhases = [...new Set(demoCases.map((c) => c.phase))];

describe.each(dialects)('Haaglanden demo cases on %s', (dialect) => {
  let h: DemoHouse;
  beforeAll(async () => {
    h = await openDemoHouse(dialect);
  }, 180_000);
  afterAll(() => h?.close());

  it('holds a case in every phase it claims, and seeding again adds nothing', async () => {
    expect(h.seeded.seeded).toBe(demoCases.length);
    expect(new Set(h.seeded.phases)).toEqual(new Set(claimedPhases));
    expect(claimedPhases).toEqual(
      expect.arrayContaining(['in_triage', 'overleg_gepland', 'in_uitvoering', 'afgeschaald']),
    );
    const rows = await h.db.kysely.selectFrom('cases').select(['id', 'status']).execute();
    expect(rows).toHaveLength(demoCases.length);
    for (const c of demoCases) expect(rows.find((r) => r.id === h.idOf(c.key))?.status, c.key).toBe(c.phase);
    expect(await seedDemoCases(h.deps)).toEqual({ seeded: 0, phases: [], cases: [] });
    expect(await h.db.kysely.selectFrom('cases').select('id').execute()).toHaveLength(demoCases.length);
  });

  it('shows every registering professional their own cases, with invented persons', async () => {
    for (const login of ['politie', 'ggz', 'gemeente', 'reclassering'] as const) {
      const mine = demoCases.filter((c) => c.registeredBy === login);
      const list = await h.get(login, '/cases?limit=100');
      expect(list.statusCode, list.body).toBe(200);
      const items = list.json().items as { id: string; status: string; relation: string }[];
      expect(
        items
          .filter((i) => i.relation === 'registering')
          .map((i) => i.status)
          .sort(),
      ).toEqual(mine.map((c) => c.phase).sort());
      for (const item of items) {
        const one = await h.get(login, `/cases/${item.id}`);
        expect(one.statusCode, one.body).toBe(200);
        for (const p of one.json().persons as { bsn: string | null; name: string }[]) {
          expect(p.bsn === null || isTestBsn(p.bsn)).toBe(true);
        }
      }
    }
  });

  it('gives the procesregisseur new registrations and assigned cases', async () => {
    const list = await h.get('procesregisseur', '/cases?limit=100');
    expect(list.statusCode, list.body).toBe(200);
    const items = list.json().items as { id: string; status: string; relation: string }[];
    const toPickUp = items.filter((i) => i.relation === 'to-pick-up');
    expect(toPickUp.map((i) => i.status)).toEqual(
      demoCases.filter((c) => c.phase === 'aangemeld').map(() => 'aangemeld'),
    );
    const assigned = items.filter((i) => i.relation === 'assigned');
    const handled = demoCases.filter((c) => c.steps.some((s) => s.do === 'pick-up'));
    expect(assigned).toHaveLength(handled.length);
    const assessing = assigned.find((i) => i.status === 'in_beoordeling');
    expect(assessing).toBeDefined();
    const detail = await h.get('procesregisseur', `/cases/${assessing?.id}`);
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json().questions.length).toBeGreaterThanOrEqual(2);
    expect(detail.json().indication).not.toBeNull();
  });

  it('shows named participants the planned conference, and has triage requests open and answered', async () => {
    for (const login of ['politie', 'ggz', 'gemeente']) {
      const items = (await h.get(login, '/cases?limit=100')).json().items as {
        status: string;
        relation: string;
      }[];
      expect(items.some((i) => i.relation === 'participant' && i.status === 'overleg_gepland')).toBe(true);
    }
    const requests = await h.db.kysely.selectFrom('case_information_requests').select('status').execute();
    expect(new Set(requests.map((r) => r.status))).toEqual(new Set(['open', 'answered']));
    const conferences = await h.db.kysely
      .selectFrom('case_conferences')
      .select(['status', 'starts_at'])
      .execute();
    expect(conferences.some((c) => c.status === 'planned' && c.starts_at > h.now.toISOString())).toBe(true);
  });

  // Art. 15.2, 16.2: the demo's triage answers carry the regime their professional chose — the
  // police answer is police data (Wpg), the ggz answer health data — so the demo shows it.
  it('gives the triage answers of the police and the ggz their legal regime', async () => {
    const answers = await h.db.kysely
      .selectFrom('information_items as i')
      .innerJoin('users as u', 'u.id', 'i.provided_by_user_id')
      .select(['u.email', 'i.regime'])
      .where('i.source_request_id', 'is not', null)
      .execute();
    const regimeOf = (login: string) =>
      answers.filter((a) => a.email === `${login}@demo.ketenhuis.example`).map((a) => a.regime);
    expect(regimeOf('politie')).toEqual(['politie']);
    expect(regimeOf('ggz')).toEqual(['bijzonder']);
  });

  it('lets the informatiecentrum see exactly the cases in triage', async () => {
    const ic = await h.get('informatiecentrum', '/cases?limit=100');
    expect(ic.statusCode, ic.body).toBe(200);
    const triage = demoCases.filter((c) => c.phase === 'in_triage').map((c) => h.idOf(c.key));
    const items = ic.json().items as { id: string; status: string }[];
    expect(items.map((i) => i.id).sort()).toEqual(triage.sort());
  });

  it('keeps the processing-log chain intact, with entries for every seeded case', async () => {
    const chain = await verifyChain(h.db.kysely);
    expect(chain.ok).toBe(true);
    const logged = await h.db.kysely
      .selectFrom('processing_log')
      .select('case_id')
      .distinct()
      .where('name', '=', 'case.create')
      .execute();
    expect(logged).toHaveLength(demoCases.length);
  });
});
