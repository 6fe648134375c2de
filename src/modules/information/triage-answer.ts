/**
 * A triage answer as an information item (issue 6: "Triage answers use this model"; Art. 1.8,
 * 16.2): the asked party provides the answer and is its controller. The item is the only place the
 * answer's content lives — whether the party is involved, the summary and the information — and
 * the only way it is read: the information request keeps who answered and when, no content
 * (backlog 18; migration 0034 cleared the copies stored before). The item is visible to the
 * procesregisseur only until that party sets other conditions, widens or withdraws it through the
 * item routes; every view of a request shows the content through `visibleAnswers`, which is
 * the one visibility rule (rules/visibility.ts and its SQL twin items-sql.ts), never a copy of it.
 *
 * Writing is called inside the answer's transaction (cases/triage/request-command.ts), whose
 * processing-log entries (create, controller = the answering party, every person of the case)
 * already record this processing; no second set is written. A read logs the items shown, with
 * their provider as controller (`answerReadEntries`).
 */
import type { Kysely, Transaction } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { itemKeyRing } from '../../platform/crypto/item-keys.js';
import type { Database, InformationRegime } from '../../platform/db/schema.js';
import type { ProcessingEntryInput } from '../../platform/processing-log/index.js';
import type { CaseContext } from '../cases/context.js';
import { unseal } from '../cases/sealing.js';
import type { LoadedCase } from '../cases/state.js';
import { caseViewOf, conditionsOf, type ItemRow, viewerOf, withLinks } from './access.js';
import { insertItem } from './insert.js';
import { itemsVisibleTo } from './items-sql.js';
import { type ItemLogSpec, itemEntries, subjectsByPerson } from './processing.js';
import { requireProvidableRegime } from './regime.js';
import { visibilityReason } from './rules/visibility.js';

export interface TriageAnswer {
  caseId: string;
  requestId: string;
  partyId: string;
  userId: string;
  involved: boolean;
  summary: string;
  information?: string | null | undefined;
  /** The legal regime the answering professional chose (Art. 15.2); `gewoon` when not given. */
  regime?: InformationRegime | undefined;
}

/**
 * The item's title names the party's answer to "are you involved?" (Art. 1.8). It is set once here
 * and never changed (the item routes change conditions, not texts), so it also carries `involved`
 * back to the request view.
 */
const titleOf = (involved: boolean) => `Antwoord op bevraging (${involved ? 'betrokken' : 'niet betrokken'})`;

export async function itemFromTriageAnswer(
  trx: Transaction<Database>,
  key: Buffer,
  a: TriageAnswer,
): Promise<string> {
  const regime = a.regime ?? 'gewoon';
  // Art. 15.2: the answering party must be allowed to provide this regime (Wpg, Wjsg). A refusal
  // throws inside the answer's transaction, which then stores nothing: no answer, no item, no log.
  await requireProvidableRegime(trx, a.partyId, regime);
  const persons = await trx.selectFrom('case_persons').select('id').where('case_id', '=', a.caseId).execute();
  return insertItem(trx, key, {
    caseId: a.caseId,
    providerKind: 'party',
    providerPartyId: a.partyId,
    providedByUserId: a.userId,
    sourceRequestId: a.requestId,
    title: titleOf(a.involved),
    body: a.information ? `${a.summary}\n\n${a.information}` : a.summary,
    // Art. 15.2: police data (Wpg), judicial data (Wjsg) or health data keeps its regime from the
    // moment it is provided; the provider can still correct it through the item's conditions.
    regime,
    visibility: 'procesregisseur-only',
    namedPartyIds: [],
    useInActionPlan: false,
    expiresAt: null,
    personIds: persons.map((p) => p.id),
  });
}

/** The content of an answer, as its item shows it to someone who may see that item. */
export interface AnswerContent {
  itemId: string;
  involved: boolean;
  /** The item's text: the summary, and the information after an empty line when given. */
  text: string;
}

/**
 * The answers to the given requests of one case that the caller may see now (Art. 16.2, 12.2f;
 * backlog 18), by request id, with the items they were read from (for the processing log). The
 * items are filtered in SQL by `itemsVisibleTo` and checked again with `visibilityReason` (as the
 * item list does): an item the caller may not see — withdrawn, expired, restricted, or never theirs
 * to see — is simply absent, and so is one whose key was shredded, so that neither its content,
 * its title nor its existence reaches the caller. Texts are opened with the item's own key
 * (platform/crypto/item-keys.ts; the case key for items stored before migration 0034).
 */
export async function visibleAnswers(
  db: Kysely<Database>,
  p: Principal,
  loaded: LoadedCase,
  caseKey: Buffer,
  requestIds: readonly string[],
  now: string,
): Promise<{ contents: Map<string, AnswerContent>; items: ItemRow[] }> {
  const contents = new Map<string, AnswerContent>();
  const items: ItemRow[] = [];
  if (requestIds.length === 0) return { contents, items };
  const viewer = viewerOf(p);
  const view = await caseViewOf(db, p, loaded);
  const rows = await db
    .selectFrom('information_items')
    .selectAll()
    .where('case_id', '=', loaded.row.id)
    .where('source_request_id', 'in', [...requestIds])
    .where((eb) => itemsVisibleTo(eb, viewer, view, now))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  if (rows.length === 0) return { contents, items };
  const ring = await itemKeyRing(
    db,
    caseKey,
    loaded.row.id,
    rows.map((r) => r.id),
  );
  for (const item of await withLinks(db, rows)) {
    // The SQL twin and the rule must agree; a disagreement is a bug, and never shows the item.
    if (visibilityReason(conditionsOf(item), viewer, view, now) === null)
      throw new Error(`item ${item.id}: SQL and rule disagree`);
    const requestId = item.source_request_id;
    if (requestId === null || contents.has(requestId) || ring.isShredded(item.id)) continue;
    const key = ring.keyOf(item.id);
    contents.set(requestId, {
      itemId: item.id,
      involved: unseal(key, 'information_items', 'title', item.id, item.title_enc) === titleOf(true),
      text: unseal(key, 'information_items', 'body', item.id, item.body_enc),
    });
    items.push(item);
  }
  return { contents, items };
}

/** Processing-log entries for the answer items a request view showed: the item's provider is the controller. */
export async function answerReadEntries(
  db: Kysely<Database>,
  ctx: Pick<CaseContext, 'log'>,
  key: Buffer,
  spec: ItemLogSpec,
  items: readonly ItemRow[],
): Promise<ProcessingEntryInput[]> {
  if (items.length === 0) return [];
  return itemEntries(db, spec, await subjectsByPerson(db, ctx, key, spec.caseId), [...items]);
}
