/**
 * Moving a case through registration and assessment (Art. 1.7, 12.1, 12.2a): every transition is
 * decided by the pure state machine on the state read inside the transaction, guarded by the row
 * version (If-Match), and writes its timeline event and processing-log entries in that transaction.
 */
import type { Principal } from '../../platform/auth/principal.js';
import { openCaseKey } from '../../platform/crypto/case-keys.js';
import { staleWrite } from '../../platform/http/etag.js';
import { nowUtc } from '../../platform/ids.js';
import { appendProcessing, bsnSubject, type TraceContext } from '../../platform/processing-log/index.js';
import type { CaseContext } from './context.js';
import { recordEvent } from './events.js';
import { findKnown, knownCheckEntries, recordKnown } from './known-check.js';
import { moveCase } from './move.js';
import { notFoundProblem, refusalProblem, requireAccess } from './policy.js';
import { activityOfPhase, activityUri, entriesFor, subjectsOf } from './processing.js';
import { type Actor, type CaseStatus, type Command, decide } from './rules/state-machine.js';
import { seal, unsealOrNull } from './sealing.js';
import { loadCase, stateOf } from './state.js';
import { notifyTransition } from './transition-notifications.js';

export type TransitionInput =
  | { action: 'submit' }
  | { action: 'pick-up' }
  | { action: 'withdraw'; reason: string }
  | { action: 'take-over'; reason: string }
  | { action: 'accept'; reasoning: string }
  | { action: 'reject'; reason: string; advice: string };

const eventTypes = {
  submit: 'submitted',
  'pick-up': 'picked-up',
  withdraw: 'withdrawn',
  'take-over': 'taken-over',
  accept: 'accepted',
  reject: 'rejected',
} as const;

function commandOf(input: TransitionInput, actor: Actor): Command {
  switch (input.action) {
    case 'submit':
      return { type: 'submit', actor };
    case 'pick-up':
      return { type: 'pick-up', actor };
    case 'withdraw':
      return { type: 'withdraw', actor, reason: input.reason };
    case 'take-over':
      return { type: 'take-over', actor, reason: input.reason };
    case 'accept':
      return { type: 'accept', actor, reasoning: input.reasoning };
    case 'reject':
      return { type: 'reject', actor, reason: input.reason, advice: input.advice };
  }
}

function noteOf(input: TransitionInput): { note?: string; advice?: string } {
  if (input.action === 'accept') return { note: input.reasoning };
  if (input.action === 'reject') return { note: input.reason, advice: input.advice };
  if (input.action === 'withdraw' || input.action === 'take-over') return { note: input.reason };
  return {};
}

export interface TransitionResult {
  id: string;
  caseNumber: string;
  status: CaseStatus;
  version: number;
}

export async function transition(
  ctx: CaseContext,
  principal: Principal,
  caseId: string,
  expectedVersion: number,
  input: TransitionInput,
  trace: TraceContext,
): Promise<TransitionResult> {
  return ctx.db.transaction().execute(async (trx) => {
    const loaded = await loadCase(trx, caseId);
    if (!loaded) throw notFoundProblem();
    requireAccess(principal, loaded, input.action);
    if (loaded.row.version !== expectedVersion) throw staleWrite();
    const actor = { userId: principal.userId, partyId: principal.partyId, roles: principal.roles };
    const decision = decide(stateOf(loaded), commandOf(input, actor));
    if (!decision.ok) throw refusalProblem(decision);
    const next = decision.state;
    const now = nowUtc();
    await moveCase(
      trx,
      caseId,
      expectedVersion,
      next.status,
      now,
      input.action === 'submit' ? { submitted_at: now } : {},
    );

    const key = await openCaseKey(trx, ctx.masterKey, caseId);
    for (const userId of next.procesregisseurIds.filter((u) => !loaded.procesregisseurIds.includes(u))) {
      await trx
        .insertInto('case_procesregisseurs')
        .values({
          case_id: caseId,
          user_id: userId,
          assigned_at: now,
          reason_enc:
            input.action === 'take-over'
              ? seal(key, 'case_procesregisseurs', 'reason', `${caseId}:${userId}`, input.reason)
              : null,
        })
        .execute();
    }
    await recordEvent(trx, key, caseId, {
      type: eventTypes[input.action],
      article: decision.article,
      actorUserId: principal.userId,
      ...noteOf(input),
    });

    const persons = await trx
      .selectFrom('case_persons')
      .select(['id', 'position', 'bsn_enc', 'bsn_index', 'name_birth_index'])
      .where('case_id', '=', caseId)
      .orderBy('position')
      .execute();
    const bsns = persons.map((p) => unsealOrNull(key, 'case_persons', 'bsn', p.id, p.bsn_enc));
    const activity =
      input.action === 'submit' || input.action === 'withdraw'
        ? 'aanmelding'
        : input.action === 'take-over'
          ? activityOfPhase(next.status)
          : 'beoordeling';
    const spec = {
      name: `case.${input.action}`,
      operation: 'update' as const,
      activity,
      caseId,
      controllerPartyId: loaded.row.registering_party_id,
      principal,
      trace,
    };
    const entries = await entriesFor(trx, spec, subjectsOf(ctx.log, bsns));
    if (input.action === 'submit') {
      const matches = await findKnown(trx, caseId, persons);
      await recordKnown(trx, key, caseId, matches);
      const base = {
        name: 'case.known-check',
        operation: 'read' as const,
        processingActivityId: await activityUri(trx, 'aanmelding'),
        actor: { userId: principal.userId, partyId: principal.partyId },
        trace,
      };
      entries.push(
        ...knownCheckEntries(matches, base, (position) => {
          const bsn = bsns[position];
          return bsn ? bsnSubject(ctx.log, bsn) : null;
        }),
      );
    }
    await appendProcessing(trx, entries);
    await notifyTransition(trx, input.action, {
      caseId,
      actorUserId: principal.userId,
      registeringUserId: loaded.row.registering_user_id,
      previousRegisseurs: loaded.procesregisseurIds,
    });
    return {
      id: caseId,
      caseNumber: loaded.row.case_number,
      status: next.status,
      version: expectedVersion + 1,
    };
  });
}
