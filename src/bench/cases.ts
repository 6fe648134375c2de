/**
 * The case benchmark (`npm run bench`, issue 5 and issue 6 Acceptance): seeds N cases (default
 * 100,000) into a fresh SQLite database, starts the real app, and measures with autocannon at 50
 * connections, in one run beside a bare Fastify route on the same machine: (i) a case read by a
 * participant, each read writing its processing-log entries; (ii) the worklist of a
 * procesregisseur; (iii) the information items of a case with 200 items, read by the same
 * participant. Prints req/s, p50 and p99, the server's CPU time per request, the ratio to the bare
 * route and PASS/MISS per target. Options: --cases N, --seconds S, --connections C, --items I.
 */
import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Fastify from 'fastify';
import { activityUri } from '../modules/cases/processing.js';
import { verifyChain } from '../platform/processing-log/index.js';
import { ceilingShare, FLOOR_PATH, type Floor, logEntryCpuMicros } from './cases-floor.js';
import { seedItemsCase } from './cases-items.js';
import type { LoadFigures, LoadJob } from './cases-load.js';
import { participantOnly } from './cases-plan.js';
import { profiled } from './cases-profile.js';
import { buildWorld, loginCookie, type World } from './cases-world.js';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} verwacht een positief geheel getal`);
  return value;
}

const CASES = option('cases', 100_000);
const SECONDS = option('seconds', 10);
const CONNECTIONS = option('connections', 50);
const ITEMS = option('items', 200);
const log = (line: string) => console.error(line);
const runner = fileURLToPath(new URL('./cases-load.js', import.meta.url));

/** Runs autocannon in a child process (its own event loop) and returns its figures. */
async function load(
  world: World,
  origin: string,
  name: string,
  paths: string[],
  headers: Record<string, string>,
  seconds = SECONDS,
) {
  const pathsFile = join(world.dir, `${name}.paths.json`);
  writeFileSync(pathsFile, JSON.stringify(paths));
  const job: LoadJob = { origin, pathsFile, headers, connections: CONNECTIONS, seconds };
  // Asynchronous: the server under test runs in this process and must keep answering.
  const cpu = process.cpuUsage();
  const { stdout } = await promisify(execFile)(process.execPath, [runner, JSON.stringify(job)]);
  const used = process.cpuUsage(cpu);
  const figures = JSON.parse(stdout.trim().split('\n').at(-1) as string) as LoadFigures;
  // The server's CPU time per answered request: what load on a shared machine changes least.
  return { ...figures, cpuMicros: (used.user + used.system) / Math.max(1, figures.total) };
}

async function bareRoute() {
  const bare = Fastify({ logger: false });
  bare.get('/bare', async () => ({ ok: true }));
  await bare.listen({ host: '127.0.0.1', port: 0 });
  const address = bare.server.address();
  return { bare, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
}

/** Before measuring: the reader is a participant of the case, and the worklist has work in it. */
async function sanityCheck(origin: string, readPath: string, readerCookie: string, regisseurCookie: string) {
  const read = await fetch(`${origin}${readPath}`, { headers: { cookie: readerCookie } });
  const body = (await read.json()) as { relation?: string };
  if (read.status !== 200 || body.relation !== 'participant')
    throw new Error(`lezen als deelnemer mislukt: ${read.status} ${JSON.stringify(body).slice(0, 300)}`);
  const tasks = await fetch(`${origin}/api/v1/me/tasks`, { headers: { cookie: regisseurCookie } });
  const list = (await tasks.json()) as { sections?: { key: string; count: number; countCapped: boolean }[] };
  if (tasks.status !== 200 || !list.sections)
    throw new Error(`werklijst mislukt: ${tasks.status} ${JSON.stringify(list).slice(0, 300)}`);
  log(
    `  werklijst: ${list.sections.map((x) => `${x.key} ${x.count}${x.countCapped ? '+' : ''}`).join(', ')}`,
  );
}

/** The reader sees the items that the conditions allow; the run measures nothing if none. */
async function itemsCheck(origin: string, path: string, cookie: string): Promise<number> {
  const res = await fetch(`${origin}${path}`, { headers: { cookie } });
  const body = (await res.json()) as { items?: unknown[] };
  if (res.status !== 200 || !body.items?.length)
    throw new Error(`informatie lezen mislukt: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
  return body.items.length;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en');

/** Entries of case reads in the log so far (one per person of each case read). */
async function countCaseReads(world: World): Promise<number> {
  const row = await world.db.kysely
    .selectFrom('processing_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('name', '=', 'case.read')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function main() {
  log(
    `Casusbenchmark: ${CASES.toLocaleString('en')} casussen, ${CONNECTIONS} verbindingen, ${SECONDS} s per meting`,
  );
  const world = await buildWorld(CASES, log);
  log(`  zaaien klaar in ${world.seed.seconds.toFixed(1)} s`);
  const { bare, origin: bareOrigin } = await bareRoute();
  try {
    // (i) The reader is a named participant of a conference (Art. 8.2) and nothing more in those
    // cases: the professional who is that in the most cases, reading all of them in turn.
    const byCount = world.users.professionals
      .map((u) => ({ u, cases: participantOnly(world.seed.cases, u.id) }))
      .sort((a, b) => b.cases.length - a.cases.length);
    const reader = byCount[0];
    const regisseur = world.users.regisseurs[0];
    if (!reader || reader.cases.length === 0 || !regisseur) throw new Error('geen deelnemer of regisseur');
    const readerCookie = await loginCookie(world.origin, world.emails.get(reader.u.id) as string);
    const regisseurCookie = await loginCookie(world.origin, world.emails.get(regisseur) as string);
    const readPaths = reader.cases.map((c) => `/api/v1/cases/${c.id}`);
    // (ii) "Mijn taken" of a procesregisseur (issue 5 §9), at its default page size.
    const worklistPaths = ['/api/v1/me/tasks'];
    log(`  lezer: deelnemer in ${readPaths.length.toLocaleString('en')} casussen`);
    await sanityCheck(world.origin, readPaths[0] as string, readerCookie, regisseurCookie);
    // (iii) Issue 6: the information on the case page of a case with ITEMS items, read by the same
    // participant (the page's first request for items; its size is the API's default).
    const itemsCase = reader.cases[0] as (typeof reader.cases)[number];
    await seedItemsCase(world, itemsCase, reader.u.partyId, ITEMS);
    const itemsPath = `/api/v1/cases/${itemsCase.id}/information-items`;
    const shown = await itemsCheck(world.origin, itemsPath, readerCookie);
    log(`  informatiepagina: ${shown} items zichtbaar voor de lezer op de eerste pagina`);

    await load(world, world.origin, 'warmup', readPaths, { cookie: readerCookie }, 2);
    const readsBefore = await countCaseReads(world);
    const bareFigures = await load(world, bareOrigin, 'bare', ['/bare'], {});
    const readFigures = await profiled('read', () =>
      load(world, world.origin, 'read', readPaths, { cookie: readerCookie }),
    );
    const readEntries = (await countCaseReads(world)) - readsBefore;
    const figures = {
      bare: bareFigures,
      read: readFigures,
      worklist: await profiled('worklist', () =>
        load(world, world.origin, 'worklist', worklistPaths, { cookie: regisseurCookie }),
      ),
      items: await profiled('items', () =>
        load(world, world.origin, 'items', [itemsPath], { cookie: readerCookie }),
      ),
    };
    // The floor under (i): the platform's fixed cost and the log's cost per entry (cases-floor.ts).
    const platform = await load(world, world.origin, 'floor', [FLOOR_PATH], { cookie: readerCookie });
    const floor: Floor = {
      bareMicros: figures.bare.cpuMicros,
      platformMicros: platform.cpuMicros,
      logEntryMicros: await logEntryCpuMicros(
        world.file,
        itemsCase.id,
        await activityUri(world.db.kysely, 'aanmelding'),
      ),
      entriesPerRead: readEntries / Math.max(1, figures.read.total),
    };
    const chain = await verifyChain(world.db.kysely, { batchSize: 10_000 });
    if (!chain.ok) throw new Error(`logboekketen gebroken: ${chain.broken.detail}`);
    const reads = await countCaseReads(world);

    const ratio = figures.read.requestsPerSecond / figures.bare.requestsPerSecond;
    // A run with failed or timed-out requests misses its target whatever its latency says.
    const clean = (f: LoadFigures) => f.total > 0 && f.non2xx + f.errors + f.timeouts === 0;
    const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
    const line = (label: string, f: LoadFigures & { cpuMicros: number }) =>
      `| ${label} | ${fmt(f.requestsPerSecond)} | ${f.p50} ms | ${f.p99} ms | ${f.non2xx + f.errors + f.timeouts} | ${fmt(f.cpuMicros)} µs |`;
    console.log(
      `\nCasusbenchmark ${new Date().toISOString().slice(0, 10)} — ${CASES.toLocaleString('en')} casussen, ${CONNECTIONS} verbindingen, ${SECONDS} s; ${cpus().length} × ${cpus()[0]?.model ?? '?'}, Node ${process.version}`,
    );
    console.log('| Meting | req/s | p50 | p99 | fouten | CPU per verzoek |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    console.log(line('kale Fastify-route', figures.bare));
    console.log(line('(i) casus lezen door deelnemer', figures.read));
    console.log(line('(ii) werklijst procesregisseur (GET /me/tasks)', figures.worklist));
    console.log(line(`(iii) informatie van een casus met ${ITEMS} items, deelnemer`, figures.items));
    console.log(
      `\n(i) doorvoer ${(ratio * 100).toFixed(1)}% van de kale route (doel ≥ 25%): ${verdict(clean(figures.read) && ratio >= 0.25)}`,
    );
    console.log(
      `(i) p99 ${figures.read.p99} ms (doel < 15 ms): ${verdict(clean(figures.read) && figures.read.p99 < 15)}`,
    );
    console.log(
      `(ii) p99 ${figures.worklist.p99} ms (doel < 25 ms): ${verdict(clean(figures.worklist) && figures.worklist.p99 < 25)}`,
    );
    console.log(
      `(iii) p99 ${figures.items.p99} ms (doel < 25 ms): ${verdict(clean(figures.items) && figures.items.p99 < 25)}`,
    );
    console.log(
      `Ondergrens (i), CPU per verzoek: geauthenticeerd verzoek zonder route (404) ${fmt(floor.platformMicros)} µs ` +
        `(${fmt(platform.requestsPerSecond)} req/s, p99 ${platform.p99} ms); logregel ${fmt(floor.logEntryMicros)} µs ` +
        `in groepen van 50, ${floor.entriesPerRead.toFixed(2)} per lezing; kale route ${fmt(floor.bareMicros)} µs. ` +
        `Een lezing die alleen dat deed, haalde hoogstens ${(ceilingShare(floor) * 100).toFixed(1)}% van de kale route.`,
    );
    console.log(
      `Logboek: ${fmt(reads)} leesregels geschreven; keten van ${fmt(chain.count)} regels geverifieerd.`,
    );
    console.log(
      `Seeding: ${world.seed.seconds.toFixed(1)} s; belasting (load average 1/5/15 min): ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')}.`,
    );
  } finally {
    await bare.close();
    await world.close();
    if (!world.keep) rmSync(world.dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
