/**
 * The annual plan (Art. 4.4: four required parts, adopted by the Stuurgroep) and the annual report
 * and accounts (Art. 6.4: adopted at the annual meeting of all parties). The manager (Art. 11,
 * 18.2) or a body's secretary drafts them; members of any body and the manager read them; the
 * secretary of the adopting body puts a complete document to a vote as a decision of a meeting.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/http/app.js';
import { requireIfMatch, setEtag, staleWrite } from '../../platform/http/etag.js';
import { ProblemError } from '../../platform/http/problem.js';
import { newId, nowUtc } from '../../platform/ids.js';
import { actorOf, type Db, type GovActor, govContext, tags } from './context.js';
import { visibleMeeting } from './meeting-routes.js';
import { hidden, isAnySecretary, isManager, isSecretary, requireGovernanceReader } from './policy.js';
import { voteRefusal } from './rules/annual-plan.js';
import { idParamsSchema, ifMatchHeaders, instant } from './schemas.js';

type Table = 'governance_annual_plans' | 'governance_annual_reports';
interface Spec {
  path: string;
  table: Table;
  subject: 'annual-plan' | 'annual-report';
  bodyKey: string;
  article: string;
  name: string;
  /** API field → column. */
  fields: Record<string, string>;
  refusal(doc: Record<string, string | null>): string | null;
}

const specs: Spec[] = [
  {
    path: '/annual-plans',
    table: 'governance_annual_plans',
    subject: 'annual-plan',
    bodyKey: 'stuurgroep',
    article: '4.4',
    name: 'jaarplan',
    fields: {
      longTermVision: 'long_term_vision',
      priorities: 'priorities',
      budgetAndAccounts: 'budget_and_accounts',
      qualityAssurance: 'quality_assurance',
    },
    refusal: (d) =>
      voteRefusal({
        longTermVision: d.longTermVision ?? null,
        priorities: d.priorities ?? null,
        budgetAndAccounts: d.budgetAndAccounts ?? null,
        qualityAssurance: d.qualityAssurance ?? null,
      }),
  },
  {
    path: '/annual-reports',
    table: 'governance_annual_reports',
    subject: 'annual-report',
    bodyKey: 'jaarvergadering',
    article: '6.4',
    name: 'jaarverslag en jaarrekening',
    fields: { report: 'report', accounts: 'accounts' },
    refusal: (d) =>
      (d.report ?? '').trim() && (d.accounts ?? '').trim()
        ? null
        : 'jaarverslag en jaarrekening zijn beide nodig (Art. 6.4)',
  },
];

const permissionsEnum = z.enum(['update', 'propose']);
const statusEnum = z.enum(['draft', 'proposed', 'adopted', 'rejected']);

function schemasOf(spec: Spec) {
  const id = spec.subject === 'annual-plan' ? 'AnnualPlan' : 'AnnualReport';
  const parts = Object.fromEntries(Object.keys(spec.fields).map((k) => [k, z.string().nullable()]));
  const doc = z
    .strictObject({
      id: z.uuid(),
      year: z.number().int(),
      ...parts,
      status: statusEnum,
      missing: z.string().nullable().describe(`Waarom het nog niet in stemming kan (Art. ${spec.article})`),
      decisionId: z.uuid().nullable(),
      adoptedAt: instant.nullable(),
      version: z.number().int(),
      permissions: z.array(permissionsEnum),
    })
    .meta({ id });
  const update = z
    .strictObject(
      Object.fromEntries(
        Object.keys(spec.fields).map((k) => [k, z.string().max(50_000).nullable().optional()]),
      ),
    )
    .meta({ id: `${id}Update` });
  return { doc, update, list: z.strictObject({ items: z.array(doc) }).meta({ id: `${id}s` }) };
}

const canWrite = (a: GovActor) => isManager(a) || isAnySecretary(a);

export function annualRoutes(fastify: FastifyInstance, deps: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = govContext(deps);
  for (const spec of specs) register(app, db, spec);
}

function register(app: ReturnType<FastifyInstance['withTypeProvider']>, db: Db, spec: Spec) {
  const s = schemasOf(spec);
  // biome-ignore lint/suspicious/noExplicitAny: the table is one of two with the same shape
  const k = db as any as Db & {
    selectFrom(t: Table): any;
    updateTable(t: Table): any;
    insertInto(t: Table): any;
  };
  const view = (a: GovActor, r: Record<string, unknown>) => {
    const doc = Object.fromEntries(
      Object.entries(spec.fields).map(([f, c]) => [f, (r[c] as string | null) ?? null]),
    );
    const missing = spec.refusal(doc);
    const editable = r.status === 'draft' || r.status === 'rejected';
    return {
      id: r.id,
      year: r.year,
      ...doc,
      status: r.status,
      missing,
      decisionId: r.decision_id ?? null,
      adoptedAt: r.adopted_at ?? null,
      version: r.version,
      permissions: [
        ...(canWrite(a) && editable ? (['update'] as const) : []),
        ...(editable && missing === null && isAnySecretary(a) ? (['propose'] as const) : []),
      ],
    };
  };
  const load = async (a: GovActor, id: string) => {
    requireGovernanceReader(a);
    const row = await k.selectFrom(spec.table).selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw hidden();
    return row as Record<string, unknown> & { id: string; status: string; version: number };
  };

  app.get(
    spec.path,
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: `Alle jaren: ${spec.name} (Art. ${spec.article})`, response: { 200: s.list } },
    },
    async (request) => {
      const a = await actorOf(db, request);
      requireGovernanceReader(a);
      const rows = await k.selectFrom(spec.table).selectAll().orderBy('year', 'desc').execute();
      return { items: rows.map((r: Record<string, unknown>) => view(a, r)) };
    },
  );

  app.post(
    spec.path,
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: `Begin een ${spec.name} voor een jaar (manager of secretaris)`,
        body: z.strictObject({ year: z.number().int().min(2000).max(2100) }),
        response: { 201: s.doc },
      },
    },
    async (request, reply) => {
      const a = await actorOf(db, request);
      requireGovernanceReader(a);
      if (!canWrite(a))
        throw new ProblemError('forbidden', 'de manager of een secretaris stelt dit op (Art. 11, 18.2)');
      const { year } = request.body as { year: number };
      const exists = await k.selectFrom(spec.table).select('id').where('year', '=', year).executeTakeFirst();
      if (exists) throw new ProblemError('conflict', `er is al een ${spec.name} voor ${year}`);
      const id = newId();
      const now = nowUtc();
      await k
        .insertInto(spec.table)
        .values({ id, year, status: 'draft', created_at: now, updated_at: now, version: 1 })
        .execute();
      setEtag(reply, 1);
      reply.header('Location', `/api/v1${spec.path}/${id}`);
      return reply.status(201).send(view(a, await load(a, id)));
    },
  );

  app.get(
    `${spec.path}/:id`,
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: `Eén ${spec.name}`, params: idParamsSchema, response: { 200: s.doc } },
    },
    async (request, reply) => {
      const a = await actorOf(db, request);
      const row = await load(a, (request.params as { id: string }).id);
      setEtag(reply, row.version);
      return view(a, row);
    },
  );

  app.patch(
    `${spec.path}/:id`,
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: `Wijzig de onderdelen van een ${spec.name} (manager of secretaris)`,
        params: idParamsSchema,
        headers: ifMatchHeaders,
        body: s.update,
        response: { 200: s.doc },
      },
    },
    async (request, reply) => {
      const a = await actorOf(db, request);
      const row = await load(a, (request.params as { id: string }).id);
      if (!canWrite(a))
        throw new ProblemError('forbidden', 'de manager of een secretaris stelt dit op (Art. 11, 18.2)');
      const expected = requireIfMatch(request);
      if (row.status !== 'draft' && row.status !== 'rejected')
        throw new ProblemError('conflict', `de ${spec.name} ligt ter besluitvorming of is vastgesteld`);
      const body = request.body as Record<string, string | null | undefined>;
      const set = Object.fromEntries(
        Object.entries(spec.fields)
          .filter(([f]) => body[f] !== undefined)
          .map(([f, c]) => [c, body[f]]),
      );
      const res = await k
        .updateTable(spec.table)
        .set({ ...set, status: 'draft', updated_at: nowUtc(), version: expected + 1 })
        .where('id', '=', row.id)
        .where('version', '=', expected)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) throw staleWrite();
      setEtag(reply, expected + 1);
      return view(a, await load(a, row.id));
    },
  );

  app.post(
    `${spec.path}/:id/propose`,
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: `Leg de ${spec.name} ter vaststelling voor in een vergadering (secretaris; onvolledig kan niet, Art. ${spec.article})`,
        params: idParamsSchema,
        headers: ifMatchHeaders,
        body: z.strictObject({ meetingId: z.uuid() }),
        response: { 200: s.doc },
      },
    },
    async (request, reply) => {
      const a = await actorOf(db, request);
      const row = await load(a, (request.params as { id: string }).id);
      const meeting = await visibleMeeting(db, a, (request.body as { meetingId: string }).meetingId).catch(
        () => null,
      );
      if (!meeting || !isSecretary(a, meeting.body_id))
        throw new ProblemError(
          'forbidden',
          `de secretaris legt voor in een vergadering van het eigen orgaan (Art. ${spec.article})`,
        );
      const expected = requireIfMatch(request);
      if (meeting.body_key !== spec.bodyKey)
        throw new ProblemError(
          'validation',
          `Body ongeldig — meetingId: de ${spec.name} wordt vastgesteld door ${spec.bodyKey} (Art. ${spec.article})`,
        );
      if (meeting.status === 'cancelled') throw new ProblemError('conflict', 'de vergadering is geannuleerd');
      if (row.status !== 'draft' && row.status !== 'rejected')
        throw new ProblemError('conflict', `de ${spec.name} ligt al ter besluitvorming of is vastgesteld`);
      const missing = view(a, row).missing;
      if (missing) throw new ProblemError('conflict', missing);
      const decisionId = newId();
      const now = nowUtc();
      await db.transaction().execute(async (trx) => {
        // biome-ignore lint/suspicious/noExplicitAny: see above
        const res = await (trx as any)
          .updateTable(spec.table)
          .set({ status: 'proposed', decision_id: decisionId, updated_at: now, version: expected + 1 })
          .where('id', '=', row.id)
          .where('version', '=', expected)
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) !== 1) throw staleWrite();
        await trx
          .insertInto('governance_decisions')
          .values({
            id: decisionId,
            body_id: meeting.body_id,
            meeting_id: meeting.id,
            agenda_item_id: null,
            title: `Vaststelling ${spec.name} ${row.year}`,
            proposal: `De ${spec.name} ${row.year} vaststellen (Art. ${spec.article}).`,
            status: 'open',
            consensus: 0,
            tally_json: null,
            waiting_for_json: null,
            subject_type: spec.subject,
            subject_id: row.id,
            referred_from_id: null,
            referred_to_id: null,
            closed_at: null,
            created_by_user_id: a.principal.userId,
            created_at: now,
            updated_at: now,
            version: 1,
          })
          .execute();
      });
      setEtag(reply, expected + 1);
      return view(a, await load(a, row.id));
    },
  );
}
