/**
 * The case benchmark end to end at a small size (issue 5 Acceptance, CI smoke): the compiled
 * `dist/bench/cases.js` seeds 200 cases, starts the real app, runs autocannon against the bare
 * route, the case read and the worklist, and prints every figure and a verdict per target. The
 * figures themselves are not judged here (a shared CI machine says little); that they are all
 * produced, without errors, is — the floor under (i) included (cases-floor.ts). Requires `npm run build:server` (npm test does it first).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const script = `${root}dist/bench/cases.js`;

describe('npm run bench, small', () => {
  it('seeds 200 cases and a case with 200 items, and prints req/s, p50, p99 and a verdict for each target', {
    timeout: 180_000,
  }, async () => {
    if (!existsSync(script)) throw new Error('dist/ ontbreekt: voer eerst `npm run build:server` uit');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [script, '--cases', '200', '--seconds', '1', '--connections', '10'],
      { cwd: root, env: { ...process.env, LOG_LEVEL: 'warn' }, timeout: 170_000 },
    );
    const row = (label: string) => {
      const line = stdout.split('\n').find((l) => l.startsWith(`| ${label}`));
      expect(line, `regel "${label}" ontbreekt in:\n${stdout}`).toBeDefined();
      const cells = (line as string).split('|').map((c) => c.trim());
      // | label | req/s | p50 | p99 | errors |
      return {
        rps: Number(cells[2]?.replaceAll(',', '')),
        p50: cells[3],
        p99: cells[4],
        errors: Number(cells[5]),
      };
    };
    for (const label of [
      'kale Fastify-route',
      '(i) casus lezen',
      '(ii) werklijst procesregisseur',
      '(iii) informatie van een casus met 200 items',
    ]) {
      const r = row(label);
      expect(r.rps).toBeGreaterThan(0);
      expect(r.p50).toMatch(/^\d+(\.\d+)? ms$/);
      expect(r.p99).toMatch(/^\d+(\.\d+)? ms$/);
      expect(r.errors).toBe(0);
    }
    expect(stdout).toMatch(/\(i\) doorvoer [\d.]+% van de kale route \(doel ≥ 25%\): (PASS|MISS)/);
    expect(stdout).toMatch(/\(i\) p99 [\d.]+ ms \(doel < 15 ms\): (PASS|MISS)/);
    expect(stdout).toMatch(/\(ii\) p99 [\d.]+ ms \(doel < 25 ms\): (PASS|MISS)/);
    expect(stdout).toMatch(/\(iii\) p99 [\d.]+ ms \(doel < 25 ms\): (PASS|MISS)/);
    // The floor under (i): the platform's fixed cost and the log's cost per entry, both measured.
    const floor =
      /Ondergrens \(i\), CPU per verzoek: geauthenticeerd verzoek zonder route \(404\) ([\d,]+) µs .*logregel ([\d,]+) µs in groepen van 50, ([\d.]+) per lezing.* hoogstens ([\d.]+)% van de kale route/.exec(
        stdout,
      );
    expect(floor, `ondergrens ontbreekt in:\n${stdout}`).not.toBeNull();
    const [, platform, entry, perRead, share] = (floor as RegExpExecArray).map((x) =>
      Number(x?.replaceAll(',', '')),
    );
    expect(platform).toBeGreaterThan(0);
    expect(entry).toBeGreaterThan(0);
    expect(perRead).toBeGreaterThanOrEqual(1);
    expect(share).toBeGreaterThan(0);
    expect(stdout).toMatch(/keten van [\d,]+ regels geverifieerd/);
    // Every successful read wrote its log entries (one per person of the case, at least one).
    expect(Number(/Logboek: ([\d,]+) leesregels/.exec(stdout)?.[1]?.replaceAll(',', ''))).toBeGreaterThan(0);
  });
});
