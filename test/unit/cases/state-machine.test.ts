/**
 * The case state machine (issue 5 §8): random sequences of commands by random users never reach
 * an invalid state or skip a required approval; another procesregisseur takes over exactly the
 * cases that still need procesregie, de-escalated ones awaiting their scrub included (Art. 12.1,
 * 1.10); and the happy path, step by step, by example.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Actor,
  type CaseState,
  type Command,
  caseStatuses,
  closedStatuses,
  decide,
  newCase,
  SYSTEM,
} from '../../../src/modules/cases/rules/state-machine.js';
import type { Role } from '../../../src/platform/auth/principal.js';

const melder: Actor & { partyId: string } = { userId: 'melder', partyId: 'politie', roles: ['professional'] };
const collega: Actor = { userId: 'collega', partyId: 'politie', roles: ['professional'] };
const ggz: Actor = { userId: 'ggz', partyId: 'ggz', roles: ['professional'] };
const pr1: Actor = { userId: 'pr1', partyId: null, roles: ['procesregisseur'] };
const pr2: Actor = { userId: 'pr2', partyId: null, roles: ['procesregisseur'] };
const manager: Actor = { userId: 'manager', partyId: null, roles: ['manager'] };
const beheer: Actor = { userId: 'beheer', partyId: null, roles: ['functioneel_beheer'] };
const actors = [melder, collega, ggz, pr1, pr2, manager, beheer];

function run(commands: Command[], start: CaseState = newCase(melder)) {
  let s = start;
  for (const c of commands) {
    const d = decide(s, c);
    if (!d.ok) throw new Error(`${c.type}: ${d.reason} (Art. ${d.article})`);
    s = d.state;
  }
  return s;
}

describe('the case flow, by example', () => {
  const toExecution: Command[] = [
    { type: 'submit', actor: melder },
    { type: 'pick-up', actor: pr1 },
    { type: 'accept', actor: pr1, reasoning: 'voldoet aan Bijlage 2' },
    { type: 'decide-triage', actor: pr1, route: 'conference', partyIds: ['politie', 'ggz'] },
    {
      type: 'hold-conference',
      actor: pr1,
      coordinator: { userId: 'ggz', partyId: 'ggz' },
      planAdopted: true,
      deescalationCriteria: 'stabiel wonen',
    },
  ];

  it('runs from registration to de-escalation with two different approvers (Art. 1.10)', () => {
    const s = run([
      ...toExecution,
      { type: 'propose-deescalation', actor: ggz },
      { type: 'approve-deescalation', actor: ggz },
      { type: 'approve-deescalation', actor: pr1 },
    ]);
    expect(s.status).toBe('afgeschaald');
    expect(s.deescalatedBy).toEqual({ procesregisseur: 'pr1', coordinator: 'ggz' });
    const scrubbed = run([{ type: 'scrub', actor: pr1 }], s);
    expect(run([{ type: 'remove', actor: SYSTEM }], scrubbed).status).toBe('verwijderd');
  });

  it('refuses a single person approving twice', () => {
    const s = run([
      ...toExecution,
      { type: 'propose-deescalation', actor: pr1 },
      { type: 'approve-deescalation', actor: pr1 },
    ]);
    const again = decide(s, { type: 'approve-deescalation', actor: pr1 });
    expect(again).toMatchObject({ ok: false, article: '1.10' });
  });

  it('refuses a coordinator from a party not at the table (Art. 8.4a)', () => {
    const s = run(toExecution.slice(0, 4));
    const d = decide(s, {
      type: 'hold-conference',
      actor: pr1,
      coordinator: { userId: 'x', partyId: 'reclassering' },
      planAdopted: true,
      deescalationCriteria: 'x',
    });
    expect(d).toMatchObject({ ok: false, article: '8.4a' });
  });

  it('lets only the registering party withdraw, and only before triage', () => {
    const submitted = run([{ type: 'submit', actor: melder }]);
    expect(decide(submitted, { type: 'withdraw', actor: ggz, reason: 'x' }).ok).toBe(false);
    expect(decide(submitted, { type: 'withdraw', actor: collega, reason: 'opgelost' }).ok).toBe(true);
    const inTriage = run(toExecution.slice(0, 3));
    expect(decide(inTriage, { type: 'withdraw', actor: melder, reason: 'x' }).ok).toBe(false);
  });

  it('lets another procesregisseur take over only with a reason', () => {
    const s = run(toExecution.slice(0, 3));
    expect(decide(s, { type: 'accept', actor: pr2, reasoning: 'x' }).ok).toBe(false);
    expect(decide(s, { type: 'take-over', actor: pr2, reason: ' ' }).ok).toBe(false);
    const taken = run([{ type: 'take-over', actor: pr2, reason: 'vakantie pr1' }], s);
    expect(taken.procesregisseurIds).toEqual(['pr1', 'pr2']);
  });

  it('lets another procesregisseur take over a de-escalated case only while its scrub is due (Art. 12.1, 1.10)', () => {
    const deescalated = run([
      ...toExecution,
      { type: 'propose-deescalation', actor: ggz },
      { type: 'approve-deescalation', actor: ggz },
      { type: 'approve-deescalation', actor: pr1 },
    ]);
    expect(deescalated).toMatchObject({ status: 'afgeschaald', scrubPending: true });
    // Not yet scrubbed: it cannot be removed, and pr2 may take it over (pr1 left) and scrub it.
    expect(decide(deescalated, { type: 'remove', actor: SYSTEM })).toMatchObject({ ok: false });
    expect(decide(deescalated, { type: 'scrub', actor: pr2 })).toMatchObject({
      ok: false,
      code: 'not-allowed',
    });
    expect(decide(deescalated, { type: 'take-over', actor: pr2, reason: '' })).toMatchObject({ ok: false });
    const taken = run([{ type: 'take-over', actor: pr2, reason: 'pr1 is uit dienst' }], deescalated);
    expect(taken).toMatchObject({
      status: 'afgeschaald',
      scrubPending: true,
      procesregisseurIds: ['pr1', 'pr2'],
    });
    const scrubbed = run([{ type: 'scrub', actor: pr2 }], taken);
    expect(scrubbed.scrubPending).toBe(false);
    // Scrubbed: closed like any other dossier, no take-over, no second scrub, removal allowed.
    const third: Actor = { userId: 'pr3', partyId: null, roles: ['procesregisseur'] };
    expect(decide(scrubbed, { type: 'take-over', actor: third, reason: 'x' })).toMatchObject({
      ok: false,
      code: 'wrong-phase',
      article: '12.1',
    });
    expect(decide(scrubbed, { type: 'scrub', actor: pr2 })).toMatchObject({ ok: false, code: 'wrong-phase' });
    expect(run([{ type: 'remove', actor: SYSTEM }], scrubbed).status).toBe('verwijderd');
  });

  it('refuses a take-over of every other closed dossier', () => {
    const rejected = run([
      { type: 'submit', actor: melder },
      { type: 'pick-up', actor: pr1 },
      { type: 'reject', actor: pr1, reason: 'niet complex', advice: 'wijkteam' },
    ]);
    const noConference = run([
      ...toExecution.slice(0, 3),
      { type: 'decide-triage', actor: pr1, route: 'advice', partyIds: [] },
    ]);
    const withdrawn = run([
      { type: 'submit', actor: melder },
      { type: 'withdraw', actor: melder, reason: 'opgelost' },
    ]);
    for (const s of [rejected, noConference, withdrawn])
      expect(decide(s, { type: 'take-over', actor: pr2, reason: 'x' })).toMatchObject({
        ok: false,
        code: 'wrong-phase',
      });
  });
});

const text = fc.constantFrom('', ' ', 'reden');
const actorArb = fc.constantFrom(...actors);
const commandArb: fc.Arbitrary<Command> = fc.oneof(
  actorArb.map((actor) => ({ type: 'submit' as const, actor })),
  fc.tuple(actorArb, text).map(([actor, reason]) => ({ type: 'withdraw' as const, actor, reason })),
  actorArb.map((actor) => ({ type: 'pick-up' as const, actor })),
  fc.tuple(actorArb, text).map(([actor, reason]) => ({ type: 'take-over' as const, actor, reason })),
  fc.tuple(actorArb, text).map(([actor, reasoning]) => ({ type: 'accept' as const, actor, reasoning })),
  fc
    .tuple(actorArb, text, text)
    .map(([actor, reason, advice]) => ({ type: 'reject' as const, actor, reason, advice })),
  fc
    .tuple(
      actorArb,
      fc.constantFrom<'conference' | 'advice' | 'referral'>('conference', 'advice', 'referral'),
      fc.subarray(['politie', 'ggz', 'reclassering']),
    )
    .map(([actor, route, partyIds]) => ({ type: 'decide-triage' as const, actor, route, partyIds })),
  fc
    .tuple(actorArb, actorArb, fc.boolean(), text)
    .map(([actor, coordinator, planAdopted, deescalationCriteria]) => ({
      type: 'hold-conference' as const,
      actor,
      coordinator: { userId: coordinator.userId, partyId: coordinator.partyId ?? 'huis' },
      planAdopted,
      deescalationCriteria,
    })),
  actorArb.map((actor) => ({ type: 'plan-follow-up' as const, actor })),
  fc.tuple(actorArb, text).map(([actor, reason]) => ({ type: 'escalate' as const, actor, reason })),
  actorArb.map((actor) => ({ type: 'propose-deescalation' as const, actor })),
  actorArb.map((actor) => ({ type: 'approve-deescalation' as const, actor })),
  actorArb.map((actor) => ({ type: 'cancel-deescalation' as const, actor })),
  actorArb.map((actor) => ({ type: 'scrub' as const, actor })),
  fc.constant({ type: 'remove' as const, actor: SYSTEM }),
);

function invariants(before: CaseState, after: CaseState, c: Command): void {
  // Only a procesregisseur ever holds the procesregie.
  for (const id of after.procesregisseurIds) expect(['pr1', 'pr2']).toContain(id);
  if (!['concept', 'aangemeld', 'ingetrokken', 'verwijderd'].includes(after.status))
    expect(after.procesregisseurIds.length).toBeGreaterThan(0);
  // Execution needs a coordinator from a party at the table (Art. 8.4a).
  if (after.status === 'in_uitvoering' || after.coordinator) {
    expect(after.coordinator).not.toBeNull();
    expect(after.participantPartyIds).toContain(after.coordinator?.partyId);
  }
  // De-escalation needs both approvals by two different people, one in each role (Art. 1.10).
  if (after.status === 'afgeschaald' && before.status !== 'afgeschaald') {
    const by = after.deescalatedBy;
    expect(by).not.toBeNull();
    expect(by?.procesregisseur).not.toBe(by?.coordinator);
    expect(before.procesregisseurIds).toContain(by?.procesregisseur);
    expect(before.coordinator?.userId).toBe(by?.coordinator);
    expect(c.type).toBe('approve-deescalation');
  }
  // Withdrawal only before triage, only by the registering party.
  if (after.status === 'ingetrokken' && before.status !== 'ingetrokken') {
    expect(['concept', 'aangemeld', 'in_beoordeling']).toContain(before.status);
    expect(c.actor !== SYSTEM && c.actor.partyId).toBe(before.registeringPartyId);
  }
  // Removal only of closed dossiers — a de-escalated one only once scrubbed — only by the system.
  if (after.status === 'verwijderd' && before.status !== 'verwijderd') {
    expect(closedStatuses).toContain(before.status);
    expect(before.scrubPending).toBe(false);
    expect(c.actor).toBe(SYSTEM);
  }
  // Art. 1.10: a scrub is due exactly from the de-escalation until the scrub, by an assigned procesregisseur.
  if (after.scrubPending) expect(after.status).toBe('afgeschaald');
  if (after.status === 'afgeschaald' && before.status !== 'afgeschaald')
    expect(after.scrubPending).toBe(true);
  if (before.scrubPending && !after.scrubPending && after.status === 'afgeschaald') {
    expect(c.type).toBe('scrub');
    expect(before.procesregisseurIds).toContain(c.actor !== SYSTEM && c.actor.userId);
  }
  // It becomes due only by entering afgeschaald; once scrubbed it never becomes due again.
  if (!before.scrubPending && after.scrubPending) expect(before.status).not.toBe('afgeschaald');
  // Art. 12.1: a take-over adds a procesregisseur to a case that still needs one, and changes nothing else.
  if (c.type === 'take-over' && after !== before) {
    expect(takeable(before)).toBe(true);
    expect({ ...after, procesregisseurIds: before.procesregisseurIds }).toEqual(before);
    expect(after.procesregisseurIds).toEqual([...before.procesregisseurIds, c.actor.userId]);
  }
  // Nobody without a case role ever moves the case.
  if (after !== before && c.actor !== SYSTEM) {
    const a = c.actor as Actor;
    const roles: Role[] = [...a.roles];
    expect(roles.includes('manager') || roles.includes('functioneel_beheer')).toBe(false);
  }
}

/** Written out apart from the implementation: the phases in which procesregie can change hands. */
function takeable(s: CaseState): boolean {
  const open = ['in_beoordeling', 'in_triage', 'overleg_gepland', 'in_uitvoering'];
  return open.includes(s.status) || (s.status === 'afgeschaald' && s.scrubPending);
}

/** The happy path, with random noise between its steps, so that runs reach the deep phases too. */
const happyPath: Command[] = [
  { type: 'submit', actor: melder },
  { type: 'pick-up', actor: pr1 },
  { type: 'accept', actor: pr1, reasoning: 'voldoet' },
  { type: 'decide-triage', actor: pr1, route: 'conference', partyIds: ['politie', 'ggz'] },
  {
    type: 'hold-conference',
    actor: pr1,
    coordinator: { userId: 'ggz', partyId: 'ggz' },
    planAdopted: true,
    deescalationCriteria: 'stabiel',
  },
  { type: 'propose-deescalation', actor: ggz },
  { type: 'approve-deescalation', actor: pr1 },
  { type: 'approve-deescalation', actor: ggz },
  // pr1 leaves before the scrub: pr2 takes over and finishes the dossier (Art. 12.1, 1.10).
  { type: 'take-over', actor: pr2, reason: 'pr1 is uit dienst' },
  { type: 'scrub', actor: pr2 },
  { type: 'remove', actor: SYSTEM },
];
const runArb = fc
  .tuple(
    fc.array(fc.array(commandArb, { maxLength: 4 }), {
      minLength: happyPath.length,
      maxLength: happyPath.length,
    }),
    fc.array(commandArb, { maxLength: 30 }),
  )
  .map(([noise, tail]) => [...happyPath.flatMap((step, i) => [...(noise[i] ?? []), step]), ...tail]);
const anyRun = fc.oneof(fc.array(commandArb, { maxLength: 60 }), runArb);

describe('the case flow, by property', () => {
  it('never reaches an invalid state or skips an approval, whatever anyone tries', () => {
    fc.assert(
      fc.property(anyRun, (commands) => {
        let s = newCase(melder);
        for (const c of commands) {
          const d = decide(s, c);
          if (d.ok) {
            invariants(s, d.state, c);
            s = d.state;
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('lets an unassigned procesregisseur take over exactly the cases that still need procesregie', () => {
    const outcomes = new Set<string>();
    fc.assert(
      fc.property(anyRun, (commands) => {
        let s = newCase(melder);
        for (const c of commands) {
          const d = decide(s, c);
          if (d.ok) s = d.state;
          for (const other of [pr1, pr2].filter((a) => !s.procesregisseurIds.includes(a.userId))) {
            const taken = decide(s, { type: 'take-over', actor: other, reason: 'afwezig' });
            expect(taken.ok, `${s.status} scrubPending=${s.scrubPending}`).toBe(takeable(s));
            outcomes.add(`${s.status}:${s.scrubPending}:${taken.ok}`);
          }
        }
      }),
      { numRuns: 2000 },
    );
    // Both sides of the de-escalated case were met: taken over while due, refused once scrubbed.
    expect(outcomes).toContain('afgeschaald:true:true');
    expect(outcomes).toContain('afgeschaald:false:false');
  });

  it('reaches every phase in some run (the generator is not too weak to find them)', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(anyRun, (commands) => {
        let s = newCase(melder);
        for (const c of commands) {
          const d = decide(s, c);
          if (d.ok) s = d.state;
          seen.add(s.status);
        }
      }),
      { numRuns: 3000 },
    );
    expect([...seen].sort()).toEqual([...caseStatuses].sort());
  });
});
