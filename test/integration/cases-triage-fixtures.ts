/**
 * Shared helpers for the triage and conference suites (issue 5 §3–4): a case brought to triage
 * through the real API, the next phases, and small date helpers.
 */
import { expect } from 'vitest';
import type { TestApp } from '../support/app.js';
import { api, type Caller, registration } from './cases-fixtures.js';

export const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
export const at = (days: number, hour: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};

export function flow(t: TestApp) {
  const call = api(t);
  async function ok(res: Awaited<ReturnType<typeof call>>, status = 200) {
    expect(res.statusCode, res.body).toBe(status);
    return res;
  }
  /** A case registered by `registrar` and accepted by `regie`, now in triage. */
  async function inTriage(
    overrides: Record<string, unknown> = {},
    registrar: Caller = 'professional',
    regie: Caller = 'procesregisseur',
  ) {
    const created = await ok(await call(registrar, 'POST', '/cases', registration(t, overrides)), 201);
    const id = created.json().id as string;
    let etag = created.headers.etag as string;
    etag = (await ok(await call(registrar, 'POST', `/cases/${id}/submit`, {}, etag))).headers.etag as string;
    etag = (await ok(await call(regie, 'POST', `/cases/${id}/pick-up`, {}, etag))).headers.etag as string;
    const accepted = await ok(
      await call(regie, 'POST', `/cases/${id}/accept`, { reasoning: 'Complex' }, etag),
    );
    return { id, etag: accepted.headers.etag as string };
  }
  /** A case in triage, routed to a conference with the given parties. */
  async function toConference(partyKeys: string[], overrides: Record<string, unknown> = {}) {
    const c = await inTriage(overrides);
    const res = await ok(
      await call(
        'procesregisseur',
        'POST',
        `/cases/${c.id}/decide-triage`,
        {
          route: 'conference',
          goal: 'Een gezamenlijke aanpak',
          themes: ['wonen', 'schulden'],
          partyIds: partyKeys.map((k) => t.partyIds.get(k)),
        },
        c.etag,
      ),
    );
    return { id: c.id, etag: res.headers.etag as string };
  }
  return { call, ok, inTriage, toConference };
}
