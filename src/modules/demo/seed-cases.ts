/**
 * Seeds the Haaglanden demo cases (issue 5 §12) through the real commands — registration,
 * assessment, triage, conferences, execution, escalation, de-escalation and the scrub — so that
 * keys, sealing, timeline events and processing-log entries are exactly what the app writes.
 * Idempotent: when any demo user already registered a case, nothing is seeded again; without the
 * demo accounts, nothing is seeded at all. Afterwards each case's moments are spread over the past
 * days (relative to `now`, backdate.ts), so the house looks lived in; the processing log keeps
 * the true moment of writing.
 */
import type { Kysely } from 'kysely';
import type { Principal, Role } from '../../platform/auth/principal.js';
import type { Database } from '../../platform/db/schema.js';
import type { AppDeps } from '../../platform/http/app.js';
import { newTraceId } from '../../platform/processing-log/index.js';
import type { CaseContext } from '../cases/context.js';
import { caseContext } from '../cases/context.js';
import { createCase } from '../cases/registration-command.js';
import type { CaseStatus } from '../cases/rules/state-machine.js';
import { backdateCase } from './backdate.js';
import { type DemoCase, type DemoLogin, demoCases } from './demo-cases.js';
import { runStep } from './steps.js';

const DEMO_DOMAIN = '@demo.ketenhuis.example';

export interface DemoSeedResult {
  seeded: number;
  phases: CaseStatus[];
  /** Each seeded case by its demo key (demo-cases*.ts). */
  cases: { key: string; id: string; status: CaseStatus }[];
}

type Deps = Pick<AppDeps, 'db' | 'masterKey' | 'rootKey'>;

async function demoPrincipals(db: Kysely<Database>): Promise<Map<DemoLogin, Principal>> {
  const rows = await db
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select(['users.id', 'users.email', 'users.party_id', 'user_roles.role'])
    .where('users.is_demo', '=', 1)
    .where('users.email', 'like', `%${DEMO_DOMAIN}`)
    .execute();
  const out = new Map<DemoLogin, Principal>();
  for (const r of rows) {
    const login = r.email.slice(0, -DEMO_DOMAIN.length) as DemoLogin;
    const known = out.get(login);
    const roles = [...(known?.roles ?? []), r.role as Role];
    out.set(login, { userId: r.id, partyId: r.party_id, roles, sessionId: 'demo-seed' });
  }
  return out;
}

/** True when a demo user already registered a case: the demo cases are there. */
async function alreadySeeded(db: Kysely<Database>): Promise<boolean> {
  const row = await db
    .selectFrom('cases')
    .innerJoin('users', 'users.id', 'cases.registering_user_id')
    .select('cases.id')
    .where('users.is_demo', '=', 1)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

async function seedOne(
  ctx: CaseContext,
  c: DemoCase,
  who: (l: DemoLogin) => Principal,
  partyIds: Map<string, string>,
  now: Date,
) {
  const registering = who(c.registeredBy);
  if (!registering.partyId) throw new Error(`demo-gebruiker ${c.registeredBy} hoort bij geen partij`);
  const partnersInvolved = c.input.partnersInvolved.flatMap((k) => partyIds.get(k) ?? []);
  const trace = { traceId: newTraceId(), parentSpanId: null };
  const ref = await createCase(
    ctx,
    { ...registering, partyId: registering.partyId },
    { ...c.input, partnersInvolved },
    trace,
  );
  const partyId = (key: string) => {
    const id = partyIds.get(key);
    if (!id) throw new Error(`partij ${key} ontbreekt in de huisconfiguratie`);
    return id;
  };
  const stepContext = {
    ctx,
    caseId: ref.id,
    registering,
    who,
    partyId,
    now,
    actions: new Map<string, string>(),
  };
  for (const step of c.steps) await runStep(stepContext, step);
  const status = (
    await ctx.db.selectFrom('cases').select('status').where('id', '=', ref.id).executeTakeFirstOrThrow()
  ).status as CaseStatus;
  if (status !== c.phase) throw new Error(`demo-casus ${c.key} eindigde in ${status}, verwacht ${c.phase}`);
  await backdateCase(ctx.db, ref.id, now, c.daysAgo);
  return { key: c.key, id: ref.id, status };
}

/** Seeds the demo cases once; returns how many and which phases they are in. */
export async function seedDemoCases(deps: Deps, now = new Date()): Promise<DemoSeedResult> {
  const ctx = caseContext(deps as AppDeps);
  if (await alreadySeeded(ctx.db)) return { seeded: 0, phases: [], cases: [] };
  const principals = await demoPrincipals(ctx.db);
  // A database whose first users were not the demo accounts (seedDemoUsers then adds none): no cases.
  const needed: DemoLogin[] = [
    'procesregisseur',
    'informatiecentrum',
    'politie',
    'ggz',
    'gemeente',
    'reclassering',
  ];
  if (needed.some((l) => !principals.has(l))) return { seeded: 0, phases: [], cases: [] };
  const who = (l: DemoLogin) => {
    const p = principals.get(l);
    if (!p) throw new Error(`demo-gebruiker ${l}${DEMO_DOMAIN} ontbreekt`);
    return p;
  };
  const partyIds = new Map(
    (await ctx.db.selectFrom('parties').select(['id', 'key']).execute()).map((p) => [p.key, p.id]),
  );
  // Oldest first, so case numbers rise with the registration dates.
  const oldestFirst = [...demoCases].sort((a, b) => b.daysAgo - a.daysAgo);
  const cases: DemoSeedResult['cases'] = [];
  for (const c of oldestFirst) cases.push(await seedOne(ctx, c, who, partyIds, now));
  const phases = cases.map((c) => c.status);
  return { seeded: cases.length, phases: [...new Set(phases)], cases };
}
