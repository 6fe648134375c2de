/**
 * The effective attachment size limit for the UI (issue 6 §1; Art. 17.3): `GET /information-settings`
 * gives every signed-in user the INFORMATION_ATTACHMENT_MAX_BYTES the server enforces, so the
 * upload forms check and name the same number; the upload itself still refuses a larger file with
 * 413 naming that limit. SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, everyone, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { caseInExecution } from './cases-execution-fixtures.js';
import { api } from './cases-fixtures.js';

describe.each(dialects)('information settings on %s', (dialect) => {
  let t: TestApp;
  let call: ReturnType<typeof api>;
  beforeAll(async () => {
    t = await createTestApp(dialect, { INFORMATION_ATTACHMENT_MAX_BYTES: '3072' });
    call = api(t);
  });
  afterAll(() => t.close());

  it('gives every signed-in user the configured limit, and nobody else', async () => {
    for (const as of everyone) {
      const res = await call(as, 'GET', '/information-settings');
      if (as === 'anonymous') {
        expect(res.statusCode).toBe(401);
        continue;
      }
      expect(res.statusCode, as).toBe(200);
      expect(res.json()).toEqual({ attachmentMaxBytes: 3072 });
      expect(res.headers['cache-control']).toContain('no-store');
    }
  });

  it('is the limit the upload enforces: at it accepted, above it 413 naming it', async () => {
    const limit = (await call('professional', 'GET', '/information-settings')).json().attachmentMaxBytes;
    const c = await caseInExecution(t);
    const item = await call('professional', 'POST', `/cases/${c.id}/information-items`, {
      title: 'Verslag',
      body: 'Zie bijlage',
      regime: 'gewoon',
      visibility: 'all-participants',
      useInActionPlan: false,
    });
    expect(item.statusCode, item.body).toBe(201);
    const upload = (size: number) =>
      call('professional', 'POST', `/information-items/${item.json().id}/attachments`, {
        filename: 'verslag.txt',
        content: Buffer.alloc(size, 0x61).toString('base64'),
      });
    expect((await upload(limit)).statusCode).toBe(201);
    const big = await upload(limit + 1);
    expect(big.statusCode).toBe(413);
    expect(big.json().detail).toContain(`${limit} bytes`);
  });
});
