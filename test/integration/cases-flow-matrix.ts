/**
 * Requests for the authorization matrix's triage and conference operations (issue 5 §3–4, §7):
 * each call gets a fresh case brought through the real API to the phase the operation needs. The
 * matrix professional (politie) is the registering professional, and where a named participant
 * or coordinator is needed, it is that too; the matrix procesregisseur is the assigned one.
 */
import type { As, TestApp } from '../support/app.js';

type Headers = Record<string, string>;
type Stage = 'in_triage' | 'request' | 'overleg_gepland' | 'planned' | 'in_uitvoering';

const stages: Record<string, Stage> = {
  'POST /cases/{id}/information-requests': 'in_triage',
  'GET /cases/{id}/information-requests': 'in_triage',
  'POST /cases/{id}/information-requests/{requestId}/cancel': 'request',
  'GET /information-requests/{id}': 'request',
  'POST /information-requests/{id}/answer': 'request',
  'POST /cases/{id}/decide-triage': 'in_triage',
  'GET /cases/{id}/conferences': 'overleg_gepland',
  'POST /cases/{id}/conferences': 'overleg_gepland',
  'PATCH /cases/{id}/conferences/{conferenceId}': 'planned',
  'POST /cases/{id}/conferences/{conferenceId}/cancel': 'planned',
  'POST /cases/{id}/conferences/{conferenceId}/hold': 'planned',
  'GET /cases/{id}/conferences/{conferenceId}/invitation.ics': 'planned',
  'GET /cases/{id}/participant-candidates': 'overleg_gepland', // H18
  'POST /cases/{id}/plan-follow-up': 'in_uitvoering',
};

const later = (days: number, hour: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};
const dayIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export async function caseFlowMatrixRequest(
  t: TestApp,
  op: string,
  headersOf: (as: As) => Promise<Headers>,
): Promise<{ method: 'GET'; url: string; headers: Headers; payload?: object } | undefined> {
  const stage = stages[op];
  if (!stage) return undefined;
  const politie = t.partyIds.get('politie-den-haag') as string;
  const pro = await headersOf('professional');
  const regie = await headersOf('procesregisseur');
  const send = async (headers: Headers, method: string, url: string, payload: object, etag?: string) => {
    const res = await t.app.inject({
      method: method as 'POST',
      url: `/api/v1${url}`,
      headers: { ...headers, ...(etag ? { 'if-match': etag } : {}) },
      payload,
    });
    if (res.statusCode >= 300)
      throw new Error(
        `matrix case setup ${url}: ${res.statusCode} ${res.body} ${
          res.statusCode >= 500
            ? t.logs
                .filter((l) => l.includes('"level":50'))
                .slice(-1)
                .join('')
            : ''
        }`,
      );
    return { json: res.json(), etag: res.headers.etag as string };
  };
  const created = await send(pro, 'POST', '/cases', {
    caseType: 'person',
    persons: [
      { name: 'Matrix Persoon', bsn: '111222333', birthDate: '1990-01-01', address: 'Matrixstraat 1' },
    ],
    reason: 'Aanleiding',
    goal: 'Doel',
    partnersInvolved: [],
    protocolKey: 'multiproblematiek',
    informed: true,
    criteria: {
      areaSafetyProblem: true,
      impactOnSystem: true,
      multipleChainsNeeded: true,
      multiproblem: true,
    },
  });
  const id = created.json.id as string;
  let etag = (await send(pro, 'POST', `/cases/${id}/submit`, {}, created.etag)).etag;
  etag = (await send(regie, 'POST', `/cases/${id}/pick-up`, {}, etag)).etag;
  etag = (await send(regie, 'POST', `/cases/${id}/accept`, { reasoning: 'Complex' }, etag)).etag;
  const ids: Record<string, string> = { id };
  let confEtag = '';
  if (stage === 'request') {
    const r = await send(regie, 'POST', `/cases/${id}/information-requests`, {
      partyId: politie,
      question: 'Bekend?',
      deadline: dayIn(7),
    });
    ids.requestId = r.json.id;
    confEtag = r.etag;
  }
  if (stage === 'overleg_gepland' || stage === 'planned' || stage === 'in_uitvoering') {
    const body = { route: 'conference', goal: 'Aanpak', themes: [], partyIds: [politie] };
    etag = (await send(regie, 'POST', `/cases/${id}/decide-triage`, body, etag)).etag;
  }
  const plan = {
    startsAt: later(5, 9),
    endsAt: later(5, 10),
    onlineLink: 'https://vergader.example/casusoverleg',
    goal: 'Doel',
    decisionTypes: ['Plan van aanpak'],
    themes: [],
    invitations: [
      { partyId: politie, contribution: 'Meldingen', participantUserIds: [t.users.professional.id] },
    ],
  };
  const record = {
    attendance: [{ userId: t.users.professional.id, present: true }],
    coordinatorUserId: t.users.professional.id,
    actions: [{ ownerPartyId: politie, description: 'Actie', dueDate: dayIn(10) }],
    partyRoles: [],
    deescalationCriteria: 'Criteria',
    minutes: 'Afspraken',
  };
  if (stage === 'planned' || stage === 'in_uitvoering') {
    const conf = await send(regie, 'POST', `/cases/${id}/conferences`, plan);
    ids.conferenceId = conf.json.id;
    confEtag = conf.etag;
  }
  if (stage === 'in_uitvoering')
    etag = (await send(regie, 'POST', `/cases/${id}/conferences/${ids.conferenceId}/hold`, record, etag))
      .etag;

  const [method, path] = op.split(' ') as [string, string];
  const url = `/api/v1${path
    .replace('/information-requests/{id}', `/information-requests/${ids.requestId}`)
    .replace('{id}', id)
    .replace('{requestId}', ids.requestId ?? '')
    .replace('{conferenceId}', ids.conferenceId ?? '')}`;
  const usesConferenceEtag =
    op.includes('{requestId}') ||
    op === 'POST /information-requests/{id}/answer' ||
    op.startsWith('PATCH') ||
    op.endsWith('/cancel');
  const payloads: Record<string, object> = {
    'POST /cases/{id}/information-requests': { partyId: politie, question: 'Bekend?', deadline: dayIn(7) },
    'POST /cases/{id}/information-requests/{requestId}/cancel': { reason: 'Niet nodig' },
    'POST /information-requests/{id}/answer': { involved: false, summary: 'Niet bekend' },
    'POST /cases/{id}/decide-triage': { route: 'advice', goal: 'Doel', advice: 'Wijkteam' },
    'POST /cases/{id}/conferences': plan,
    'PATCH /cases/{id}/conferences/{conferenceId}': { startsAt: later(6, 9), endsAt: later(6, 10) },
    'POST /cases/{id}/conferences/{conferenceId}/cancel': { reason: 'Ziekte' },
    'POST /cases/{id}/conferences/{conferenceId}/hold': record,
    'POST /cases/{id}/plan-follow-up': {},
  };
  return {
    method: method as 'GET',
    url,
    headers: { 'if-match': usesConferenceEtag ? confEtag : etag },
    ...(method !== 'GET' && { payload: payloads[op] ?? {} }),
  };
}
