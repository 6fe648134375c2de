/**
 * Requests for the authorization matrix's execution, escalation, de-escalation and manager
 * operations (issue 5 §5–7; Art. 1.10, 11.3d, 13): each call gets a fresh case in the stage the
 * operation needs (cases-execution-fixtures.ts). The matrix professional (politie) is the
 * registering professional only — neither coordinator nor participant; the matrix
 * procesregisseur is the assigned one; the manager has a role only in an escalated case.
 */
import type { As, TestApp } from '../support/app.js';
import { caseAt, type Stage } from './cases-execution-fixtures.js';
import { api } from './cases-fixtures.js';

type Headers = Record<string, string>;

const stages: Record<string, Stage> = {
  'GET /cases/{id}/execution': 'execution',
  'POST /cases/{id}/actions/{actionId}/status': 'execution',
  'POST /cases/{id}/actions/{actionId}/citations': 'execution',
  'POST /cases/{id}/progress-reports': 'execution',
  'POST /cases/{id}/escalate': 'execution',
  'POST /cases/{id}/resolve-escalation': 'escalated',
  'GET /cases/{id}/overdue-actions': 'execution',
  'POST /cases/{id}/propose-deescalation': 'execution',
  'POST /cases/{id}/approve-deescalation': 'proposed',
  'POST /cases/{id}/cancel-deescalation': 'proposed',
  'GET /cases/{id}/deescalation': 'execution',
  'GET /cases/{id}/scrub': 'deescalated',
  'POST /cases/{id}/scrub': 'deescalated',
};

const bodies: Record<string, object> = {
  'POST /cases/{id}/actions/{actionId}/status': { status: 'in_progress' },
  'POST /cases/{id}/actions/{actionId}/citations': { itemIds: [] },
  'POST /cases/{id}/progress-reports': { text: 'Voortgang' },
  'POST /cases/{id}/escalate': { reason: 'Afspraken niet nagekomen' },
  'POST /cases/{id}/resolve-escalation': { resolution: 'Opgelost' },
  'POST /cases/{id}/propose-deescalation': { evaluation: 'Criteria gehaald' },
  'POST /cases/{id}/approve-deescalation': {},
  'POST /cases/{id}/cancel-deescalation': { reason: 'Terugval' },
};

export async function executionMatrixRequest(
  t: TestApp,
  op: string,
  headersOf: (as: As) => Promise<Headers>,
): Promise<{ method: 'GET'; url: string; headers: Headers; payload?: object } | undefined> {
  const [method, path] = op.split(' ') as [string, string];
  if (op === 'GET /overdue-actions' || op === 'GET /manager/overview')
    return { method: 'GET', url: `/api/v1${path}`, headers: {} };
  const stage = stages[op];
  if (!stage) return undefined;
  // Fresh sessions for the fixture's own steps: other matrix operations revoke sessions.
  for (const as of ['professional', 'procesregisseur'] as const) {
    const h = await headersOf(as);
    t.sessions[as] = { cookie: h.cookie as string, csrfToken: h['x-csrf-token'] as string };
  }
  const c = await caseAt(t, stage);
  let payload = bodies[op];
  if (op === 'POST /cases/{id}/scrub') {
    const list = await api(t)('procesregisseur', 'GET', `/cases/${c.id}/scrub`);
    const elements = list.json().elements as { type: string; id: string }[];
    payload = { decisions: elements.map((e) => ({ type: e.type, id: e.id, decision: 'remove' })) };
  }
  const etag = op.includes('{actionId}') ? '"v1"' : c.etag;
  return {
    method: method as 'GET',
    url: `/api/v1${path.replace('{id}', c.id).replace('{actionId}', c.actions.politie)}`,
    headers: { 'if-match': etag },
    ...(method !== 'GET' && { payload: payload ?? {} }),
  };
}
