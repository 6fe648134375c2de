/**
 * Writes of the accession workflow (Art. 20). Every step is decided by the pure rule first, then
 * written in one transaction guarded by the row version (If-Match). The second signature of
 * Bijlage 1 makes the party active in that same transaction (Art. 20.4): from then on its users
 * can log in and work; before it, login refuses them (identity/login.ts, authenticator.ts).
 */
import type { z } from 'zod';
import { staleWrite } from '../../../platform/http/etag.js';
import { ProblemError } from '../../../platform/http/problem.js';
import { newId, nowUtc } from '../../../platform/ids.js';
import type {
  accessionCreateSchema,
  accessionDecisionSchema,
  accessionSignatureSchema,
} from './accession-schemas.js';
import { type LoadedAccession, stateOf } from './accession-state.js';
import { accessionConsents, recordConsent } from './consents.js';
import { type Caller, checkBumped, type Db, enforce } from './context.js';
import { checkDecisionLink } from './decision-link.js';
import { type AccessionCommand, decideAccession, nextStatus } from './rules/accession.js';

/** Art. 20.2: the request was made to a member of the Partneroverleg. */
async function isPartneroverlegMember(db: Db, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('body_memberships')
    .innerJoin('bodies', 'bodies.id', 'body_memberships.body_id')
    .select('body_memberships.id')
    .where('body_memberships.user_id', '=', userId)
    .where('bodies.key', '=', 'partneroverleg')
    .executeTakeFirst();
  return row !== undefined;
}

export async function createAccession(db: Db, caller: Caller, input: z.infer<typeof accessionCreateSchema>) {
  if (!caller.roles.includes('secretaris'))
    throw new ProblemError(
      'forbidden',
      'de secretaris van de Stuurgroep legt een verzoek tot toetreding vast (Art. 20.3)',
    );
  if (!(await isPartneroverlegMember(db, input.receivedViaUserId)))
    throw new ProblemError(
      'validation',
      'een verzoek tot toetreding wordt gedaan bij een lid van het Partneroverleg (Art. 20.2)',
    );
  const taken = await db
    .selectFrom('parties')
    .select('id')
    .where('key', '=', input.organisation.key)
    .executeTakeFirst();
  if (taken)
    throw new ProblemError('conflict', `er is al een partij met de sleutel ${input.organisation.key}`);
  const now = nowUtc();
  const partyId = newId();
  const id = newId();
  await db.transaction().execute(async (trx) => {
    // The organisation is known from the request on, but is not a party until it has signed (Art. 20.4).
    await trx
      .insertInto('parties')
      .values({
        id: partyId,
        ...input.organisation,
        status: 'accession_pending',
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await trx
      .insertInto('accessions')
      .values({
        id,
        party_id: partyId,
        status: 'requested',
        received_via_user_id: input.receivedViaUserId,
        received_on: input.receivedOn,
        seat: input.seat,
        office_address: input.officeAddress,
        representative_name: input.representative.name,
        representative_function: input.representative.function,
        motivation: input.motivation,
        requested_by_user_id: caller.userId,
        notified_at: null,
        notified_by_user_id: null,
        decided_on: null,
        decision_reference: null,
        governance_decision_id: null,
        org_signatory: null,
        org_signed_on: null,
        org_signed_place: null,
        chair_signatory: null,
        chair_signed_on: null,
        chair_signed_place: null,
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
  });
  return id;
}

function check(a: LoadedAccession, command: AccessionCommand) {
  const state = stateOf(a);
  enforce(decideAccession(state, command));
  return nextStatus(state, command);
}

export async function notifyParties(db: Db, caller: Caller, a: LoadedAccession, version: number) {
  const status = check(a, { type: 'notify', actor: caller });
  const now = nowUtc();
  const res = await db
    .updateTable('accessions')
    .set({
      status,
      notified_at: now,
      notified_by_user_id: caller.userId,
      updated_at: now,
      version: version + 1,
    })
    .where('id', '=', a.row.id)
    .where('version', '=', version)
    .executeTakeFirst();
  checkBumped(res, staleWrite);
}

export async function consentToAccession(
  db: Db,
  caller: Caller,
  a: LoadedAccession,
  version: number,
  body: { consent: boolean; note?: string | undefined },
) {
  check(a, { type: 'consent', actor: caller, consent: body.consent });
  await db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('accessions')
      .set({ updated_at: nowUtc(), version: version + 1 })
      .where('id', '=', a.row.id)
      .where('version', '=', version)
      .executeTakeFirst();
    checkBumped(res, staleWrite);
    await recordConsent(trx, accessionConsents, a.row.id, caller.partyId ?? '', caller.userId, body);
  });
}

export async function decideOnAccession(
  db: Db,
  caller: Caller,
  a: LoadedAccession,
  version: number,
  body: z.infer<typeof accessionDecisionSchema>,
) {
  const status = check(a, { type: 'decide', actor: caller, outcome: body.outcome });
  await checkDecisionLink(
    db,
    body.governanceDecisionId,
    body.outcome === 'approved' ? 'adopted' : 'not-adopted',
    '20.4',
  );
  const res = await db
    .updateTable('accessions')
    .set({
      status,
      decided_on: body.decidedOn,
      decision_reference: body.reference,
      governance_decision_id: body.governanceDecisionId ?? null,
      updated_at: nowUtc(),
      version: version + 1,
    })
    .where('id', '=', a.row.id)
    .where('version', '=', version)
    .executeTakeFirst();
  checkBumped(res, staleWrite);
}

export async function signAccession(
  db: Db,
  caller: Caller,
  a: LoadedAccession,
  version: number,
  body: z.infer<typeof accessionSignatureSchema>,
) {
  const status = check(a, { type: 'sign', actor: caller, signer: body.signer });
  const now = nowUtc();
  const fields =
    body.signer === 'organisation'
      ? { org_signatory: body.signatory, org_signed_on: body.signedOn, org_signed_place: body.place }
      : { chair_signatory: body.signatory, chair_signed_on: body.signedOn, chair_signed_place: body.place };
  await db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('accessions')
      .set({ ...fields, status, updated_at: now, version: version + 1 })
      .where('id', '=', a.row.id)
      .where('version', '=', version)
      .executeTakeFirst();
    checkBumped(res, staleWrite);
    if (status === 'acceded') {
      // Art. 20.4: accession takes place by signing Bijlage 1 — now, and only now, a party.
      await trx
        .updateTable('parties')
        .set((eb) => ({ status: 'active', updated_at: now, version: eb('version', '+', 1) }))
        .where('id', '=', a.row.party_id)
        .where('status', '=', 'accession_pending')
        .execute();
    }
  });
}
