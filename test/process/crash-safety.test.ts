/**
 * Crash safety (issue 4 §7): the server is killed with SIGKILL in the middle of a burst of writes;
 * after a restart every write that was acknowledged is there. SQLite runs with synchronous=FULL
 * (docs/privacy.md explains why), so an acknowledged commit is on disk before the response leaves.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
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
    const privacy = await demoClient(server.url, 'privacy@demo.ketenhuis.example');
    const acknowledged: string[] = [];
    let acknowledgedLogReads = 0;
    // Reading the processing log is itself logged, durably, before the answer is sent.
    const reads = Array.from({ length: 40 }, async () => {
      try {
        if ((await privacy('/api/v1/processing-log?limit=1')).status === 200) acknowledgedLogReads++;
      } catch {
        // in flight when the process died
      }
    });
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
    await Promise.all([...burst, ...reads]);
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
    await stop(server);
    server = undefined;

    // Every acknowledged log read left its entry, and the hash chain is intact.
    const db = new Database(env.DATABASE_URL, { readonly: true });
    const logged = db.prepare('select count(*) as n from processing_log').get() as { n: number };
    db.close();
    expect(logged.n).toBeGreaterThanOrEqual(acknowledgedLogReads);
    const verify = spawnSync(process.execPath, ['bin/ketenhuis.js', 'audit', 'verify'], {
      cwd: new URL('../../', import.meta.url),
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });
    expect(verify.status, verify.stdout + verify.stderr).toBe(0);
  });
});
