/**
 * Requests for the authorization matrix's disclosure and data-subject request operations (issue 6
 * §3–4; Art. 9.2, Wgs). Disclosures: a fresh case in execution per call, an item provided by the
 * matrix professional (politie), and a disclosure of it requested by that professional. For the
 * export the approval is written directly (the real, re-authenticated approval is exercised in
 * information-disclosure.test.ts). Data-subject requests: a case registered by politie holds the
 * person; the privacy officer registers a fresh request per call, routed to politie.
 */
import { nowUtc } from '../../src/platform/ids.js';
import type { As, TestApp } from '../support/app.js';
import { caseAt } from './cases-execution-fixtures.js';
import { api, registration } from './cases-fixtures.js';
import { provideItem } from './information-disclosure-fixtures.js';

type Headers = Record<string, string>;
type Req = { method: 'GET'; url: string; headers: Headers; payload?: object };

const disclosureOps = new Set([
  'POST /cases/{id}/disclosures',
  'GET /cases/{id}/disclosures',
  'GET /cases/{id}/disclosures/{disclosureId}',
  'POST /cases/{id}/disclosures/{disclosureId}/items/{itemId}/decision',
  'POST /cases/{id}/disclosures/{disclosureId}/cancel',
  'POST /cases/{id}/disclosures/{disclosureId}/export',
]);

const BODY = { recipient: 'Matrix Derde', purpose: 'Matrixdoel', legalBasis: 'Art. 6 lid 1 sub e AVG' };

async function freshSessions(t: TestApp, headersOf: (as: As) => Promise<Headers>, actors: As[]) {
  for (const as of actors) {
    if (as === 'anonymous') continue;
    const h = await headersOf(as);
    t.sessions[as] = { cookie: h.cookie as string, csrfToken: h['x-csrf-token'] as string };
  }
}

export async function disclosureMatrixRequest(
  t: TestApp,
  op: string,
  headersOf: (as: As) => Promise<Headers>,
): Promise<Req | undefined> {
  if (!disclosureOps.has(op)) return undefined;
  const [method, path] = op.split(' ') as [string, string];
  await freshSessions(t, headersOf, ['professional', 'procesregisseur']);
  const c = await caseAt(t, 'execution');
  const itemId = await provideItem(t, c.id, 'professional', { title: 'Matrixstuk', body: 'Inhoud' });
  if (op === 'POST /cases/{id}/disclosures')
    return {
      method: 'POST' as 'GET',
      url: `/api/v1/cases/${c.id}/disclosures`,
      headers: {},
      payload: { itemIds: [itemId], ...BODY },
    };
  const created = await api(t)('professional', 'POST', `/cases/${c.id}/disclosures`, {
    itemIds: [itemId],
    ...BODY,
  });
  if (created.statusCode !== 201) throw new Error(`matrix disclosure: ${created.statusCode} ${created.body}`);
  const disclosureId = created.json().id as string;
  if (op.endsWith('/export')) {
    const db = t.db.kysely;
    const item = await db
      .selectFrom('information_items')
      .select('version')
      .where('id', '=', itemId)
      .executeTakeFirstOrThrow();
    await db
      .updateTable('disclosure_request_items')
      .set({
        decision: 'approved',
        decided_at: nowUtc(),
        decided_by_user_id: t.users.professional.id,
        item_version: item.version,
      })
      .where('request_id', '=', disclosureId)
      .execute();
    await db
      .updateTable('disclosure_requests')
      .set({ status: 'approved' })
      .where('id', '=', disclosureId)
      .execute();
  }
  const url = `/api/v1${path.replace('{id}', c.id).replace('{disclosureId}', disclosureId).replace('{itemId}', itemId)}`;
  const payloads: Record<string, object> = {
    'POST /cases/{id}/disclosures/{disclosureId}/items/{itemId}/decision': {
      decision: 'approved',
      reasoning: 'Akkoord',
    },
    'POST /cases/{id}/disclosures/{disclosureId}/cancel': { reason: 'Niet meer nodig' },
    'POST /cases/{id}/disclosures/{disclosureId}/export': {},
  };
  return {
    method: method as 'GET',
    url,
    headers: { 'if-match': created.headers.etag as string },
    ...(method !== 'GET' && { payload: payloads[op] ?? {} }),
  };
}

const subjectOps = new Set([
  'POST /subject-requests',
  'GET /subject-requests',
  'GET /subject-requests/{id}',
  'POST /subject-requests/{id}/extend',
  'POST /subject-requests/{id}/routes/{partyId}/decision',
  'GET /subject-requests/{id}/routes/{partyId}/export',
  'GET /subject-requests/{id}/routes/{partyId}/export.pdf',
]);

const SUBJECT_BSN = '123456782';
const holders = new WeakMap<TestApp, Promise<void>>();

export async function subjectRequestMatrixRequest(
  t: TestApp,
  op: string,
  headersOf: (as: As) => Promise<Headers>,
): Promise<Req | undefined> {
  if (!subjectOps.has(op)) return undefined;
  const [method, path] = op.split(' ') as [string, string];
  await freshSessions(t, headersOf, ['professional', 'privacy']);
  // Once per app: politie registers the person, so every request is routed to politie.
  let holder = holders.get(t);
  if (!holder) {
    holder = (async () => {
      const persons = [
        { name: 'Matrix Betrokkene', bsn: SUBJECT_BSN, birthDate: '1970-01-01', address: 'Matrixlaan 1' },
      ];
      const res = await api(t)('professional', 'POST', '/cases', registration(t, { persons }));
      if (res.statusCode !== 201) throw new Error(`matrix subject case: ${res.body}`);
    })();
    holders.set(t, holder);
  }
  await holder;
  const body = {
    kind: 'access',
    subject: { bsn: SUBJECT_BSN },
    description: 'Matrixverzoek',
    receivedOn: nowUtc().slice(0, 10),
  };
  if (op === 'POST /subject-requests')
    return { method: 'POST' as 'GET', url: '/api/v1/subject-requests', headers: {}, payload: body };
  if (op === 'GET /subject-requests') return { method: 'GET', url: '/api/v1/subject-requests', headers: {} };
  const created = await api(t)('privacy', 'POST', '/subject-requests', body);
  if (created.statusCode !== 201) throw new Error(`matrix subject request: ${created.body}`);
  const id = created.json().id as string;
  const url = `/api/v1${path.replace('{id}', id).replace('{partyId}', t.partyIds.get('politie-den-haag') ?? '')}`;
  const payloads: Record<string, object> = {
    'POST /subject-requests/{id}/extend': { reason: 'Omvangrijk' },
    'POST /subject-requests/{id}/routes/{partyId}/decision': { decision: 'granted', reasoning: 'Akkoord' },
  };
  return {
    method: method as 'GET',
    url,
    headers: { 'if-match': '"v1"' },
    ...(method !== 'GET' && { payload: payloads[op] ?? {} }),
  };
}
