/**
 * Helpers for the disclosure list suites (Art. 9.2; issue 6): the list as a caller gets it through
 * the API, followed page by page through nextCursor, and the reference — the rule the list applied
 * before it was paginated, in code over every request of the case (load.ts `loadDisclosures`,
 * `seesRequest`, `visibleItems`, and 404 for a caller without a relation who sees none). The paged
 * list must give exactly the reference: no request and no item more or fewer.
 */
import { expect } from 'vitest';
import {
  caseScope,
  loadDisclosures,
  seesRequest,
  visibleItems,
} from '../../src/modules/information/disclosure/load.js';
import type { Principal, Role } from '../../src/platform/auth/principal.js';
import { nowUtc } from '../../src/platform/ids.js';
import type { TestApp } from '../support/app.js';
import { api, type Caller } from './cases-fixtures.js';

/** A request as listed: its id and the ids of the items shown in it, in order. */
export interface Listed {
  id: string;
  itemIds: string[];
}

export const cursorOf = (k: string, id: string) =>
  Buffer.from(JSON.stringify({ k, id })).toString('base64url');
/** A well-formed cursor past every request of any case (the list is newest first). */
export const pastTheEnd = cursorOf('0000-01-01T00:00:00.000Z', '00000000-0000-7000-8000-000000000000');

async function principalOf(t: TestApp, userId: string): Promise<Principal> {
  const k = t.db.kysely;
  const user = await k
    .selectFrom('users')
    .select('party_id')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  const roles = await k.selectFrom('user_roles').select('role').where('user_id', '=', userId).execute();
  return {
    userId,
    partyId: user.party_id,
    roles: roles.map((r) => r.role as Role),
    sessionId: 'reference',
  };
}

/** What the unpaginated list showed the user: the visible requests, newest first, or 404. */
export async function referenceList(t: TestApp, userId: string, caseId: string): Promise<Listed[] | 404> {
  const s = await caseScope(t.db.kysely, await principalOf(t, userId), caseId);
  const now = nowUtc();
  const shown = (await loadDisclosures(t.db.kysely, caseId)).filter((d) => seesRequest(s, d));
  if (s.view.relation === null && shown.length === 0) return 404;
  return shown.map((d) => ({ id: d.row.id, itemIds: visibleItems(s, d, now).map((i) => i.item.id) }));
}

/**
 * The case's disclosure list as the caller gets it, following nextCursor: the requests in order,
 * or the status of the first page that is not 200. Every page but the last is full (pages are
 * filled from visible requests only), and a last page after the first is not empty.
 */
export async function pagedList(
  t: TestApp,
  as: Caller,
  caseId: string,
  limit: number | undefined,
  label: string,
): Promise<Listed[] | number> {
  const size = limit ?? 25;
  const out: Listed[] = [];
  let cursor: string | null = null;
  for (let page = 0; ; page++) {
    const query = new URLSearchParams();
    if (limit !== undefined) query.set('limit', String(limit));
    if (cursor !== null) query.set('cursor', cursor);
    const res = await api(t)(as, 'GET', `/cases/${caseId}/disclosures?${query}`);
    if (res.statusCode !== 200) {
      expect(page, `${label}: page ${page + 1} is ${res.statusCode} ${res.body}`).toBe(0);
      return res.statusCode;
    }
    const body = res.json() as {
      items: { id: string; items: { itemId: string }[] }[];
      nextCursor: string | null;
    };
    out.push(...body.items.map((d) => ({ id: d.id, itemIds: d.items.map((i) => i.itemId) })));
    cursor = body.nextCursor;
    if (cursor === null) {
      if (page > 0) expect(body.items.length, `${label}: last page`).toBeGreaterThan(0);
      return out;
    }
    expect(body.items.length, `${label}: page ${page + 1}`).toBe(size);
    expect(page, `${label}: paging does not end`).toBeLessThan(100);
  }
}
