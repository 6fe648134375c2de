/**
 * Requesting a disclosure to a third party (Art. 9.2, 19.1): a participant of the case names the
 * items, the recipient, the purpose and the legal basis. Every item must be one the requester may
 * see now — any other id is answered exactly like an unknown one (404), so a request never
 * reveals that an item exists. Each item's controller is recorded; the controllers' deciders are
 * notified; a timeline event and the log entries commit in the same transaction.
 */
import type { Principal } from '../../../platform/auth/principal.js';
import { openCaseKey } from '../../../platform/crypto/case-keys.js';
import { ProblemError } from '../../../platform/http/problem.js';
import { newId, nowUtc } from '../../../platform/ids.js';
import { appendProcessing, type TraceContext } from '../../../platform/processing-log/index.js';
import type { CaseContext } from '../../cases/context.js';
import { recordEvent } from '../../cases/events.js';
import { notFoundProblem } from '../../cases/policy.js';
import { seal } from '../../cases/sealing.js';
import { notify } from '../../notifications/notify.js';
import { conditionsOf, loadItem } from '../access.js';
import { visibilityReason } from '../rules/visibility.js';
import { decidersOf } from './deciders.js';
import { caseScope, type LoadedDisclosure } from './load.js';
import { disclosureEntries } from './log.js';
import { mayRequest } from './rules/decider.js';
import { newReference } from './rules/reference.js';
import type { DisclosureInput } from './schemas.js';
import { disclosureView, itemKeysOf } from './view.js';

export const itemNotFound = () =>
  new ProblemError('not-found', 'Een gevraagd stuk bestaat niet of u heeft er geen toegang toe.');

export async function requestDisclosure(
  ctx: CaseContext,
  p: Principal,
  caseId: string,
  input: DisclosureInput,
  trace: TraceContext,
) {
  return ctx.db.transaction().execute(async (trx) => {
    const s = await caseScope(trx, p, caseId);
    if (s.view.relation === null) throw notFoundProblem();
    if (!mayRequest(s.actor))
      throw new ProblemError(
        'forbidden',
        'alleen wie deelneemt aan de casus vraagt een verstrekking aan (Art. 9.2)',
      );
    const now = nowUtc();
    const items = [];
    for (const itemId of input.itemIds) {
      const item = await loadItem(trx, itemId);
      // Another case's item, an unknown id and an item the requester may not see: one answer.
      if (!item || item.case_id !== caseId) throw itemNotFound();
      if (visibilityReason(conditionsOf(item), s.actor, s.view, now) === null) throw itemNotFound();
      if (item.withdrawn_at !== null || (item.expires_at !== null && item.expires_at <= now))
        throw new ProblemError(
          'conflict',
          'een ingetrokken of verlopen stuk wordt niet verstrekt (Art. 16.2)',
        );
      items.push(item);
    }
    const key = await openCaseKey(trx, ctx.masterKey, caseId);
    const id = newId();
    const sl = (column: string, value: string) => seal(key, 'disclosure_requests', column, id, value);
    const row = {
      id,
      case_id: caseId,
      reference: newReference('VS'),
      requested_by_user_id: p.userId,
      requested_by_party_id: p.partyId,
      recipient_enc: sl('recipient', input.recipient),
      purpose_enc: sl('purpose', input.purpose),
      legal_basis_enc: sl('legal_basis', input.legalBasis),
      status: 'pending' as const,
      export_count: 0,
      first_exported_at: null,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await trx.insertInto('disclosure_requests').values(row).execute();
    const pairs = items.map((item, position) => ({
      item,
      link: {
        request_id: id,
        item_id: item.id,
        case_id: caseId,
        position,
        controller_party_id: item.provider_party_id,
        decision: 'pending' as const,
        reasoning_enc: null,
        decided_by_user_id: null,
        decided_at: null,
        item_version: null,
      },
    }));
    await trx
      .insertInto('disclosure_request_items')
      .values(pairs.map((x) => x.link))
      .execute();
    await recordEvent(trx, key, caseId, {
      type: 'disclosure-requested',
      article: '9.2',
      actorUserId: p.userId,
    });
    const loaded: LoadedDisclosure = { row, items: pairs };
    await notify(trx, {
      userIds: loaded.items.flatMap((d) => decidersOf(s.loaded, d)),
      kind: 'disclosure.decision-requested',
      caseId,
      link: `/casussen/${caseId}/verstrekkingen/${id}`,
    });
    const spec = { name: 'disclosure.request', operation: 'create' as const, caseId, principal: p, trace };
    const logItems = items.map((i) => ({ controllerPartyId: i.provider_party_id, personIds: i.personIds }));
    await appendProcessing(trx, await disclosureEntries(trx, ctx, key, spec, logItems));
    return disclosureView(key, s, loaded, now, await itemKeysOf(trx, key, caseId, [loaded]));
  });
}
