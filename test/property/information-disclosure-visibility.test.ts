/**
 * The paged disclosure list against the rule it had before it was paged (Art. 9.2, 16.2; issue 6),
 * randomised: a case in triage, planned or held, with chosen participants, coordinator and triage
 * answer; items with random providers and conditions; disclosure requests by random requesters of
 * random items they may see; afterwards some items withdrawn, expired or narrowed to the
 * procesregisseur; sometimes every request made in the same instant. Every user, following
 * nextCursor at a random page size, must get exactly what the unpaginated list gave them
 * (information-disclosure-paging-fixtures.ts `referenceList`: load.ts `seesRequest` and
 * `visibleItems` over every request): the same requests in the same order, each with the same
 * items, each once — or 404 on every page. Fixed seed and run count (printed); PostgreSQL runs
 * fewer worlds than SQLite.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type Caller } from '../integration/cases-fixtures.js';
import {
  pagedList,
  pastTheEnd,
  referenceList,
} from '../integration/information-disclosure-paging-fixtures.js';
import { buildCase, type CaseStage, type Pool, poolOf } from '../integration/information-items-fixtures.js';
import { createTestApp, type Session, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';

const SEED = 20_250_602;
const RUNS: Record<string, number> = {
  sqlite: Number(process.env.KETENHUIS_PROPERTY_RUNS ?? 12),
  postgres: Number(process.env.KETENHUIS_PROPERTY_RUNS_PG ?? 3),
};

const partyKeys = ['politie-den-haag', 'middin', 'parnassia-groep', 'ggd-haaglanden'] as const;
const nameable = ['politieColleague', 'middin1', 'middin2', 'parnassia', 'ggd'] as const;
type Nameable = (typeof nameable)[number];
const partyOfPool: Record<Nameable, (typeof partyKeys)[number]> = {
  politieColleague: 'politie-den-haag',
  middin1: 'middin',
  middin2: 'middin',
  parnassia: 'parnassia-groep',
  ggd: 'ggd-haaglanden',
};

const itemArb = fc.record({
  creator: fc.nat(20),
  visibility: fc.constantFrom('all-participants', 'named-parties', 'procesregisseur-only'),
  named: fc.subarray([...partyKeys], { minLength: 1 }),
  /** Reading before the conference assessed and approved (Art. 12.2f). */
  readBefore: fc.boolean(),
});
const worldArb = fc.record({
  stage: fc.constantFrom<CaseStage>('triage', 'planned', 'held'),
  named: fc.subarray([...nameable]),
  coordinator: fc.nat(10),
  triage: fc.option(fc.constantFrom<Nameable>('ggd', 'parnassia', 'middin1'), { nil: undefined }),
  items: fc.array(itemArb, { minLength: 1, maxLength: 4 }),
  disclosures: fc.array(
    fc.record({ requester: fc.nat(20), pick: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }) }),
    { minLength: 1, maxLength: 6 },
  ),
  afterwards: fc.array(
    fc.record({ item: fc.nat(20), change: fc.constantFrom('withdraw', 'expire', 'procesregisseur-only') }),
    { maxLength: 2 },
  ),
  sameInstant: fc.boolean(),
  /** The list's page size: small ones exercise paging; undefined is the API's default (25). */
  pageLimit: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined, freq: 2 }),
});
type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;
type World = ValueOf<typeof worldArb>;

interface User {
  key: string;
  caller: Caller;
  id: string;
}

describe.each(dialects)('disclosure list visibility, randomised, on %s', (dialect) => {
  let t: TestApp;
  let pool: Pool;
  let users: User[];
  let call: ReturnType<typeof api>;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    call = api(t);
    pool = await poolOf(t);
    users = [
      { key: 'professional', caller: 'professional', id: t.users.professional.id },
      ...nameable.map((k) => ({ key: k, caller: pool[k].session as Caller, id: pool[k].id })),
      { key: 'procesregisseur', caller: 'procesregisseur', id: t.users.procesregisseur.id },
      { key: 'otherRegisseur', caller: pool.otherRegisseur.session, id: pool.otherRegisseur.id },
      ...(['informatiecentrum', 'manager', 'beheer', 'privacy', 'secretaris'] as const).map((k) => ({
        key: k,
        caller: k as Caller,
        id: t.users[k].id,
      })),
    ];
  }, 120_000);
  afterAll(() => t.close());

  async function send(as: Caller, url: string, payload: object, etag?: string) {
    const res = await call(as, 'POST', url, payload, etag);
    if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return res;
  }

  /** The ids of the items the caller may see in the case (one page of at most 100). */
  async function visibleTo(as: Caller, caseId: string): Promise<string[]> {
    const res = await call(as, 'GET', `/cases/${caseId}/information-items?limit=100`);
    return res.statusCode === 200 ? (res.json().items as { id: string }[]).map((i) => i.id) : [];
  }

  async function check(world: World) {
    const party = (k: string) => t.partyIds.get(k) as string;
    const named =
      world.stage === 'triage' ? [] : world.named.length ? world.named : (['middin1'] as Nameable[]);
    const coordinator = named[world.coordinator % Math.max(1, named.length)];
    const triageUser = world.triage ? pool[world.triage] : undefined;
    const built = await buildCase(t, {
      stage: world.stage,
      participants: named.map((k) => ({ userId: pool[k].id, partyKey: partyOfPool[k] })),
      ...(coordinator && { coordinatorUserId: pool[coordinator].id }),
      ...(world.triage &&
        triageUser && {
          triageAnswer: { partyKey: partyOfPool[world.triage], session: triageUser.session as Session },
        }),
    });
    const caseId = built.id;
    // Those who may take part in the exchange, and so provide and request (rules/decider.ts).
    const actors: { key: string; caller: Caller }[] = [
      { key: 'professional', caller: 'professional' },
      { key: 'procesregisseur', caller: 'procesregisseur' },
      ...named.map((k) => ({ key: k, caller: pool[k].session as Caller })),
    ];
    const itemIds: string[] = built.triageItemId ? [built.triageItemId] : [];
    for (const [n, spec] of world.items.entries()) {
      const creator = actors[spec.creator % actors.length] as (typeof actors)[number];
      const res = await send(creator.caller, `/cases/${caseId}/information-items`, {
        title: `Stuk ${n}`,
        body: `Inhoud ${n}`,
        regime: 'gewoon',
        visibility: spec.visibility,
        namedPartyIds: spec.visibility === 'named-parties' ? spec.named.map(party) : [],
        useInActionPlan: false,
      });
      const id = res.json().id as string;
      itemIds.push(id);
      if (spec.readBefore && world.stage !== 'held') {
        await send(
          'procesregisseur',
          `/information-items/${id}/pre-conference/assessment`,
          { allow: true },
          '"v1"',
        );
        await send(
          creator.caller,
          `/information-items/${id}/pre-conference/approval`,
          { approve: true },
          '"v2"',
        );
      }
    }
    for (const spec of world.disclosures) {
      const requester = actors[spec.requester % actors.length] as (typeof actors)[number];
      const seen = await visibleTo(requester.caller, caseId);
      if (seen.length === 0) continue;
      const picked = seen.filter((_, i) => spec.pick[i % spec.pick.length]);
      await send(requester.caller, `/cases/${caseId}/disclosures`, {
        itemIds: picked.length ? picked : seen.slice(0, 1),
        recipient: 'Derde',
        purpose: 'Doel',
        legalBasis: 'Grondslag',
      });
    }
    const k = t.db.kysely;
    for (const change of world.afterwards) {
      const id = itemIds[change.item % itemIds.length] as string;
      if (change.change === 'withdraw')
        await k
          .updateTable('information_items')
          .set({ withdrawn_at: new Date().toISOString() })
          .where('id', '=', id)
          .execute();
      else if (change.change === 'expire')
        await k
          .updateTable('information_items')
          .set({ expires_at: new Date(Date.now() - 60_000).toISOString() })
          .where('id', '=', id)
          .execute();
      else {
        await k.deleteFrom('information_item_parties').where('item_id', '=', id).execute();
        await k
          .updateTable('information_items')
          .set({ visibility: 'procesregisseur-only' })
          .where('id', '=', id)
          .execute();
      }
    }
    if (world.sameInstant)
      await k
        .updateTable('disclosure_requests')
        .set({ created_at: '2025-06-01T10:00:00.000Z' })
        .where('case_id', '=', caseId)
        .execute();

    for (const u of users) {
      const label = `${u.key} in ${JSON.stringify(world)}`;
      const reference = await referenceList(t, u.id, caseId);
      expect(await pagedList(t, u.caller, caseId, world.pageLimit, label), label).toEqual(reference);
      const past = await call(u.caller, 'GET', `/cases/${caseId}/disclosures?cursor=${pastTheEnd}`);
      expect(past.statusCode, `${label}: past the end ${past.body}`).toBe(reference === 404 ? 404 : 200);
    }
  }

  it('gives every user exactly the requests and items of the unpaginated list, page by page', async () => {
    const numRuns = RUNS[dialect] ?? 4;
    console.log(`information-disclosure-visibility on ${dialect}: seed=${SEED}, numRuns=${numRuns}`);
    await fc.assert(fc.asyncProperty(worldArb, check), { seed: SEED, numRuns, endOnFailure: true });
  }, 600_000);
});
