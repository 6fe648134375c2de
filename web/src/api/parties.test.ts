/** Tests reading one party with its permissions, and saving changes with If-Match. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parsePartyDetail, updateParty } from './parties';
import { ApiError } from './problem';

const party = {
  id: '0190a5d4-0000-7000-8000-0000000000aa',
  key: 'politie',
  name: 'Politie Eenheid Den Haag',
  kind: 'partner',
  domain: 'justice',
  status: 'active',
  permissions: ['update', 'future-action'],
};

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json', ...headers },
  });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('one party', () => {
  it('reads the permissions and skips unknown ones', () => {
    expect(parsePartyDetail(party)?.permissions).toEqual(['update']);
    expect(parsePartyDetail({ ...party, permissions: [] })?.permissions).toEqual([]);
  });

  it('refuses a party without permissions or with an unknown status', () => {
    const { permissions: _, ...withoutPermissions } = party;
    expect(parsePartyDetail(withoutPermissions)).toBeUndefined();
    expect(parsePartyDetail({ ...party, status: 'merged' })).toBeUndefined();
    expect(parsePartyDetail({ ...party, permissions: 'update' })).toBeUndefined();
  });
});

describe('updateParty', () => {
  it('sends only the changes with If-Match and returns the new ETag', async () => {
    const fetchMock = vi.fn(async () => json(200, { ...party, name: 'Politie' }, { ETag: '"3"' }));
    vi.stubGlobal('fetch', fetchMock);
    const saved = await updateParty(party.id, '"2"', { name: 'Politie' });
    expect(saved).toEqual({ party: { ...party, name: 'Politie', permissions: ['update'] }, etag: '"3"' });
    const [path, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(path).toBe(`/api/v1/parties/${party.id}`);
    expect(init.method).toBe('PATCH');
    expect((init.headers as Record<string, string>)['If-Match']).toBe('"2"');
    expect(JSON.parse(String(init.body))).toEqual({ name: 'Politie' });
  });

  it('throws the 412 problem when someone else saved first', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        json(412, { type: 'urn:ketenhuis:problem:precondition-failed', title: 'x', status: 412 }),
      ),
    );
    const error = await updateParty(party.id, '"1"', { domain: 'care' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(412);
  });

  it('refuses an answer that is not a party', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(200, { id: party.id })),
    );
    const error = await updateParty(party.id, '"1"', { domain: 'care' }).catch((e: unknown) => e);
    expect((error as ApiError).kind).toBe('invalid-response');
  });
});
