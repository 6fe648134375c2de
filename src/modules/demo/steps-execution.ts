/**
 * Runs the later steps of a demo case through the real commands: holding a conference (Art. 8.4),
 * action statuses and progress reports (Art. 8.5, 13.2–13.3), escalation (Art. 11.3d), a
 * follow-up conference (Art. 1.9), de-escalation with its two approvals and the scrub (Art. 1.10).
 * The only thing written around the commands is what the passing of time does: an action's due
 * date, relative to the seed's `now`, set right after the conference that agreed it.
 */
import type { Kysely } from 'kysely';
import { openCaseKey } from '../../platform/crypto/case-keys.js';
import type { Database } from '../../platform/db/schema.js';
import type { TraceContext } from '../../platform/processing-log/index.js';
import { planFollowUp } from '../cases/conference/follow-up-command.js';
import { holdConference } from '../cases/conference/hold-command.js';
import { listElements } from '../cases/deescalation/elements.js';
import { deescalate } from '../cases/deescalation/proposal-command.js';
import { scrubAndClose } from '../cases/deescalation/scrub-command.js';
import { changeActionStatus } from '../cases/execution/action-status-command.js';
import { escalation } from '../cases/execution/escalation-command.js';
import { addProgressReport } from '../cases/execution/progress-command.js';
import { unseal } from '../cases/sealing.js';
import type { DemoStep } from './demo-types.js';
import type { StepContext } from './steps.js';

const DAY = 86_400_000;

export const versionOf = async (db: Kysely<Database>, id: string) =>
  (await db.selectFrom('cases').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version;

export const dateIn = (now: Date, days: number) =>
  new Date(now.getTime() + days * DAY).toISOString().slice(0, 10);

export type ExecutionStep = Extract<
  DemoStep,
  {
    do:
      | 'hold'
      | 'action-status'
      | 'progress'
      | 'escalate'
      | 'follow-up'
      | 'propose-deescalation'
      | 'approve-deescalation'
      | 'scrub';
  }
>;

const kinds = new Set<string>([
  'hold',
  'action-status',
  'progress',
  'escalate',
  'follow-up',
  'propose-deescalation',
  'approve-deescalation',
  'scrub',
]);
export const isExecutionStep = (step: DemoStep): step is ExecutionStep => kinds.has(step.do);

async function hold(s: StepContext, step: Extract<DemoStep, { do: 'hold' }>, trace: TraceContext) {
  const { ctx, caseId } = s;
  const conf = await ctx.db
    .selectFrom('case_conferences')
    .select('id')
    .where('case_id', '=', caseId)
    .where('status', '=', 'planned')
    .executeTakeFirstOrThrow();
  const named = await ctx.db
    .selectFrom('case_conference_participants')
    .select('user_id')
    .where('conference_id', '=', conf.id)
    .execute();
  const absent = new Set((step.record.absent ?? []).map((l) => s.who(l).userId));
  const { actions, partyRoles, coordinator, ...texts } = step.record;
  await holdConference(
    ctx,
    s.who('procesregisseur'),
    caseId,
    conf.id,
    await versionOf(ctx.db, caseId),
    {
      ...texts,
      attendance: named.map((n) => ({ userId: n.user_id, present: !absent.has(n.user_id) })),
      coordinatorUserId: s.who(coordinator).userId,
      // Agreed on the day itself; the real due dates follow below.
      actions: actions.map((a) => ({
        ownerPartyId: s.partyId(a.party),
        description: a.description,
        dueDate: dateIn(s.now, 60),
      })),
      partyRoles: partyRoles.map((r) => ({
        partyId: s.partyId(r.party),
        role: r.role,
        informationNeeds: r.informationNeeds,
      })),
    },
    trace,
  );
  const key = await openCaseKey(ctx.db, ctx.masterKey, caseId);
  const rows = await ctx.db
    .selectFrom('case_actions')
    .select(['id', 'description_enc'])
    .where('conference_id', '=', conf.id)
    .execute();
  for (const row of rows) {
    const text = unseal(key, 'case_actions', 'description', row.id, row.description_enc);
    const a = actions.find((x) => x.description === text);
    if (!a) throw new Error(`demo-actie zonder ref: ${text.slice(0, 40)}`);
    s.actions.set(a.ref, row.id);
    await ctx.db
      .updateTable('case_actions')
      .set({ due_date: dateIn(s.now, a.dueInDays) })
      .where('id', '=', row.id)
      .execute();
  }
}

export async function runExecutionStep(s: StepContext, step: ExecutionStep, trace: TraceContext) {
  const { ctx, caseId } = s;
  const version = () => versionOf(ctx.db, caseId);
  switch (step.do) {
    case 'hold':
      return hold(s, step, trace);
    case 'action-status': {
      const id = s.actions.get(step.ref);
      if (!id) throw new Error(`demo-actie ${step.ref} onbekend`);
      const row = await ctx.db
        .selectFrom('case_actions')
        .select('version')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      const input = { status: step.status, ...(step.note ? { note: step.note } : {}) };
      await changeActionStatus(ctx, s.who(step.by), caseId, id, row.version, input, trace);
      return;
    }
    case 'progress':
      await addProgressReport(ctx, s.who(step.by), caseId, step.text, trace);
      return;
    case 'escalate':
      await escalation(
        ctx,
        s.who(step.by),
        caseId,
        await version(),
        { action: 'escalate', reason: step.reason },
        trace,
      );
      return;
    case 'follow-up':
      await planFollowUp(ctx, s.who(step.by), caseId, await version(), step.reason, trace);
      return;
    case 'propose-deescalation':
      await deescalate(
        ctx,
        s.who(step.by),
        caseId,
        await version(),
        { action: 'propose', evaluation: step.evaluation },
        trace,
      );
      return;
    case 'approve-deescalation':
      await deescalate(ctx, s.who(step.by), caseId, await version(), { action: 'approve' }, trace);
      return;
    case 'scrub': {
      // Art. 1.10: every element decided; what is still needed is kept, with its reason.
      const key = await openCaseKey(ctx.db, ctx.masterKey, caseId);
      const keep = new Map(step.keep.map((k) => [k.type as string, k.reason]));
      const decisions = (await listElements(ctx.db, key, caseId)).map((e) => {
        const reason = keep.get(e.type);
        return reason
          ? { type: e.type, id: e.id, decision: 'keep' as const, reason }
          : { type: e.type, id: e.id, decision: 'remove' as const };
      });
      await scrubAndClose(ctx, s.who('procesregisseur'), caseId, await version(), decisions, trace);
      return;
    }
  }
}
