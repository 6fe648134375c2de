/**
 * Use in the action plan, enforced (Art. 8.4b, 13.2, 16.2; security backlog 21), through the real
 * API on both dialects: an action cites only items its author may see and whose provider allows
 * their use in the plan (409 otherwise, nothing stored); an item the author may not see gets the
 * very answer of an item that does not exist; the views show a cited item only to who may see it
 * now and mark it once the provider tightens or withdraws; the coordinator or the procesregisseur
 * changes the citations, keeping those they cannot see; everything is logged per item's provider.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import {
  holdAt,
  holdRecord,
  type PlannedCase,
  plannedCase,
  provide,
} from './cases-action-citations-fixtures.js';
import { type Cast, castOf } from './cases-execution-fixtures.js';
import { api, type Caller } from './cases-fixtures.js';

interface Citation {
  itemId: string;
  title: string;
  regime: string;
  providerPartyId: string;
  usable: boolean;
}
interface ActionView {
  id: string;
  description: string;
  version: number;
  citations: Citation[];
  permissions: string[];
}

describe.each(dialects)('citations in the action plan on %s', (dialect) => {
  let t: TestApp;
  let call: ReturnType<typeof api>;
  let cast: Cast;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    call = api(t);
    cast = await castOf(t);
  }, 120_000);
  afterAll(() => t?.close());

  const party = (k: string) => t.partyIds.get(k) as string;
  const actionsOf = async (as: Caller, caseId: string): Promise<ActionView[]> => {
    const res = await call(as, 'GET', `/cases/${caseId}/execution`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().actions;
  };
  const citedIds = (a: ActionView | undefined) => (a?.citations ?? []).map((c) => c.itemId).sort();
  /** The answer without its per-request reference: what a caller can compare. */
  const answer = (res: Awaited<ReturnType<typeof call>>) => {
    const { instance: _instance, ...rest } = res.json();
    return { status: res.statusCode, ...rest };
  };
  const counts = async (caseId: string) => {
    const db = t.db.kysely;
    const actions = await db.selectFrom('case_actions').select('id').where('case_id', '=', caseId).execute();
    const citations = await db
      .selectFrom('case_action_citations')
      .select('item_id')
      .where('case_id', '=', caseId)
      .execute();
    const row = await db
      .selectFrom('cases')
      .select('status')
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    return { actions: actions.length, citations: citations.length, status: row.status };
  };

  it('records citations only of items the provider allows in the plan; 409 otherwise, and nothing stored', async () => {
    const c = await plannedCase(t);
    const allowed = await provide(t, cast.participant.session, c.id, { title: 'Behandelplan ggz' });
    const forbidden = await provide(t, cast.participant.session, c.id, {
      title: 'Diagnose, niet voor het plan',
      regime: 'bijzonder',
      useInActionPlan: false,
    });
    const before = await counts(c.id);
    const refused = await holdAt(
      t,
      c,
      await holdRecord(t, [
        { owner: 'parnassia-groep', description: 'Behandeling starten', citedItemIds: [allowed.id] },
        { owner: 'middin', description: 'Begeleiding', citedItemIds: [forbidden.id] },
      ]),
    );
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json().type).toBe('urn:ketenhuis:problem:not-usable-in-action-plan');
    expect(refused.json().detail).toContain('Art. 16.2');
    // Nothing of the plan, no citation, and the case did not move.
    expect(await counts(c.id)).toEqual(before);
    expect(before).toEqual({ actions: 0, citations: 0, status: 'overleg_gepland' });

    const held = await holdAt(
      t,
      c,
      await holdRecord(t, [
        { owner: 'parnassia-groep', description: 'Behandeling starten', citedItemIds: [allowed.id] },
        { owner: 'middin', description: 'Begeleiding' },
      ]),
    );
    expect(held.statusCode, held.body).toBe(200);
    const actions = await actionsOf('procesregisseur', c.id);
    const treatment = actions.find((a) => a.description === 'Behandeling starten');
    expect(treatment?.citations).toEqual([
      {
        itemId: allowed.id,
        title: 'Behandelplan ggz',
        regime: 'gewoon',
        providerPartyId: party('parnassia-groep'),
        usable: true,
      },
    ]);
    expect(actions.find((a) => a.description === 'Begeleiding')?.citations).toEqual([]);
    // Citing is using the provider's data: logged with the provider as controller.
    const logged = await t.db.kysely
      .selectFrom('processing_log')
      .select(['controller_party_id', 'acting_user_id'])
      .where('case_id', '=', c.id)
      .where('name', '=', 'case.action-plan.cite')
      .execute();
    expect(logged.length).toBeGreaterThan(0);
    for (const e of logged) {
      expect(e.controller_party_id).toBe(party('parnassia-groep'));
      expect(e.acting_user_id).toBe(t.users.procesregisseur.id);
    }
  });

  it('answers an item the recorder may not see exactly as one that does not exist', async () => {
    const c = await plannedCase(t);
    const other = await plannedCase(t);
    const withdrawn = await provide(t, cast.participant.session, c.id, { title: 'Ingetrokken advies' });
    const w = await call(
      cast.participant.session,
      'POST',
      `/information-items/${withdrawn.id}/withdraw`,
      {},
      withdrawn.etag,
    );
    expect(w.statusCode, w.body).toBe(200);
    const elsewhere = await provide(t, cast.participant.session, other.id, { title: 'Andere casus' });
    const citing = async (itemId: string) =>
      holdAt(
        t,
        c,
        await holdRecord(t, [{ owner: 'middin', description: 'Begeleiding', citedItemIds: [itemId] }]),
      );
    const unknown = answer(await citing(randomUUID()));
    expect(unknown.status).toBe(404);
    expect(unknown.type).toBe('urn:ketenhuis:problem:not-found');
    // Withdrawn: only its provider sees it, so the procesregisseur does not; another case's item.
    expect(answer(await citing(withdrawn.id))).toEqual(unknown);
    expect(answer(await citing(elsewhere.id))).toEqual(unknown);
    expect(await counts(c.id)).toEqual({ actions: 0, citations: 0, status: 'overleg_gepland' });
  });

  /** A held case whose first action cites A (all), C (Middin only) and P (procesregisseur only). */
  async function citedCase() {
    const c: PlannedCase = await plannedCase(t);
    const p = cast.participant.session;
    const a = await provide(t, p, c.id, { title: 'Titel-A voor iedereen', regime: 'bijzonder' });
    const cItem = await provide(t, p, c.id, {
      title: 'Titel-C alleen Middin',
      visibility: 'named-parties',
      namedPartyIds: [party('middin')],
    });
    const pItem = await provide(t, p, c.id, {
      title: 'Titel-P alleen regie',
      // Art. 15.2: Parnassia may not provide Wjsg data (information-regime-providers.test.ts).
      regime: 'bijzonder',
      visibility: 'procesregisseur-only',
    });
    const held = await holdAt(
      t,
      c,
      await holdRecord(t, [
        {
          owner: 'parnassia-groep',
          description: 'Behandeling starten',
          citedItemIds: [a.id, cItem.id, pItem.id],
        },
        { owner: 'middin', description: 'Begeleiding' },
      ]),
    );
    expect(held.statusCode, held.body).toBe(200);
    const actions = await actionsOf('procesregisseur', c.id);
    const action = actions.find((x) => x.description === 'Behandeling starten') as ActionView;
    const other = actions.find((x) => x.description === 'Begeleiding') as ActionView;
    return { c, a, cItem, pItem, action, other };
  }

  it('shows a cited item only to who may see it now, and marks it once the provider tightens or withdraws it', async () => {
    const { c, a, cItem, pItem, action } = await citedCase();
    const view = async (as: Caller) => (await actionsOf(as, c.id)).find((x) => x.id === action.id);
    expect(citedIds(await view('procesregisseur'))).toEqual([a.id, cItem.id, pItem.id].sort());
    expect(citedIds(await view(cast.participant.session))).toEqual([a.id, cItem.id, pItem.id].sort());
    expect(citedIds(await view(cast.coordinator.session))).toEqual([a.id, cItem.id].sort());
    expect(citedIds(await view('professional'))).toEqual([a.id]);
    // Not a title, not an id of what the caller may not see: in the execution view nor the conferences.
    for (const [as, hidden] of [
      ['professional', [cItem, pItem]],
      [cast.coordinator.session, [pItem]],
    ] as const) {
      for (const path of ['execution', 'conferences']) {
        const res = await call(as, 'GET', `/cases/${c.id}/${path}`);
        expect(res.statusCode, res.body).toBe(200);
        for (const item of hidden) expect(res.body).not.toContain(item.id);
        expect(res.body).not.toContain('Titel-P');
        if (as === 'professional') expect(res.body).not.toContain('Titel-C');
      }
    }
    const conferences = (await call('professional', 'GET', `/cases/${c.id}/conferences`)).json();
    const recorded = conferences.items[0].actions.find((x: ActionView) => x.id === action.id);
    expect(citedIds(recorded)).toEqual([a.id]);
    expect(recorded.citations[0]).toMatchObject({ title: 'Titel-A voor iedereen', regime: 'bijzonder' });
    // The uninvited party's professional sees no plan at all.
    expect((await call(cast.uninvited.session, 'GET', `/cases/${c.id}/execution`)).statusCode).toBe(404);

    // The provider tightens A: still cited, visible as before, but no longer usable in the plan.
    const tightened = await call(
      cast.participant.session,
      'POST',
      `/information-items/${a.id}/conditions`,
      { visibility: 'all-participants', useInActionPlan: false },
      a.etag,
    );
    expect(tightened.statusCode, tightened.body).toBe(200);
    for (const as of ['professional', cast.coordinator.session, 'procesregisseur'] as Caller[]) {
      const cited = (await view(as))?.citations.find((x) => x.itemId === a.id);
      expect(cited).toMatchObject({ title: 'Titel-A voor iedereen', usable: false });
    }
    // The provider withdraws C: the coordinator no longer learns of it; the provider sees it marked.
    const withdrawn = await call(
      cast.participant.session,
      'POST',
      `/information-items/${cItem.id}/withdraw`,
      {},
      cItem.etag,
    );
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(citedIds(await view(cast.coordinator.session))).toEqual([a.id]);
    const coordinatorBody = (await call(cast.coordinator.session, 'GET', `/cases/${c.id}/execution`)).body;
    expect(coordinatorBody).not.toContain(cItem.id);
    expect(coordinatorBody).not.toContain('Titel-C');
    expect(
      (await view(cast.participant.session))?.citations.find((x) => x.itemId === cItem.id),
    ).toMatchObject({
      title: 'Titel-C alleen Middin',
      usable: false,
    });
    expect(citedIds(await view('procesregisseur'))).toEqual([a.id, pItem.id].sort());
    // Showing a cited title is reading the provider's data: logged with the provider as controller.
    const reads = await t.db.kysely
      .selectFrom('processing_log')
      .select(['controller_party_id', 'acting_user_id'])
      .where('case_id', '=', c.id)
      .where('name', '=', 'case.action-plan.citations.read')
      .execute();
    expect(reads.map((r) => r.acting_user_id)).toEqual(
      expect.arrayContaining([t.users.professional.id, cast.coordinator.id]),
    );
    expect(new Set(reads.map((r) => r.controller_party_id))).toEqual(new Set([party('parnassia-groep')]));
  });

  it('lets the coordinator and the procesregisseur change what an action cites, keeping what they cannot see', async () => {
    const { c, a, cItem, pItem, action, other } = await citedCase();
    const mine = await provide(t, cast.coordinator.session, c.id, { title: 'Eigen notitie Middin' });
    const notForPlan = await provide(t, cast.participant.session, c.id, {
      title: 'Niet voor het plan',
      useInActionPlan: false,
    });
    const cite = (as: Caller, actionId: string, itemIds: string[], version: number) =>
      call(as, 'POST', `/cases/${c.id}/actions/${actionId}/citations`, { itemIds }, `"v${version}"`);
    const byCoordinator = await actionsOf(cast.coordinator.session, c.id);
    expect(byCoordinator.find((x) => x.id === other.id)?.permissions).toContain('change-citations');
    expect((await actionsOf('professional', c.id)).find((x) => x.id === other.id)?.permissions).not.toContain(
      'change-citations',
    );

    // Who may not: 403 for a role that sees the case, 404 for no relation, 401 anonymous.
    expect((await cite('professional', other.id, [a.id], other.version)).statusCode).toBe(403);
    expect((await cite(cast.participant.session, other.id, [a.id], other.version)).statusCode).toBe(403);
    expect((await cite(cast.uninvited.session, other.id, [a.id], other.version)).statusCode).toBe(404);
    expect((await cite(cast.otherRegisseur.session, other.id, [a.id], other.version)).statusCode).toBe(404);
    // An item the coordinator may not see (procesregisseur only; named for another party and now
    // withdrawn) is answered exactly as an unknown one, and as another case's item.
    const elsewhere = await provide(t, cast.participant.session, (await plannedCase(t)).id, {
      title: 'Andere casus',
    });
    const unknown = answer(await cite(cast.coordinator.session, other.id, [randomUUID()], other.version));
    expect(unknown.status).toBe(404);
    for (const id of [pItem.id, elsewhere.id])
      expect(answer(await cite(cast.coordinator.session, other.id, [id], other.version))).toEqual(unknown);
    // Visible but not allowed in the plan: 409, nothing changed.
    const refused = await cite(cast.coordinator.session, other.id, [a.id, notForPlan.id], other.version);
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().detail).toContain('Art. 16.2');
    // The coordinator's own item, withdrawn: visible to them as its provider, but not usable: 409.
    const gone = await call(
      cast.coordinator.session,
      'POST',
      `/information-items/${mine.id}/withdraw`,
      {},
      mine.etag,
    );
    expect(gone.statusCode, gone.body).toBe(200);
    expect((await cite(cast.coordinator.session, other.id, [mine.id], other.version)).statusCode).toBe(409);
    expect((await actionsOf('procesregisseur', c.id)).find((x) => x.id === other.id)).toMatchObject({
      version: other.version,
      citations: [],
    });
    // A stale If-Match: 412.
    expect((await cite(cast.coordinator.session, other.id, [a.id], other.version + 5)).statusCode).toBe(412);

    // The coordinator replaces what they see (A and C) of the first action by A: P stays.
    const changed = await cite(cast.coordinator.session, action.id, [a.id], action.version);
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ id: action.id, version: action.version + 1 });
    expect(changed.headers.etag).toBe(`"v${action.version + 1}"`);
    const after = (await actionsOf('procesregisseur', c.id)).find((x) => x.id === action.id);
    expect(citedIds(after)).toEqual([a.id, pItem.id].sort());
    expect(citedIds(after)).not.toContain(cItem.id);
    // The procesregisseur cites P on the second action; emptying the first leaves nothing.
    const second = await cite('procesregisseur', other.id, [pItem.id], other.version);
    expect(second.statusCode, second.body).toBe(200);
    expect(citedIds((await actionsOf('procesregisseur', c.id)).find((x) => x.id === other.id))).toEqual([
      pItem.id,
    ]);
    expect((await cite('procesregisseur', action.id, [], action.version + 1)).statusCode).toBe(200);
    expect(citedIds((await actionsOf('procesregisseur', c.id)).find((x) => x.id === action.id))).toEqual([]);
    // Logged for the action and per changed item's provider, with the actor, in the same transaction.
    const logged = await t.db.kysely
      .selectFrom('processing_log')
      .select(['controller_party_id', 'acting_user_id'])
      .where('case_id', '=', c.id)
      .where('name', '=', 'case.action.citations')
      .execute();
    expect(logged.map((e) => e.acting_user_id)).toEqual(
      expect.arrayContaining([cast.coordinator.id, t.users.procesregisseur.id]),
    );
    // The action's own entries name its owner; the items' entries their provider (Parnassia).
    expect(new Set(logged.map((e) => e.controller_party_id))).toEqual(
      new Set([party('parnassia-groep'), party('middin')]),
    );
  });

  it('drops a citation with the item when the item is removed', async () => {
    const { c, a, action } = await citedCase();
    const db = t.db.kysely;
    // The provider's item removed (as the scrub and a restore's re-applied shreds do): cascade.
    await db.deleteFrom('information_items').where('id', '=', a.id).execute();
    const left = await db
      .selectFrom('case_action_citations')
      .select('item_id')
      .where('action_id', '=', action.id)
      .execute();
    expect(left.map((r) => r.item_id)).not.toContain(a.id);
    expect(
      citedIds((await actionsOf('procesregisseur', c.id)).find((x) => x.id === action.id)),
    ).not.toContain(a.id);
  });
});
