/**
 * Requests for the authorization matrix's information-item operations (issue 6 part A; Art. 12.2f,
 * 15.1, 16.2): each call gets a fresh case in triage (registered by the matrix professional of
 * politie, picked up and accepted by the matrix procesregisseur) with one item provided by that
 * professional (visibility all-participants) and, where needed, an attachment or the
 * procesregisseur's assessment. The informatiecentrum has a relation to a case in triage but no
 * part in the exchange: it sees no items (404) and may not provide one (403).
 */
import type { As, TestApp } from '../support/app.js';
import { api } from './cases-fixtures.js';
import { buildCase } from './information-items-fixtures.js';

type Headers = Record<string, string>;

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

export const informationItemOps = [
  'GET /cases/{id}/information-items',
  'POST /cases/{id}/information-items',
  'GET /information-items/{id}',
  'POST /information-items/{id}/conditions',
  'POST /information-items/{id}/withdraw',
  'POST /information-items/{id}/pre-conference/assessment',
  'POST /information-items/{id}/pre-conference/approval',
  'POST /information-items/{id}/attachments',
  'GET /information-items/{id}/attachments/{attachmentId}',
];

const itemBody = {
  title: 'Matrix-informatie',
  body: 'Tekst',
  regime: 'gewoon',
  visibility: 'all-participants',
  useInActionPlan: false,
};

const bodies: Record<string, object> = {
  'POST /cases/{id}/information-items': itemBody,
  'POST /information-items/{id}/conditions': { visibility: 'procesregisseur-only', useInActionPlan: false },
  'POST /information-items/{id}/withdraw': {},
  'POST /information-items/{id}/pre-conference/assessment': { allow: true },
  'POST /information-items/{id}/pre-conference/approval': { approve: true },
  'POST /information-items/{id}/attachments': { filename: 'a.png', content: PNG.toString('base64') },
};

export async function informationMatrixRequest(
  t: TestApp,
  op: string,
  headersOf: (as: As) => Promise<Headers>,
): Promise<{ method: 'GET'; url: string; headers: Headers; payload?: object } | undefined> {
  if (!informationItemOps.includes(op)) return undefined;
  const [method, path] = op.split(' ') as [string, string];
  // Fresh sessions for the fixture's own steps: other matrix operations revoke sessions.
  for (const as of ['professional', 'procesregisseur'] as const) {
    const h = await headersOf(as);
    t.sessions[as] = { cookie: h.cookie as string, csrfToken: h['x-csrf-token'] as string };
  }
  const c = await buildCase(t, { stage: 'triage', participants: [] });
  const created = await api(t)('professional', 'POST', `/cases/${c.id}/information-items`, itemBody);
  if (created.statusCode !== 201) throw new Error(`matrix item: ${created.statusCode} ${created.body}`);
  const itemId = created.json().id as string;
  let etag = '"v1"';
  if (op === 'POST /information-items/{id}/pre-conference/approval') {
    const assessed = await api(t)(
      'procesregisseur',
      'POST',
      `/information-items/${itemId}/pre-conference/assessment`,
      { allow: true },
      etag,
    );
    etag = assessed.headers.etag as string;
  }
  let attachmentId = '';
  if (op === 'GET /information-items/{id}/attachments/{attachmentId}') {
    const added = await api(t)(
      'professional',
      'POST',
      `/information-items/${itemId}/attachments`,
      bodies['POST /information-items/{id}/attachments'],
    );
    attachmentId = added.json().id as string;
  }
  const url = `/api/v1${path
    .replace('/cases/{id}', `/cases/${c.id}`)
    .replace('/information-items/{id}', `/information-items/${itemId}`)
    .replace('{attachmentId}', attachmentId)}`;
  const payload = bodies[op];
  return {
    method: method as 'GET',
    url,
    headers: { 'if-match': etag },
    ...(payload && { payload }),
  };
}
