/**
 * Registering a case (Art. 1.7): a draft with its persons, its case key, its dossier row and its
 * data subjects, and the processing-log entries, all in one transaction. Editing a draft re-seals
 * the changed fields under the same key, guarded by the row version (If-Match).
 */
import type { Transaction } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { createCaseKey, openCaseKey } from '../../platform/crypto/case-keys.js';
import type { Database } from '../../platform/db/schema.js';
import { staleWrite } from '../../platform/http/etag.js';
import { newId, nowUtc } from '../../platform/ids.js';
import { appendProcessing, type TraceContext } from '../../platform/processing-log/index.js';
import { openCaseFields, sealCaseFields } from './case-fields.js';
import { allocateCaseNumber } from './case-number.js';
import type { CaseContext } from './context.js';
import { recordEvent } from './events.js';
import { checkEdit, notFoundProblem } from './policy.js';
import { entriesFor, subjectsOf } from './processing.js';
import { checkRegistration } from './registration-rules.js';
import type { CaseInput, CaseUpdate } from './schemas.js';
import { openPerson, type PersonData, sealPerson } from './sealing.js';
import { loadCase } from './state.js';

export interface CaseRef {
  id: string;
  caseNumber: string;
  status: 'concept';
  version: number;
}

async function writePersons(
  trx: Transaction<Database>,
  ctx: CaseContext,
  key: Buffer,
  caseId: string,
  persons: PersonData[],
): Promise<void> {
  const rows = persons.map((p, i) => sealPerson(key, ctx.index, caseId, i, p));
  await trx.insertInto('case_persons').values(rows).execute();
  const pseudonyms = subjectsOf(
    ctx.log,
    persons.map((p) => p.bsn ?? null),
  ).filter((s) => s !== null);
  for (const s of pseudonyms) {
    await trx
      .insertInto('dossier_subjects')
      .values({ dossier_id: caseId, subject_pseudonym: s.id })
      .onConflict((oc) => oc.columns(['dossier_id', 'subject_pseudonym']).doNothing())
      .execute();
  }
}

export async function createCase(
  ctx: CaseContext,
  principal: Principal & { partyId: string },
  input: CaseInput,
  trace: TraceContext,
): Promise<CaseRef> {
  await checkRegistration(ctx.db, principal.partyId, input);
  return ctx.db.transaction().execute(async (trx) => {
    const id = newId();
    const now = nowUtc();
    const caseNumber = await allocateCaseNumber(trx, new Date(now));
    const key = await createCaseKey(trx, ctx.masterKey, id);
    await trx
      .insertInto('dossiers')
      .values({ id, protocol_key: input.protocolKey, opened_at: now, closed_at: null })
      .execute();
    await trx
      .insertInto('cases')
      .values({
        id,
        case_number: caseNumber,
        status: 'concept',
        case_type: input.caseType,
        protocol_key: input.protocolKey,
        registering_user_id: principal.userId,
        registering_party_id: principal.partyId,
        ...sealCaseFields(key, id, input),
        created_at: now,
        updated_at: now,
        submitted_at: null,
        closed_at: null,
        version: 1,
      })
      .execute();
    await writePersons(trx, ctx, key, id, input.persons);
    await recordEvent(trx, key, id, { type: 'registered', article: '1.7', actorUserId: principal.userId });
    const spec = {
      name: 'case.create',
      operation: 'create' as const,
      activity: 'aanmelding',
      caseId: id,
      controllerPartyId: principal.partyId,
      principal,
      trace,
    };
    await appendProcessing(
      trx,
      await entriesFor(
        trx,
        spec,
        subjectsOf(
          ctx.log,
          input.persons.map((p) => p.bsn ?? null),
        ),
      ),
    );
    return { id, caseNumber, status: 'concept' as const, version: 1 };
  });
}

export async function updateDraft(
  ctx: CaseContext,
  principal: Principal,
  caseId: string,
  expectedVersion: number,
  patch: CaseUpdate,
  trace: TraceContext,
): Promise<CaseRef> {
  return ctx.db.transaction().execute(async (trx) => {
    const loaded = await loadCase(trx, caseId);
    if (!loaded) throw notFoundProblem();
    if (loaded.row.version !== expectedVersion) throw staleWrite();
    const refusal = checkEdit(principal, loaded);
    if (refusal) throw refusal;
    const { row } = loaded;
    const key = await openCaseKey(trx, ctx.masterKey, caseId);
    const oldPersons = (
      await trx
        .selectFrom('case_persons')
        .selectAll()
        .where('case_id', '=', caseId)
        .orderBy('position')
        .execute()
    ).map((p) => openPerson(key, p));
    const current: CaseInput = {
      caseType: row.case_type,
      protocolKey: row.protocol_key,
      persons: oldPersons.map((p) => ({ ...p, bsn: p.bsn ?? undefined })),
      ...openCaseFields(key, caseId, row),
    };
    const merged: CaseInput = { ...current, ...patch } as CaseInput;
    if (patch.informed === true && patch.notInformedReason === undefined) merged.notInformedReason = null;
    await checkRegistration(trx, row.registering_party_id, merged);

    const moved = await trx
      .updateTable('cases')
      .set({
        case_type: merged.caseType,
        protocol_key: merged.protocolKey,
        ...sealCaseFields(key, caseId, merged),
        updated_at: nowUtc(),
        version: expectedVersion + 1,
      })
      .where('id', '=', caseId)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) throw staleWrite();
    await trx
      .updateTable('dossiers')
      .set({ protocol_key: merged.protocolKey })
      .where('id', '=', caseId)
      .execute();
    if (patch.persons) {
      await trx.deleteFrom('case_persons').where('case_id', '=', caseId).execute();
      await writePersons(trx, ctx, key, caseId, patch.persons);
    }
    const bsns = [...oldPersons.map((p) => p.bsn), ...(patch.persons ?? []).map((p) => p.bsn ?? null)];
    const spec = {
      name: 'case.update',
      operation: 'update' as const,
      activity: 'aanmelding',
      caseId,
      controllerPartyId: row.registering_party_id,
      principal,
      trace,
    };
    await appendProcessing(trx, await entriesFor(trx, spec, subjectsOf(ctx.log, bsns)));
    return {
      id: caseId,
      caseNumber: row.case_number,
      status: 'concept' as const,
      version: expectedVersion + 1,
    };
  });
}
