/**
 * Providing information in a case (Art. 15.1, 16.2): a professional with a role in the case
 * provides an item for their own party, which becomes its controller; the assigned procesregisseur
 * adds the house's own notes (controller: the centrumgemeente, Art. 1.12, 14.1). The item, its
 * links and its processing-log entries commit in one transaction. No timeline event and no
 * notification names the item: who may not see it must not learn that it exists.
 */
import type { Transaction } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { openCaseKey } from '../../platform/crypto/case-keys.js';
import type { Database } from '../../platform/db/schema.js';
import { ProblemError } from '../../platform/http/problem.js';
import { nowUtc } from '../../platform/ids.js';
import { appendProcessing, type TraceContext } from '../../platform/processing-log/index.js';
import type { CaseContext } from '../cases/context.js';
import { notFoundProblem } from '../cases/policy.js';
import { loadCase } from '../cases/state.js';
import { caseViewOf } from './access.js';
import { insertItem } from './insert.js';
import { canCreate } from './policy.js';
import { itemEntries, subjectsByPerson } from './processing.js';
import { requireProvidableRegime } from './regime.js';
import { checkExpiry, checkNamedParties, type Refusal } from './rules/conditions.js';
import type { ItemCreate } from './schemas.js';

export const refusalProblem = (r: Refusal) => new ProblemError(r.code, r.reason);

/** Art. 16.2: named parties must exist. */
export async function checkPartiesExist(trx: Transaction<Database>, ids: readonly string[]) {
  if (!ids.length) return;
  const found = await trx
    .selectFrom('parties')
    .select('id')
    .where('id', 'in', [...ids])
    .execute();
  if (found.length !== new Set(ids).size)
    throw new ProblemError('validation', 'namedPartyIds: een genoemde partij bestaat niet');
}

/** The persons the item concerns: the given ones, which must belong to the case, or all of them. */
async function personsOf(trx: Transaction<Database>, caseId: string, given: readonly string[]) {
  const all = (await trx.selectFrom('case_persons').select('id').where('case_id', '=', caseId).execute()).map(
    (r) => r.id,
  );
  if (!given.length) return all;
  if (given.some((id) => !all.includes(id)))
    throw new ProblemError('validation', 'personIds: een betrokkene hoort niet bij deze casus');
  return [...new Set(given)];
}

export async function createItem(
  ctx: CaseContext,
  p: Principal,
  caseId: string,
  input: ItemCreate,
  trace: TraceContext,
): Promise<{ id: string; version: number }> {
  return ctx.db.transaction().execute(async (trx) => {
    const loaded = await loadCase(trx, caseId);
    if (!loaded) throw notFoundProblem();
    const view = await caseViewOf(trx, p, loaded);
    if (view.relation === null) throw notFoundProblem();
    const refusal = canCreate(p, loaded, view);
    if (refusal) throw refusal;
    const wrong =
      checkNamedParties(input.visibility, input.namedPartyIds) ?? checkExpiry(input.expiresAt, nowUtc());
    if (wrong) throw refusalProblem(wrong);
    await checkPartiesExist(trx, input.namedPartyIds);
    const personIds = await personsOf(trx, caseId, input.personIds);
    const house = view.relation === 'assigned';
    const providerPartyId = house
      ? (await trx.selectFrom('house').select('centrumgemeente_party_id').executeTakeFirstOrThrow())
          .centrumgemeente_party_id
      : (p.partyId as string);
    // Art. 15.2: only a party the house configuration allows provides police (Wpg) or judicial
    // (Wjsg) data; a house note's controller is the centrumgemeente. Checked before any write.
    await requireProvidableRegime(trx, providerPartyId, input.regime, house ? 'house' : 'party');
    const key = await openCaseKey(trx, ctx.masterKey, caseId);
    const id = await insertItem(trx, key, {
      caseId,
      providerKind: house ? 'house' : 'party',
      providerPartyId,
      providedByUserId: p.userId,
      sourceRequestId: null,
      title: input.title,
      body: input.body,
      regime: input.regime,
      visibility: input.visibility,
      namedPartyIds: input.namedPartyIds,
      useInActionPlan: input.useInActionPlan,
      expiresAt: input.expiresAt,
      personIds,
    });
    const subjects = await subjectsByPerson(trx, ctx, key, caseId);
    const spec = {
      name: 'information-item.create',
      operation: 'create' as const,
      caseId,
      caseStatus: loaded.row.status,
      principal: p,
      trace,
    };
    await appendProcessing(
      trx,
      await itemEntries(trx, spec, subjects, [{ provider_party_id: providerPartyId, personIds }]),
    );
    return { id, version: 1 };
  });
}
