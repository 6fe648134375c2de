/**
 * Registering a data-subject request at the contact point (Wgs: a request there counts as a
 * request to every joint controller). The person is found through the blind indexes only; the
 * BSN itself is never stored (only its index and log pseudonym). The request is routed to every
 * party that provided data on the person (lookup.ts), each party's professionals are notified,
 * and the lookup is logged per case found — all in one transaction.
 */
import type { Principal } from '../../../platform/auth/principal.js';
import { bsnIndex, nameAndBirthDateIndex } from '../../../platform/crypto/blind-index.js';
import { openCaseKey } from '../../../platform/crypto/case-keys.js';
import { newId, nowUtc } from '../../../platform/ids.js';
import {
  appendProcessing,
  pseudonymiseBsn,
  type TraceContext,
} from '../../../platform/processing-log/index.js';
import { professionalsOf } from '../../cases/party-admission.js';
import { unsealOrNull } from '../../cases/sealing.js';
import { notify } from '../../notifications/notify.js';
import { newReference } from '../disclosure/rules/reference.js';
import type { SubjectContext } from './context.js';
import { houseToday, subjectEntry, subjectOf } from './log.js';
import { controllersOf, findPersons, type Match } from './lookup.js';
import { invalid } from './problems.js';
import { dueOn, receiptRefusal } from './rules/deadline.js';
import type { SubjectRequestInput } from './schemas.js';
import { sealText } from './sealing.js';

/** The log pseudonym of the person: from the BSN given, or the one BSN the matched rows hold. */
async function pseudonymOf(ctx: SubjectContext, bsn: string | undefined, matches: Match[]) {
  if (bsn) return pseudonymiseBsn(ctx.log, bsn);
  const found = new Set<string>();
  for (const m of matches) {
    const row = await ctx.db
      .selectFrom('case_persons')
      .select(['id', 'bsn_enc'])
      .where('id', '=', m.personId)
      .executeTakeFirstOrThrow();
    if (row.bsn_enc === null) continue;
    // Only the rows the index found are opened: this is no decrypt-and-scan.
    const key = await openCaseKey(ctx.db, ctx.masterKey, m.caseId);
    const value = unsealOrNull(key, 'case_persons', 'bsn', row.id, row.bsn_enc);
    if (value) found.add(pseudonymiseBsn(ctx.log, value));
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

export async function registerRequest(
  ctx: SubjectContext,
  p: Principal,
  input: SubjectRequestInput,
  trace: TraceContext,
): Promise<{ id: string }> {
  const today = await houseToday(ctx.db);
  const late = receiptRefusal(input.receivedOn, today);
  if (late) throw invalid('receivedOn', late);
  const bsn = input.subject.bsn?.replace(/[\s.-]/g, '');
  const { name, birthDate } = input.subject;
  const idx = {
    bsnIndex: bsn ? bsnIndex(ctx.index, bsn) : null,
    nameBirthIndex: name && birthDate ? nameAndBirthDateIndex(ctx.index, name, birthDate) : null,
  };
  const matches = await findPersons(ctx.db, idx);
  const pseudonym = await pseudonymOf(ctx, bsn, matches);
  const subject = subjectOf(pseudonym);

  return ctx.db.transaction().execute(async (trx) => {
    const controllers = await controllersOf(trx, matches);
    const id = newId();
    const now = nowUtc();
    const s = (column: string, value: string) => sealText(ctx.sealKey, 'subject_requests', column, id, value);
    await trx
      .insertInto('subject_requests')
      .values({
        id,
        reference: newReference('BV'),
        kind: input.kind,
        identified_by: bsn ? 'bsn' : 'name-birth-date',
        bsn_index: idx.bsnIndex,
        name_birth_index: idx.nameBirthIndex,
        subject_pseudonym: pseudonym,
        subject_enc: s('subject', JSON.stringify({ name: name ?? null, birthDate: birthDate ?? null })),
        description_enc: s('description', input.description),
        received_on: input.receivedOn,
        due_on: dueOn(input.receivedOn),
        extended_due_on: null,
        extension_reason_enc: null,
        extended_by_user_id: null,
        extended_at: null,
        status: controllers.size === 0 ? 'no-data' : 'open',
        registered_by_user_id: p.userId,
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    if (matches.length)
      await trx
        .insertInto('subject_request_matches')
        .values(matches.map((m) => ({ request_id: id, case_id: m.caseId, person_id: m.personId })))
        .execute();
    if (controllers.size)
      await trx
        .insertInto('subject_request_routes')
        .values(
          [...controllers].map(([partyId, g]) => ({
            request_id: id,
            party_id: partyId,
            grounds: JSON.stringify(g),
            decision: 'pending' as const,
            reasoning_enc: null,
            decided_by_user_id: null,
            decided_at: null,
            version: 1,
          })),
        )
        .execute();
    // The lookup touched each case's person index: one entry per case found, its registering
    // party as controller; one house entry when nothing was found.
    const base = {
      name: 'subject-request.register',
      operation: 'read' as const,
      principal: p,
      trace,
      subject,
    };
    const cases = [...new Map(matches.map((m) => [m.caseId, m])).values()];
    const entries = cases.length
      ? await Promise.all(
          cases.map((m) =>
            subjectEntry(trx, { ...base, caseId: m.caseId, controllerPartyId: m.registeringPartyId }),
          ),
        )
      : [await subjectEntry(trx, { ...base, caseId: null, controllerPartyId: null })];
    for (const partyId of controllers.keys())
      await notify(trx, {
        userIds: await professionalsOf(trx, partyId),
        kind: 'subject-request.routed',
        caseId: null,
        link: `/verzoeken-betrokkenen/${id}`,
      });
    await appendProcessing(trx, entries);
    return { id };
  });
}
