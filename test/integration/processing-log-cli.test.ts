/**
 * The `ketenhuis audit` commands end to end through commander, on both databases: checkpoint to a
 * file, verify with that checkpoint (exit 0), then a tampered entry makes verify exit 3 naming it.
 */

import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildCli } from '../../src/cli/main.js';
import type { StoredEntry } from '../../src/platform/processing-log/index.js';
import { dialects } from '../support/db.js';
import { append, type LogDb, logDatabase, sampleEntry, tamper } from './processing-log-fixtures.js';

describe.each(dialects)('ketenhuis audit on %s', (dialect) => {
  let t: LogDb;
  let entries: StoredEntry[];
  let dir: string;
  const saved = { ...process.env };
  beforeAll(async () => {
    t = await logDatabase(dialect);
    entries = await append(
      t.db,
      [1, 2, 3].map((n) => sampleEntry(n)),
    );
    dir = mkdtempSync(join(tmpdir(), 'ketenhuis-audit-'));
    process.env.DATABASE_URL = t.database.url;
    process.env.KETENHUIS_MASTER_KEY = randomBytes(32).toString('base64');
  });
  afterAll(async () => {
    process.env = saved;
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });
  afterEach(() => {
    process.exitCode = undefined;
    vi.restoreAllMocks();
  });

  async function run(...args: string[]) {
    const out: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
    vi.spyOn(console, 'error').mockImplementation((line: string) => void out.push(line));
    await buildCli().parseAsync(['node', 'ketenhuis', 'audit', ...args]);
    vi.restoreAllMocks();
    const code = process.exitCode ?? 0;
    process.exitCode = undefined;
    return { code, out: out.join('\n') };
  }

  it('writes a signed checkpoint and verifies the log against it', async () => {
    const file = join(dir, `checkpoint-${dialect}.json`);
    const made = await run('checkpoint', '--out', file);
    expect(made.out).toMatch(
      /Checkpoint geschreven .* seq 3[\s\S]*Publieke sleutel \(Ed25519, SPKI, base64\): \S+/,
    );
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    expect(doc).toMatchObject({ seq: 3, hash: entries[2]?.hash, house: 'haaglanden' });
    expect(doc.signature).toMatch(/^[A-Za-z0-9+/]+=*$/);

    const ok = await run('verify', '--checkpoint', file, '--public-key', doc.publicKey);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/^OK: 3 regels/);
    expect(ok.out).toMatch(/Checkpoint .* klopt/);
  });

  it('exits 3 and names the first broken entry', async () => {
    const victim = entries[1] as StoredEntry;
    await tamper(t.db, victim.id, 'purpose', 'Ander doel');
    try {
      const broken = await run('verify', '--batch-size', '2');
      expect(broken.code).toBe(3);
      expect(broken.out).toContain(`GEBROKEN bij seq 2 (id ${victim.id}): hash-mismatch`);
    } finally {
      await tamper(t.db, victim.id, 'purpose', victim.purpose);
    }
    expect((await run('verify')).code).toBe(0);
  });
});
