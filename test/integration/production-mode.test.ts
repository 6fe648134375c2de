/**
 * Production mode refuses to start while demo users exist, and without a master key (issue 3 §2,
 * issue 4 §4); demo mode seeds the demo users, who log in without a second factor.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadSettings } from '../../src/platform/config/env.js';
import { serve } from '../../src/server.js';

describe('start-up modes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ketenhuis-mode-'));
  const file = join(dir, 'k.sqlite');
  const quiet = () => undefined;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('demo mode seeds demo users who skip the second factor', async () => {
    const started = await serve(
      loadSettings({ DATABASE_URL: file, PORT: '0', LOG_LEVEL: 'silent', RETENTION_INTERVAL_MINUTES: '0' }),
      quiet,
    );
    try {
      const res = await fetch(`${started.url.replace('localhost', '127.0.0.1')}/api/v1/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          email: 'procesregisseur@demo.ketenhuis.example',
          password: 'demo haaglanden lentebloesem',
        }),
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({
        stage: 'complete',
        user: { isDemo: true, roles: ['procesregisseur'] },
      });
    } finally {
      await started.close();
    }
  });

  it('production refuses to start without a master key, naming the key', async () => {
    const settings = loadSettings({
      DATABASE_URL: file,
      PORT: '0',
      LOG_LEVEL: 'silent',
      KETENHUIS_MODE: 'production',
    });
    await expect(serve(settings, quiet)).rejects.toThrow(/KETENHUIS_MASTER_KEY/);
  });

  it('production refuses to start while demo users exist', async () => {
    const settings = loadSettings({
      DATABASE_URL: file,
      PORT: '0',
      LOG_LEVEL: 'silent',
      KETENHUIS_MODE: 'production',
      KETENHUIS_MASTER_KEY: randomBytes(32).toString('base64'),
    });
    const err = await serve(settings, quiet).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).message).toMatch(/demogebruikers/);
  });
});
