/** Log lines carry request ids but never personal data (issue 2 §6). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, headersFor, type TestApp } from '../support/app.js';

describe('logging without personal data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(() => t.close());

  it('logs request ids, and neither bodies, query strings, cookies nor known personal fields', async () => {
    const partyId = (
      await t.app.inject({ headers: headersFor(t, 'professional'), url: '/api/v1/parties?limit=1' })
    ).json().items[0].id;
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/parties/${partyId}?bsn=123456782`,
      payload: { name: 'Jan Jansen 123456782', bsn: '123456782' },
      headers: {
        cookie: 'session=geheim-cookie',
        authorization: 'Bearer geheim-token',
        ...headersFor(t, 'beheer'),
      },
    });
    t.app.log.info({ person: { bsn: '123456782', name: 'Jan Jansen', address: 'Spui 70' } }, 'probe');
    const all = t.logs.join('');
    expect(all).toContain('"reqId"');
    for (const secret of ['123456782', 'Jan Jansen', 'Spui 70', 'geheim-cookie', 'geheim-token']) {
      expect(all).not.toContain(secret);
    }
    expect(all).toContain('[verwijderd]');
  });
});
