/**
 * Requests for the authorization matrix (test/matrix/entries.ts) on the membership operations
 * (Art. 19–23): each call gets a fresh record, inserted directly in the phase the operation needs,
 * so that only authorization decides the outcome.
 */
import { createUser } from '../../src/modules/identity/user-commands.js';
import { newId, nowUtc } from '../../src/platform/ids.js';
import type { TestApp } from '../support/app.js';
import { consentAllBut } from './governance-membership-fixtures.js';

type Req = { method: 'GET' | 'POST'; url: string; headers: Record<string, string>; payload?: object };

let n = 0;
const stamp = () => nowUtc();

async function party(t: TestApp, status: 'active' | 'accession_pending') {
  const id = newId();
  n++;
  await t.db.kysely
    .insertInto('parties')
    .values({
      id,
      key: `matrix-partij-${n}`,
      name: `Matrixpartij ${n}`,
      kind: 'partner',
      domain: 'care',
      status,
      version: 1,
      created_at: stamp(),
      updated_at: stamp(),
    })
    .execute();
  return id;
}

async function accession(t: TestApp, status: 'requested' | 'notified' | 'approved') {
  const id = newId();
  const at = stamp();
  await t.db.kysely
    .insertInto('accessions')
    .values({
      id,
      party_id: await party(t, 'accession_pending'),
      status,
      received_via_user_id: t.users.secretaris.id,
      received_on: '2025-01-01',
      seat: 'Den Haag',
      office_address: 'Matrixplein 1',
      representative_name: 'Matrix',
      representative_function: 'bestuurder',
      motivation: 'Matrix',
      requested_by_user_id: t.users.secretaris.id,
      notified_at: status === 'requested' ? null : at,
      notified_by_user_id: status === 'requested' ? null : t.users.secretaris.id,
      decided_on: status === 'approved' ? '2025-02-01' : null,
      decision_reference: status === 'approved' ? 'SG matrix' : null,
      governance_decision_id: null,
      org_signatory: null,
      org_signed_on: null,
      org_signed_place: null,
      chair_signatory: null,
      chair_signed_on: null,
      chair_signed_place: null,
      created_at: at,
      updated_at: at,
      version: 1,
    })
    .execute();
  return id;
}

async function covenantVersion(t: TestApp) {
  const id = newId();
  n++;
  await t.db.kysely
    .insertInto('covenant_versions')
    .values({
      id,
      label: `Matrixversie ${n}`,
      summary: 'Matrix',
      decided_on: '2025-01-01',
      decision_reference: 'SG',
      governance_decision_id: null,
      entry_into_force: '2025-02-01',
      created_by_user_id: t.users.secretaris.id,
      created_at: stamp(),
      version: 1,
    })
    .execute();
  return id;
}

async function termination(t: TestApp, kind: 'withdrawal' | 'exclusion', status: 'announced' | 'in_default') {
  const id = newId();
  const at = stamp();
  await t.db.kysely
    .insertInto('party_terminations')
    .values({
      id,
      party_id: await party(t, 'active'),
      kind,
      status,
      notice_on: '2025-01-01',
      notice_reference: 'brief',
      notice_text: 'Matrix',
      amendment_id: null,
      effective_on: status === 'announced' ? at.slice(0, 10) : null,
      effective_at: null,
      decided_on: null,
      votes_for: null,
      votes_against: null,
      abstentions: null,
      decision_reference: null,
      governance_decision_id: null,
      lasting_duties_json: '[]',
      recorded_by_user_id: t.users.secretaris.id,
      created_at: at,
      updated_at: at,
      version: 1,
    })
    .execute();
  return id;
}

/** A dispute about a case coordinator raised by the matrix professional, at the procesregisseur (Art. 13.4). */
async function dispute(t: TestApp) {
  const id = newId();
  await t.db.kysely
    .insertInto('disputes')
    .values({
      id,
      subject: 'casuscoordinator',
      about: 'Matrix',
      description: 'Matrix',
      raised_by_user_id: t.users.professional.id,
      level: 0,
      status: 'open',
      resolution: null,
      resolved_on: null,
      created_at: stamp(),
      updated_at: stamp(),
      version: 1,
    })
    .execute();
  return id;
}

async function statement(t: TestApp, allConsented: boolean) {
  const id = newId();
  await t.db.kysely
    .insertInto('statements')
    .values({
      id,
      title: 'Matrix',
      body: 'Matrix',
      audience: 'pers',
      status: 'proposed',
      proposed_by_user_id: t.users.manager.id,
      spokesperson_user_id: null,
      released_at: null,
      created_at: stamp(),
      updated_at: stamp(),
      version: 1,
    })
    .execute();
  if (allConsented) await consentAllBut(t, 'statement_consents', id, []);
  return id;
}

const ifMatch = { 'if-match': '"v1"' };
const post = (url: string, payload: object): Req => ({
  method: 'POST',
  url: `/api/v1${url}`,
  headers: ifMatch,
  payload,
});
const get = (url: string): Req => ({ method: 'GET', url: `/api/v1${url}`, headers: {} });

/** The request for a membership operation, or undefined when the operation is not one of them. */
export async function membershipMatrixRequest(t: TestApp, op: string): Promise<Req | undefined> {
  n++;
  switch (op) {
    case 'GET /covenant/term':
      return get('/covenant/term');
    case 'GET /accessions':
      return get('/accessions');
    case 'POST /accessions':
      return post('/accessions', {
        organisation: {
          key: `matrix-toetreder-${n}`,
          name: `Matrix Toetreder ${n}`,
          kind: 'partner',
          domain: 'care',
        },
        seat: 'Den Haag',
        officeAddress: 'Matrixplein 1',
        representative: { name: 'Matrix', function: 'bestuurder' },
        motivation: 'Matrix',
        receivedViaUserId: await partneroverlegMember(t),
        receivedOn: '2025-01-01',
      });
    case 'GET /accessions/{id}':
      return get(`/accessions/${await accession(t, 'requested')}`);
    case 'GET /accessions/{id}/form':
      return get(`/accessions/${await accession(t, 'approved')}/form`);
    case 'POST /accessions/{id}/notify':
      return post(`/accessions/${await accession(t, 'requested')}/notify`, {});
    case 'POST /accessions/{id}/consent':
      return post(`/accessions/${await accession(t, 'notified')}/consent`, { consent: true });
    case 'POST /accessions/{id}/decision':
      return post(`/accessions/${await accession(t, 'notified')}/decision`, {
        outcome: 'refused',
        decidedOn: '2025-02-01',
        reference: 'SG matrix',
      });
    case 'POST /accessions/{id}/signatures':
      return post(`/accessions/${await accession(t, 'approved')}/signatures`, {
        signer: 'chair',
        signatory: 'Voorzitter',
        signedOn: '2025-02-02',
        place: 'Den Haag',
      });
    case 'GET /covenant/versions':
      return get('/covenant/versions');
    case 'POST /covenant/versions':
      return post('/covenant/versions', {
        label: `Matrixwijziging ${n}`,
        summary: 'Matrix',
        decidedOn: '2025-01-01',
        reference: 'SG',
        entryIntoForce: '2025-02-01',
      });
    case 'GET /covenant/versions/{id}':
      return get(`/covenant/versions/${await covenantVersion(t)}`);
    case 'POST /covenant/versions/{id}/signatures':
      return post(`/covenant/versions/${await covenantVersion(t)}/signatures`, {
        partyId: t.partyIds.get('middin'),
        signedOn: '2025-02-02',
        signatory: 'Directeur',
      });
    case 'GET /terminations':
      return get('/terminations');
    case 'POST /terminations':
      return post('/terminations', {
        kind: 'exclusion',
        partyId: await party(t, 'active'),
        noticeOn: '2025-01-01',
        reference: 'brief',
        text: 'Matrix',
      });
    case 'GET /terminations/{id}':
      return get(`/terminations/${await termination(t, 'exclusion', 'in_default')}`);
    case 'POST /terminations/{id}/decision':
      return post(`/terminations/${await termination(t, 'exclusion', 'in_default')}/decision`, {
        decidedOn: '2025-02-01',
        reference: 'SG',
        votesFor: 1,
        votesAgainst: 2,
        abstentions: 0,
      });
    case 'POST /terminations/{id}/take-effect':
      return post(`/terminations/${await termination(t, 'withdrawal', 'announced')}/take-effect`, {});
    case 'GET /disputes':
      return get('/disputes');
    case 'POST /disputes':
      return post('/disputes', { subject: 'casuscoordinator', about: 'Matrix', description: 'Matrix' });
    case 'GET /disputes/{id}':
      return get(`/disputes/${await dispute(t)}`);
    case 'POST /disputes/{id}/escalate':
      return post(`/disputes/${await dispute(t)}/escalate`, { note: 'Matrix' });
    case 'POST /disputes/{id}/resolve':
      return post(`/disputes/${await dispute(t)}/resolve`, {
        resolution: 'Matrix',
        resolvedOn: '2025-02-01',
      });
    case 'GET /statements':
      return get('/statements');
    case 'POST /statements':
      return post('/statements', { title: 'Matrix', body: 'Matrix', audience: 'pers' });
    case 'GET /statements/{id}':
      return get(`/statements/${await statement(t, false)}`);
    case 'POST /statements/{id}/consent':
      return post(`/statements/${await statement(t, false)}/consent`, { consent: true });
    case 'POST /statements/{id}/release':
      return post(`/statements/${await statement(t, true)}/release`, {});
    default:
      return undefined;
  }
}

let member: string | undefined;
/** A user of a party with a seat in the Partneroverleg (Art. 20.2), who is not one of the matrix's roles. */
async function partneroverlegMember(t: TestApp): Promise<string> {
  if (member) {
    const still = await t.db.kysely
      .selectFrom('users')
      .select('id')
      .where('id', '=', member)
      .executeTakeFirst();
    if (still) return member;
  }
  const body = await t.db.kysely
    .selectFrom('bodies')
    .select('id')
    .where('key', '=', 'partneroverleg')
    .executeTakeFirstOrThrow();
  member = await createUser(t.db.kysely, {
    email: `matrix-po-${newId()}@test.ketenhuis.example`,
    displayName: 'Matrix Partneroverleg',
    partyId: t.partyIds.get('middin') ?? null,
    roles: ['professional'],
    initialPassword: 'correct paard batterij nietje',
  });
  await t.db.kysely
    .insertInto('body_memberships')
    .values({ id: newId(), user_id: member, body_id: body.id, role: 'member', created_at: stamp() })
    .execute();
  return member;
}
