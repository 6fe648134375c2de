/**
 * The SQL visibility predicate (visibility-sql.ts) and `relationOf` (policy.ts) agree: for many
 * cases in different phases and relations, and many users, a case is in the predicate's result
 * exactly when relationOf gives a relation (domain.md §4). Includes a protocol that stops
 * admitting a party (Art. 15.3) and a cancelled conference. Both dialects.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relationOf } from '../../src/modules/cases/policy.js';
import { loadCase } from '../../src/modules/cases/state.js';
import { casesVisibleTo } from '../../src/modules/cases/visibility-sql.js';
import type { Principal, Role } from '../../src/platform/auth/principal.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { extraUser, registration } from './cases-fixtures.js';
import { at, flow, inDays } from './cases-triage-fixtures.js';

describe.each(dialects)('visibility predicate and relationOf on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('agree for every user and case', async () => {
    const f = flow(t);
    const jit = await extraUser(t, 'jit-v', ['professional'], 'jit');
    const middin = await extraUser(t, 'middin-v', ['professional'], 'middin');
    const politie2 = await extraUser(t, 'politie-v', ['professional'], 'politie-den-haag');
    const regie2 = await extraUser(t, 'regie-v', ['procesregisseur'], null);
    const invite = (party: string, userIds: string[]) => ({
      startsAt: at(3, 9),
      endsAt: at(3, 10),
      location: 'Zaal 1',
      goal: 'Doel',
      decisionTypes: ['Plan'],
      themes: [],
      invitations: [
        { partyId: t.partyIds.get(party), contribution: 'Bijdrage', participantUserIds: userIds },
      ],
    });

    await f.ok(await f.call('professional', 'POST', '/cases', registration(t)), 201); // concept
    const submitted = await f.ok(await f.call('professional', 'POST', '/cases', registration(t)), 201);
    await f.ok(
      await f.call(
        'professional',
        'POST',
        `/cases/${submitted.json().id}/submit`,
        {},
        submitted.headers.etag as string,
      ),
    );
    await f.inTriage();
    await f.inTriage({}, 'professional', regie2.session);
    // A planned conference with a named Middin participant; a cancelled one with a named politie colleague.
    const a = await f.toConference(['middin']);
    await f.ok(
      await f.call('procesregisseur', 'POST', `/cases/${a.id}/conferences`, invite('middin', [middin.id])),
      201,
    );
    const b = await f.toConference(['politie-den-haag']);
    const bConf = await f.ok(
      await f.call(
        'procesregisseur',
        'POST',
        `/cases/${b.id}/conferences`,
        invite('politie-den-haag', [politie2.id]),
      ),
      201,
    );
    await f.ok(
      await f.call(
        'procesregisseur',
        'POST',
        `/cases/${b.id}/conferences/${bConf.json().id}/cancel`,
        { reason: 'x' },
        bConf.headers.etag as string,
      ),
    );
    // A youth-group case held with a JIT coordinator; then the protocol stops admitting JIT.
    const c = await f.toConference(['jit'], { protocolKey: 'jeugdgroepen', partnersInvolved: [] });
    const cConf = await f.ok(
      await f.call('procesregisseur', 'POST', `/cases/${c.id}/conferences`, invite('jit', [jit.id])),
      201,
    );
    const held = {
      attendance: [{ userId: jit.id, present: true }],
      coordinatorUserId: jit.id,
      actions: [{ ownerPartyId: t.partyIds.get('jit'), description: 'Actie', dueDate: inDays(5) }],
      partyRoles: [],
      deescalationCriteria: 'Criteria',
      minutes: 'Afspraken',
    };
    await f.ok(
      await f.call(
        'procesregisseur',
        'POST',
        `/cases/${c.id}/conferences/${cConf.json().id}/hold`,
        held,
        c.etag,
      ),
    );
    const d = await f.toConference(['jit'], { protocolKey: 'jeugdgroepen', partnersInvolved: [] });
    await f.ok(
      await f.call('procesregisseur', 'POST', `/cases/${d.id}/conferences`, invite('jit', [jit.id])),
      201,
    );
    const protocol = await t.db.kysely
      .selectFrom('privacy_protocols')
      .select('id')
      .where('key', '=', 'jeugdgroepen')
      .executeTakeFirstOrThrow();
    await t.db.kysely
      .deleteFrom('privacy_protocol_parties')
      .where('protocol_id', '=', protocol.id)
      .where('party_id', '=', t.partyIds.get('jit') as string)
      .execute();
    const e = await f.toConference(['politie-den-haag'], {
      protocolKey: 'jeugdgroepen',
      partnersInvolved: [],
    });
    await f.ok(
      await f.call(
        'procesregisseur',
        'POST',
        `/cases/${e.id}/conferences`,
        invite('politie-den-haag', [politie2.id]),
      ),
      201,
    );

    const principal = (userId: string, partyId: string | null, roles: Role[]): Principal => ({
      userId,
      partyId,
      roles,
      sessionId: 'x',
    });
    const party = (k: string) => t.partyIds.get(k) as string;
    const principals: [string, Principal][] = [
      ['professional', principal(t.users.professional.id, party('politie-den-haag'), ['professional'])],
      ['politie2', principal(politie2.id, party('politie-den-haag'), ['professional'])],
      ['middin', principal(middin.id, party('middin'), ['professional'])],
      ['jit', principal(jit.id, party('jit'), ['professional'])],
      ['regie', principal(t.users.procesregisseur.id, null, ['procesregisseur'])],
      ['regie2', principal(regie2.id, null, ['procesregisseur'])],
      ['ic', principal(t.users.informatiecentrum.id, null, ['informatiecentrum'])],
      ['manager', principal(t.users.manager.id, null, ['manager'])],
      ['beheer', principal(t.users.beheer.id, null, ['functioneel_beheer'])],
      ['privacy', principal(t.users.privacy.id, null, ['privacy_officer'])],
      // A registering user whose party role was taken away sees nothing.
      ['ex-professional', principal(t.users.professional.id, party('politie-den-haag'), [])],
    ];
    const ids = (await t.db.kysely.selectFrom('cases').select('id').execute()).map((r) => r.id);
    expect(ids.length).toBeGreaterThanOrEqual(9);
    let seen = 0;
    for (const [name, p] of principals) {
      const bySql = new Set(
        (
          await t.db.kysely
            .selectFrom('cases')
            .select('id')
            .where((eb) => casesVisibleTo(eb, p))
            .execute()
        ).map((r) => r.id),
      );
      for (const id of ids) {
        const loaded = await loadCase(t.db.kysely, id);
        if (!loaded) throw new Error('case vanished');
        const rel = relationOf(p, loaded);
        expect(bySql.has(id), `${name} on ${loaded.row.status} case: relation ${rel}`).toBe(rel !== null);
        if (rel) seen++;
      }
    }
    expect(seen).toBeGreaterThan(10);
    // Spot checks of the intended outcomes.
    const load = async (id: string) => {
      const loaded = await loadCase(t.db.kysely, id);
      if (!loaded) throw new Error('case vanished');
      return loaded;
    };
    const jitP = principals.find(([n]) => n === 'jit')?.[1] as Principal;
    expect(relationOf(jitP, await load(c.id))).toBeNull(); // no longer admitted
    const politie2P = principals.find(([n]) => n === 'politie2')?.[1] as Principal;
    expect(relationOf(politie2P, await load(b.id))).toBeNull(); // cancelled
    expect(relationOf(politie2P, await load(e.id))).toBe('participant');
  }, 120_000);
});
