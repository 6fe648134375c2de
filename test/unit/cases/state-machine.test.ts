/**
 * The case state machine (issue 5 §8): random sequences of commands by random users never reach
 * an invalid state or skip a required approval; and the happy path, step by step, by example.
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
    expect(run([{ type: 'remove', actor: SYSTEM }], s).status).toBe('verwijderd');
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
  // Removal only of closed dossiers, only by the system.
  if (after.status === 'verwijderd' && before.status !== 'verwijderd') {
    expect(closedStatuses).toContain(before.status);
    expect(c.actor).toBe(SYSTEM);
  }
  // Nobody without a case role ever moves the case.
  if (after !== before && c.actor !== SYSTEM) {
    const a = c.actor as Actor;
    const roles: Role[] = [...a.roles];
    expect(roles.includes('manager') || roles.includes('functioneel_beheer')).toBe(false);
  }
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
