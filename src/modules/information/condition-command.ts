/**
 * Changing an item after it was provided (Art. 16.2, 12.2f): the provider changes its conditions
 * or withdraws it, with immediate effect (every read checks the conditions of that moment); the
 * procesregisseur assesses reading before the conference and the provider approves it. Each change
 * is guarded by the item's version (If-Match) and commits with its processing-log entries.
 */
import type { Transaction } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { openCaseKey } from '../../platform/crypto/case-keys.js';
import type { Database, InformationItemTable } from '../../platform/db/schema.js';
import { staleWrite } from '../../platform/http/etag.js';
import type { ProblemError } from '../../platform/http/problem.js';
import { nowUtc } from '../../platform/ids.js';
import { appendProcessing, type TraceContext } from '../../platform/processing-log/index.js';
import type { CaseContext } from '../cases/context.js';
import { notify } from '../notifications/notify.js';
import { type VisibleItem, visibleItem } from './access.js';
import { checkPartiesExist, refusalProblem } from './create-command.js';
import { replaceNamedParties } from './insert.js';
import { checkAssessor, checkProvider } from './policy.js';
import { itemEntries, subjectsByPerson } from './processing.js';
import { requireProvidableRegime } from './regime.js';
import { checkExpiry, checkNamedParties, isRefusal, nextPreConference } from './rules/conditions.js';
import type { ConditionsInput } from './schemas.js';

type Changes = Partial<Omit<InformationItemTable, 'id' | 'case_id' | 'version'>>;

interface Step {
  name: string;
  check(v: VisibleItem): ProblemError | null;
  apply(trx: Transaction<Database>, v: VisibleItem, now: string): Promise<Changes>;
}

async function change(
  ctx: CaseContext,
  p: Principal,
  id: string,
  expectedVersion: number,
  trace: TraceContext,
  step: Step,
): Promise<{ id: string; version: number }> {
  return ctx.db.transaction().execute(async (trx) => {
    const now = nowUtc();
    const v = await visibleItem(trx, p, id, now);
    const refusal = step.check(v);
    if (refusal) throw refusal;
    if (v.item.version !== expectedVersion) throw staleWrite();
    const changes = await step.apply(trx, v, now);
    const moved = await trx
      .updateTable('information_items')
      .set({ ...changes, updated_at: now, version: expectedVersion + 1 })
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) throw staleWrite();
    const key = await openCaseKey(trx, ctx.masterKey, v.item.case_id);
    const subjects = await subjectsByPerson(trx, ctx, key, v.item.case_id);
    const spec = {
      name: step.name,
      operation: 'update' as const,
      caseId: v.item.case_id,
      caseStatus: v.loaded.row.status,
      principal: p,
      trace,
    };
    await appendProcessing(trx, await itemEntries(trx, spec, subjects, [v.item]));
    return { id, version: expectedVersion + 1 };
  });
}

/** Art. 16.2: the provider sets new conditions (tighter or wider), effective at once. */
export const changeConditions = (
  ctx: CaseContext,
  p: Principal,
  id: string,
  version: number,
  input: ConditionsInput,
  trace: TraceContext,
) =>
  change(ctx, p, id, version, trace, {
    name: 'information-item.conditions',
    check: (v) => checkProvider(p, v.item, v.view),
    apply: async (trx, v, now) => {
      const wrong =
        checkNamedParties(input.visibility, input.namedPartyIds) ?? checkExpiry(input.expiresAt, now);
      if (wrong) throw refusalProblem(wrong);
      // Art. 15.2: a corrected regime must be one the item's controller may provide. Keeping the
      // regime it has is no change and is not checked, so older items stay editable.
      if (input.regime && input.regime !== v.item.regime)
        await requireProvidableRegime(
          trx,
          v.item.provider_party_id,
          input.regime,
          v.item.provider_kind === 'house' ? 'house' : 'party',
        );
      await checkPartiesExist(trx, input.namedPartyIds);
      await replaceNamedParties(trx, v.item.id, input.namedPartyIds);
      return {
        visibility: input.visibility,
        use_in_action_plan: input.useInActionPlan ? 1 : 0,
        expires_at: input.expiresAt,
        ...(input.regime && { regime: input.regime }),
      };
    },
  });

/** Art. 16.2: the provider withdraws its item; from now on only the provider sees it. */
export const withdrawItem = (
  ctx: CaseContext,
  p: Principal,
  id: string,
  version: number,
  trace: TraceContext,
) =>
  change(ctx, p, id, version, trace, {
    name: 'information-item.withdraw',
    check: (v) => checkProvider(p, v.item, v.view),
    apply: async (_trx, _v, now) => ({ withdrawn_at: now, withdrawn_by_user_id: p.userId }),
  });

/** Art. 12.2f: the procesregisseur's assessment of reading before the conference. */
export const assessPreConference = (
  ctx: CaseContext,
  p: Principal,
  id: string,
  version: number,
  allow: boolean,
  trace: TraceContext,
) =>
  change(ctx, p, id, version, trace, {
    name: 'information-item.pre-conference.assess',
    check: (v) => checkAssessor(v.view),
    apply: async (trx, v, now) => {
      const next = nextPreConference(
        v.item.pre_conference,
        { by: 'procesregisseur', allow },
        v.item.withdrawn_at !== null,
      );
      if (isRefusal(next)) throw refusalProblem(next);
      // Art. 12.2f: the provider is asked to approve. The notification names no item (no title).
      if (next === 'requested' && v.item.provider_kind === 'party')
        await notify(trx, {
          userIds: [v.item.provided_by_user_id],
          kind: 'case.pre-conference-approval-requested',
          caseId: v.item.case_id,
          link: `/casussen/${v.item.case_id}`,
        });
      return {
        pre_conference: next,
        pre_conference_assessed_by_user_id: p.userId,
        pre_conference_assessed_at: now,
        ...(next === 'not-allowed' && {
          pre_conference_approved_by_user_id: null,
          pre_conference_approved_at: null,
        }),
      };
    },
  });

/** Art. 12.2f: "uitsluitend als de Partij die de gegevens heeft verstrekt dat accordeert". */
export const approvePreConference = (
  ctx: CaseContext,
  p: Principal,
  id: string,
  version: number,
  approve: boolean,
  trace: TraceContext,
) =>
  change(ctx, p, id, version, trace, {
    name: 'information-item.pre-conference.approve',
    check: (v) => checkProvider(p, v.item, v.view),
    apply: async (_trx, v, now) => {
      const next = nextPreConference(
        v.item.pre_conference,
        { by: 'provider', approve },
        v.item.withdrawn_at !== null,
      );
      if (isRefusal(next)) throw refusalProblem(next);
      return next === 'approved'
        ? {
            pre_conference: next,
            pre_conference_approved_by_user_id: p.userId,
            pre_conference_approved_at: now,
          }
        : {
            pre_conference: next,
            pre_conference_approved_by_user_id: null,
            pre_conference_approved_at: null,
          };
    },
  });
