/**
 * A valid request for every case operation of the relation matrix (test/matrix/case-relations.ts),
 * against a case built by case-relations-fixtures.ts: the right ids in the path, the right version
 * in If-Match (the case's, or that of the conference, request, action, item or disclosure the
 * operation changes) and a body the route's zod schema accepts, so that only authorization can
 * refuse the permitted relation a 2xx.
 */
import type { Session, TestApp } from '../support/app.js';
import type { Cast } from './case-relations-cast.js';
import { type Built, DISCLOSURE, dayIn, holdRecord, ITEM, PNG, planBody } from './case-relations-fixtures.js';
import { api } from './cases-fixtures.js';

export interface RelationRequest {
  method: 'GET' | 'POST' | 'PATCH';
  url: string;
  headers: Record<string, string>;
  payload?: object;
}

type Body = (t: TestApp, cast: Cast, b: Built) => object | Promise<object>;

const admittedInvitees = ['politie-den-haag', 'reclassering-nederland', 'perspektief'];

const bodies: Record<string, Body> = {
  'PATCH /cases/{id}': () => ({ goal: 'Ander doel' }),
  'POST /cases/{id}/accept': () => ({ reasoning: 'Complex volgens Bijlage 2' }),
  'POST /cases/{id}/reject': () => ({ reason: 'Niet complex', advice: 'Sociaal wijkteam' }),
  'POST /cases/{id}/withdraw': () => ({ reason: 'Opgelost' }),
  'POST /cases/{id}/take-over': () => ({ reason: 'Afwezigheid collega' }),
  'POST /cases/{id}/questions': () => ({ text: 'Is er een gezinsvoogd?' }),
  'POST /cases/{id}/information-requests': (t) => ({
    partyId: t.partyIds.get('reclassering-nederland'),
    question: 'Bekend?',
    deadline: dayIn(7),
  }),
  'POST /cases/{id}/information-requests/{requestId}/cancel': () => ({ reason: 'Niet meer nodig' }),
  'POST /information-requests/{id}/answer': () => ({
    involved: true,
    summary: 'Bekend',
    information: 'Toezicht',
  }),
  'POST /cases/{id}/decide-triage': () => ({ route: 'advice', goal: 'Doel', advice: 'Jongerenwerk' }),
  'POST /cases/{id}/conferences': (t, cast) => planBody(t, cast, admittedInvitees),
  // Rescheduled; JIT, no longer admitted, is left out (party-admission.ts checks the invitations again).
  'PATCH /cases/{id}/conferences/{conferenceId}': (t, cast) => {
    const { startsAt, endsAt, invitations } = planBody(t, cast, admittedInvitees, 4);
    return { startsAt, endsAt, invitations };
  },
  'POST /cases/{id}/conferences/{conferenceId}/cancel': () => ({ reason: 'Ziekte' }),
  'POST /cases/{id}/conferences/{conferenceId}/hold': (t, cast) => holdRecord(t, cast),
  'POST /cases/{id}/actions/{actionId}/status': () => ({ status: 'in_progress' }),
  'POST /cases/{id}/actions/{actionId}/citations': (_t, _c, b) => ({ itemIds: [b.itemId] }),
  'POST /cases/{id}/progress-reports': () => ({ text: 'Voortgang volgens plan' }),
  'POST /cases/{id}/escalate': () => ({ reason: 'Afspraken niet nagekomen' }),
  'POST /cases/{id}/resolve-escalation': () => ({ resolution: 'Afspraken hersteld' }),
  'POST /cases/{id}/propose-deescalation': () => ({ evaluation: 'Criteria gehaald' }),
  'POST /cases/{id}/cancel-deescalation': () => ({ reason: 'Terugval' }),
  'POST /cases/{id}/scrub': async (t, cast, b) => {
    const list = await api(t)(cast.assigned.session as Session, 'GET', `/cases/${b.id}/scrub`);
    const elements = list.json().elements as { type: string; id: string }[];
    return { decisions: elements.map((e) => ({ type: e.type, id: e.id, decision: 'remove' })) };
  },
  'POST /cases/{id}/information-items': () => ITEM,
  'POST /information-items/{id}/conditions': () => ({
    visibility: 'all-participants',
    useInActionPlan: false,
  }),
  'POST /information-items/{id}/pre-conference/assessment': () => ({ allow: true }),
  'POST /information-items/{id}/pre-conference/approval': () => ({ approve: true }),
  'POST /information-items/{id}/attachments': () => ({ filename: 'b.png', content: PNG }),
  'POST /cases/{id}/disclosures': (_t, _c, b) => ({ itemIds: [b.itemId], ...DISCLOSURE }),
  'POST /cases/{id}/disclosures/{disclosureId}/items/{itemId}/decision': () => ({
    decision: 'approved',
    reasoning: 'Akkoord namens de reclassering',
  }),
  'POST /cases/{id}/disclosures/{disclosureId}/cancel': () => ({ reason: 'Niet meer nodig' }),
};

/** The version an operation's If-Match names: that of the part it changes, else the case's. */
function versionFor(op: string, b: Built): string {
  if (op.includes('/conferences/{conferenceId}') && !op.endsWith('/hold')) return b.conferenceEtag;
  if (op.includes('{requestId}') || op.startsWith('POST /information-requests/')) return b.requestEtag;
  if (op.includes('{actionId}')) return '"v1"';
  if (op.startsWith('POST /information-items/')) return b.itemEtag;
  if (op.includes('{disclosureId}')) return b.disclosureEtag;
  return b.etag;
}

export async function relationRequest(
  t: TestApp,
  cast: Cast,
  op: string,
  b: Built,
): Promise<RelationRequest> {
  const [method, path] = op.split(' ') as [RelationRequest['method'], string];
  const url = `/api/v1${path
    .replace('/information-requests/{id}', `/information-requests/${b.requestId}`)
    .replace('/information-items/{id}', `/information-items/${b.itemId}`)
    .replace('{id}', b.id)
    .replace('{requestId}', b.requestId)
    .replace('{conferenceId}', b.conferenceId)
    .replace('{actionId}', b.actionId)
    .replace('{disclosureId}', b.disclosureId)
    .replace('{itemId}', b.itemId)
    .replace('{attachmentId}', b.attachmentId)}`;
  const body = bodies[op];
  return {
    method,
    url,
    headers: { 'if-match': versionFor(op, b) },
    ...(method !== 'GET' && { payload: body ? await body(t, cast, b) : {} }),
  };
}
