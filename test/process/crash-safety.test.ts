/**
 * Crash safety (issue 4 §7): the server is killed with SIGKILL in the middle of a burst of writes;
 * after a restart every write that was acknowledged is there. SQLite runs with synchronous=FULL
 * (docs/privacy.md explains why), so an acknowledged commit is on disk before the response leaves.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { demoClient, killHard, type RunningServer, startServer, stop } from './server-process.js';

describe('crash safety on SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ketenhuis-crash-'));
  const env = { DATABASE_URL: join(dir, 'crash.sqlite'), KETENHUIS_MODE: 'demo' };
  let server: RunningServer | undefined;
  afterAll(async () => {
    if (server) await stop(server);
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every acknowledged write after SIGKILL mid-burst', async () => {
    server = await startServer(env);
    const call = await demoClient(server.url, 'beheer@demo.ketenhuis.example');
    const acknowledged: string[] = [];
    let killed = false;
    const burst = Array.from({ length: 80 }, (_, i) => i).map(async (i) => {
      const email = `crash${i}@test.ketenhuis.example`;
      try {
        const res = await call('/api/v1/users', {
          method: 'POST',
          body: {
            email,
            displayName: `Crash ${i}`,
            partyId: null,
            roles: ['secretaris'],
            initialPassword: 'correct paard batterij nietje',
          },
        });
        if (res.status === 201) {
          acknowledged.push(email);
          if (acknowledged.length === 20 && server && !killed) {
            killed = true;
            await killHard(server);
          }
        }
      } catch {
        // requests in flight when the process died
      }
    });
    await Promise.all(burst);
    expect(killed).toBe(true);
    expect(acknowledged.length).toBeGreaterThanOrEqual(20);

    server = await startServer(env);
    const after = await demoClient(server.url, 'beheer@demo.ketenhuis.example');
    const present = new Set<string>();
    let cursor: string | null = null;
    do {
      const res = await after(
        `/api/v1/users?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      const page = (await res.json()) as { items: { email: string }[]; nextCursor: string | null };
      for (const u of page.items) present.add(u.email);
      cursor = page.nextCursor;
    } while (cursor);
    expect(acknowledged.filter((e) => !present.has(e))).toEqual([]);
    expect((await fetch(`${server.url}/health/ready`)).status).toBe(200);
  });
});
