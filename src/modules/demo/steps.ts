/**
 * Runs one step of a demo case through the real command it stands for: registration and
 * assessment (transition, assessment thread), triage (information requests and answers, the
 * outcome) and planning a case conference; the later steps in steps-execution.ts. Dates are
 * relative to the seed's `now`.
 */
import type { Principal } from '../../platform/auth/principal.js';
import { newTraceId } from '../../platform/processing-log/index.js';
import { planConference } from '../cases/conference/plan-command.js';
import type { CaseContext } from '../cases/context.js';
import { addQuestion } from '../cases/question-command.js';
import { type TransitionInput, transition } from '../cases/transition-command.js';
import { decideTriage } from '../cases/triage/outcome-command.js';
import { answerRequest, sendRequest } from '../cases/triage/request-command.js';
import type { DemoLogin, DemoStep } from './demo-types.js';
import { dateIn, isExecutionStep, runExecutionStep, versionOf } from './steps-execution.js';

const DAY = 86_400_000;

export interface StepContext {
  ctx: CaseContext;
  caseId: string;
  registering: Principal;
  who: (login: DemoLogin) => Principal;
  partyId: (key: string) => string;
  now: Date;
  /** The case's actions by their `ref` in the demo case, filled when a conference is held. */
  actions: Map<string, string>;
}

/** Today at 09:30 UTC plus `days`: a plausible start for a conference. */
function startIn(now: Date, days: number) {
  const d = new Date(now.getTime() + days * DAY);
  d.setUTCHours(9, 30, 0, 0);
  return d;
}

export async function runStep(s: StepContext, step: DemoStep): Promise<void> {
  const { ctx, caseId } = s;
  const trace = { traceId: newTraceId(), parentSpanId: null };
  const regisseur = s.who('procesregisseur');
  if (isExecutionStep(step)) return runExecutionStep(s, step, trace);
  switch (step.do) {
    case 'ask':
      await addQuestion(ctx, step.by === 'registering' ? s.registering : regisseur, caseId, step.text, trace);
      return;
    case 'request':
      await sendRequest(
        ctx,
        s.who(step.by),
        caseId,
        {
          partyId: s.partyId(step.party),
          question: step.question,
          deadline: dateIn(s.now, step.deadlineInDays),
        },
        trace,
      );
      return;
    case 'answer': {
      const p = s.who(step.by);
      const req = await ctx.db
        .selectFrom('case_information_requests')
        .select(['id', 'version'])
        .where('case_id', '=', caseId)
        .where('party_id', '=', p.partyId as string)
        .where('status', '=', 'open')
        .executeTakeFirstOrThrow();
      await answerRequest(ctx, p, req.id, req.version, step.answer, trace);
      return;
    }
    case 'triage':
      await decideTriage(
        ctx,
        regisseur,
        caseId,
        await versionOf(ctx.db, caseId),
        { ...step.outcome, partyIds: step.outcome.parties.map(s.partyId) },
        trace,
      );
      return;
    case 'plan': {
      const startsAt = startIn(s.now, step.inDays);
      await planConference(
        ctx,
        regisseur,
        caseId,
        {
          ...step.plan,
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 90 * 60_000).toISOString(),
          invitations: step.plan.invitations.map((i) => ({
            partyId: s.partyId(i.party),
            contribution: i.contribution,
            participantUserIds: i.participants.map((l) => s.who(l).userId),
          })),
        },
        trace,
      );
      return;
    }
    default: {
      const actor = step.do === 'submit' || step.do === 'withdraw' ? s.registering : regisseur;
      const { do: action, ...fields } = step;
      const input = { action, ...fields } as TransitionInput;
      await transition(ctx, actor, caseId, await versionOf(ctx.db, caseId), input, trace);
    }
  }
}
