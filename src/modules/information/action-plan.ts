/**
 * Information items cited in the action plan (Art. 8.4b, 16.2; security backlog 21): what the
 * case conference and execution modules use to let an action name the items it is based on.
 *
 * - Citing (`checkCitable`): every cited id must be an item of the case that the caller may see
 *   now — an unknown id, another case's item, a shredded item and an item the caller may not see
 *   all get one and the same 404, so that citing never reveals that an item exists — and whose
 *   provider allows its use in the action plan now (rules/action-plan.ts); otherwise 409.
 * - Changing (`replaceCitations`): the items the caller lists replace the citations the caller can
 *   see; citations of items the caller cannot see stay untouched (rules/action-plan.ts).
 * - Reading (`citationsOf`): the citations of the given actions as this caller may see them now —
 *   a cited item the caller may not see (any more) is left out entirely, title and existence; one
 *   the caller sees but whose provider no longer allows its use in the plan (tightened, withdrawn,
 *   expired) is marked `usable: false`.
 *
 * Only links are stored (migration 0037, `case_action_citations`); titles are unsealed with each
 * item's own key at read time, so a shredded item is gone from the plan with its key.
 */
import type { Kysely } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { itemKeyRing } from '../../platform/crypto/item-keys.js';
import type { Database, InformationRegime } from '../../platform/db/schema.js';
import { ProblemError } from '../../platform/http/problem.js';
import type { DataSubject, ProcessingEntryInput } from '../../platform/processing-log/index.js';
import type { CaseContext } from '../cases/context.js';
import { unseal } from '../cases/sealing.js';
import type { LoadedCase } from '../cases/state.js';
import { caseViewOf, conditionsOf, type ItemRow, viewerOf, withLinks } from './access.js';
import { type ItemLogSpec, itemEntries, subjectsByPerson } from './processing.js';
import { citationChange, usableInActionPlan } from './rules/action-plan.js';
import { type CaseView, visibilityReason } from './rules/visibility.js';

/** A citation as the caller may see it (only for items they may see now). */
export interface CitationView {
  itemId: string;
  title: string;
  regime: InformationRegime;
  providerPartyId: string;
  /** Art. 16.2: false once the provider no longer allows its use in the plan (or withdrew it). */
  usable: boolean;
}

/** One answer for an unknown id, another case's item, a shredded item and an invisible one. */
export const citedItemNotFound = () =>
  new ProblemError('not-found', 'Een genoemd informatie-item bestaat niet of u heeft er geen toegang toe.');

export const notUsableInActionPlan = () =>
  new ProblemError(
    'not-usable-in-action-plan',
    'de verstrekkende partij staat gebruik van deze informatie in het plan van aanpak niet (meer) toe (Art. 16.2)',
  );

const useOf = (i: ItemRow) => ({
  useInActionPlan: i.use_in_action_plan === 1,
  withdrawnAt: i.withdrawn_at,
  expiresAt: i.expires_at,
});

/** The case's items among `ids` that still have their key, with their links. */
async function caseItems(db: Kysely<Database>, caseId: string, ids: readonly string[]): Promise<ItemRow[]> {
  if (!ids.length) return [];
  const rows = await db
    .selectFrom('information_items')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('id', 'in', [...ids])
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('information_item_keys as k')
            .select('k.item_id')
            .whereRef('k.item_id', '=', 'information_items.id')
            .where('k.wrapped_key', 'is', null),
        ),
      ),
    )
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return withLinks(db, rows);
}

const seenBy = (p: Principal, view: CaseView, now: string) => (i: ItemRow) =>
  visibilityReason(conditionsOf(i), viewerOf(p), view, now) !== null;

/**
 * Art. 16.2: the items an action may cite, or a problem. First whether each id is an item of this
 * case the caller may see (404 otherwise, the same for all), and only then whether its provider
 * allows use in the action plan now (409): an invisible item is never judged on its conditions.
 */
export async function checkCitable(
  db: Kysely<Database>,
  p: Principal,
  loaded: LoadedCase,
  itemIds: readonly string[],
  now: string,
  view?: CaseView,
): Promise<ItemRow[]> {
  const ids = [...new Set(itemIds)];
  if (!ids.length) return [];
  const caseView = view ?? (await caseViewOf(db, p, loaded));
  const visible = (await caseItems(db, loaded.row.id, ids)).filter(seenBy(p, caseView, now));
  if (visible.length !== ids.length) throw citedItemNotFound();
  if (visible.some((i) => !usableInActionPlan(useOf(i), now))) throw notUsableInActionPlan();
  return visible;
}

/** Stores the citations of a new action (checked with `checkCitable`). */
export async function insertCitations(
  db: Kysely<Database>,
  caseId: string,
  actionId: string,
  itemIds: readonly string[],
  userId: string,
  now: string,
): Promise<void> {
  const ids = [...new Set(itemIds)];
  if (!ids.length) return;
  await db
    .insertInto('case_action_citations')
    .values(
      ids.map((item_id) => ({
        action_id: actionId,
        item_id,
        case_id: caseId,
        cited_by_user_id: userId,
        cited_at: now,
      })),
    )
    .execute();
}

/**
 * Art. 16.2: the caller's new list of cited items for an action. The listed items must all be
 * citable now (`checkCitable`); they replace the citations of items the caller can see; the
 * citations of items the caller cannot see stay. Returns the items cited or uncited by this change.
 */
export async function replaceCitations(
  db: Kysely<Database>,
  p: Principal,
  loaded: LoadedCase,
  actionId: string,
  requested: readonly string[],
  now: string,
): Promise<ItemRow[]> {
  const view = await caseViewOf(db, p, loaded);
  const cited = await checkCitable(db, p, loaded, requested, now, view);
  const current = (
    await db.selectFrom('case_action_citations').select('item_id').where('action_id', '=', actionId).execute()
  ).map((r) => r.item_id);
  const currentItems = await caseItems(db, loaded.row.id, current);
  const visible = new Set(currentItems.filter(seenBy(p, view, now)).map((i) => i.id));
  const { add, remove } = citationChange(current, visible, [...new Set(requested)]);
  if (remove.length)
    await db
      .deleteFrom('case_action_citations')
      .where('action_id', '=', actionId)
      .where('item_id', 'in', remove)
      .execute();
  await insertCitations(db, loaded.row.id, actionId, add, p.userId, now);
  return [...cited.filter((i) => add.includes(i.id)), ...currentItems.filter((i) => remove.includes(i.id))];
}

/**
 * The citations of the given actions of one case as the caller may see them now (Art. 16.2), by
 * action id, oldest item first; and the items shown (for the read's processing-log entries).
 * Two statements when nothing is cited; an invisible item never leaves this function.
 */
export async function citationsOf(
  db: Kysely<Database>,
  caseKey: Buffer,
  p: Principal,
  loaded: LoadedCase,
  actionIds: readonly string[],
  now: string,
): Promise<{ byAction: Map<string, CitationView[]>; shown: ItemRow[] }> {
  const byAction = new Map<string, CitationView[]>();
  if (!actionIds.length) return { byAction, shown: [] };
  const caseId = loaded.row.id;
  const links = await db
    .selectFrom('case_action_citations')
    .select(['action_id', 'item_id'])
    .where('case_id', '=', caseId)
    .where('action_id', 'in', [...actionIds])
    .execute();
  if (!links.length) return { byAction, shown: [] };
  const view = await caseViewOf(db, p, loaded);
  const items = (
    await caseItems(
      db,
      caseId,
      links.map((l) => l.item_id),
    )
  ).filter(seenBy(p, view, now));
  if (!items.length) return { byAction, shown: [] };
  const ring = await itemKeyRing(
    db,
    caseKey,
    caseId,
    items.map((i) => i.id),
  );
  const shown = items.filter((i) => !ring.isShredded(i.id));
  const views = new Map(
    shown.map((i) => [
      i.id,
      {
        itemId: i.id,
        title: unseal(ring.keyOf(i.id), 'information_items', 'title', i.id, i.title_enc),
        regime: i.regime,
        providerPartyId: i.provider_party_id,
        usable: usableInActionPlan(useOf(i), now),
      },
    ]),
  );
  for (const i of shown)
    for (const l of links)
      if (l.item_id === i.id) {
        const citation = views.get(i.id);
        if (citation) byAction.set(l.action_id, [...(byAction.get(l.action_id) ?? []), citation]);
      }
  return { byAction, shown };
}

/**
 * Processing-log entries for cited items (Art. 17): per data subject of each item, with the item's
 * provider as controller (Art. 15.1, 16.2), under the given name and activity.
 */
export async function citationEntries(
  db: Kysely<Database>,
  ctx: Pick<CaseContext, 'log'>,
  caseKey: Buffer,
  spec: ItemLogSpec,
  items: ItemRow[],
): Promise<ProcessingEntryInput[]> {
  if (!items.length) return [];
  const subjects: Map<string, DataSubject | null> = await subjectsByPerson(db, ctx, caseKey, spec.caseId);
  return itemEntries(db, spec, subjects, items);
}
