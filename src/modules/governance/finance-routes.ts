/**
 * Finances of the house per year (Art. 18): budget and realisation per line, and what each party
 * contributes in money or in kind (18.1: each party bears its own costs, e.g. seconded staff). The
 * manager keeps them and reports to the Stuurgroep (18.2); the Stuurgroep's and the annual
 * meeting's members read them (Art. 4.4c, 6.4). Amounts are euro cents.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/http/app.js';
import { requireIfMatch, setEtag, staleWrite } from '../../platform/http/etag.js';
import { ProblemError } from '../../platform/http/problem.js';
import { newId, nowUtc } from '../../platform/ids.js';
import { actorOf, bodyByKey, type Db, type GovActor, govContext, tags } from './context.js';
import { hidden, isManager, isMember } from './policy.js';
import { partyRef, text } from './schemas.js';

const cents = z.number().int().min(0).max(2_000_000_000);
const yearParams = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) });

const financeSchema = z
  .strictObject({
    year: z.number().int(),
    budgetLines: z.array(
      z.strictObject({
        id: z.uuid(),
        category: z.string(),
        budgetCents: cents,
        realisedCents: cents.nullable(),
      }),
    ),
    contributions: z.array(
      z.strictObject({
        id: z.uuid(),
        party: partyRef,
        kind: z.enum(['money', 'in_kind']),
        amountCents: cents.nullable(),
        description: z.string(),
      }),
    ),
    totals: z.strictObject({
      budgetCents: z.number().int(),
      realisedCents: z.number().int(),
      contributedCents: z.number().int(),
    }),
    version: z.number().int().describe('0: nog niets vastgelegd'),
    permissions: z.array(z.enum(['update'])),
  })
  .meta({ id: 'Finances' });

const updateSchema = z
  .strictObject({
    budgetLines: z
      .array(z.strictObject({ category: text(200), budgetCents: cents, realisedCents: cents.nullable() }))
      .max(200),
    contributions: z
      .array(
        z.strictObject({
          partyId: z.uuid(),
          kind: z.enum(['money', 'in_kind']),
          amountCents: cents
            .nullable()
            .describe('Geldbedrag, of de geschatte waarde van een bijdrage in natura'),
          description: z.string().trim().max(2000),
        }),
      )
      .max(500),
  })
  .meta({ id: 'FinancesUpdate' });

/** Art. 4.4c, 6.4, 18.2: the manager and the members of the Stuurgroep and the annual meeting. */
export async function canRead(db: Db, a: GovActor): Promise<boolean> {
  if (isManager(a)) return true;
  for (const key of ['stuurgroep', 'jaarvergadering']) {
    const body = await bodyByKey(db, key);
    if (body && isMember(a, body.id)) return true;
  }
  return false;
}

async function view(db: Db, a: GovActor, year: number) {
  const [head, lines, contributions] = await Promise.all([
    db.selectFrom('governance_finance_years').selectAll().where('year', '=', year).executeTakeFirst(),
    db
      .selectFrom('governance_budget_lines')
      .selectAll()
      .where('year', '=', year)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('governance_contributions as c')
      .innerJoin('parties', 'parties.id', 'c.party_id')
      .selectAll('c')
      .select('parties.name')
      .where('c.year', '=', year)
      .orderBy('c.position')
      .execute(),
  ]);
  const sum = (xs: (number | null)[]) => xs.reduce<number>((s, x) => s + Number(x ?? 0), 0);
  return {
    year,
    budgetLines: lines.map((l) => ({
      id: l.id,
      category: l.category,
      budgetCents: Number(l.budget_cents),
      realisedCents: l.realised_cents === null ? null : Number(l.realised_cents),
    })),
    contributions: contributions.map((c) => ({
      id: c.id,
      party: { id: c.party_id, name: c.name },
      kind: c.kind,
      amountCents: c.amount_cents === null ? null : Number(c.amount_cents),
      description: c.description,
    })),
    totals: {
      budgetCents: sum(lines.map((l) => l.budget_cents)),
      realisedCents: sum(lines.map((l) => l.realised_cents)),
      contributedCents: sum(contributions.map((c) => c.amount_cents)),
    },
    version: head?.version ?? 0,
    permissions: isManager(a) ? (['update'] as const).slice() : [],
  };
}

export function financeRoutes(fastify: FastifyInstance, deps: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = govContext(deps);

  app.get(
    '/finances/:year',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Begroting, realisatie en bijdragen per partij in een jaar (Art. 18)',
        params: yearParams,
        response: { 200: financeSchema },
      },
    },
    async (request, reply) => {
      const a = await actorOf(db, request);
      if (!(await canRead(db, a))) throw hidden();
      const v = await view(db, a, request.params.year);
      setEtag(reply, v.version);
      return v;
    },
  );

  app.put(
    '/finances/:year',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary:
          'Leg begroting, realisatie en bijdragen van een jaar vast (manager, Art. 18.2); If-Match "v0" voor een nieuw jaar',
        params: yearParams,
        headers: z.object({ 'if-match': z.string().optional() }),
        body: updateSchema,
        response: { 200: financeSchema },
      },
    },
    async (request, reply) => {
      const a = await actorOf(db, request);
      if (!(await canRead(db, a))) throw hidden();
      if (!isManager(a))
        throw new ProblemError('forbidden', 'de manager houdt toezicht op de financiën (Art. 18.2)');
      const expected = requireIfMatch(request);
      const { year } = request.params;
      const b = request.body;
      const partyIds = [...new Set(b.contributions.map((c) => c.partyId))];
      if (partyIds.length) {
        const found = await db.selectFrom('parties').select('id').where('id', 'in', partyIds).execute();
        if (found.length !== partyIds.length)
          throw new ProblemError('validation', 'Body ongeldig — contributions: onbekende partij');
      }
      if (b.contributions.some((c) => c.kind === 'money' && c.amountCents === null))
        throw new ProblemError(
          'validation',
          'Body ongeldig — contributions: een geldbijdrage heeft een bedrag',
        );
      await db.transaction().execute(async (trx) => {
        const now = nowUtc();
        if (expected === 0) {
          const exists = await trx
            .selectFrom('governance_finance_years')
            .select('year')
            .where('year', '=', year)
            .executeTakeFirst();
          if (exists) throw staleWrite();
          await trx
            .insertInto('governance_finance_years')
            .values({ year, updated_by_user_id: a.principal.userId, updated_at: now, version: 1 })
            .execute();
        } else {
          const res = await trx
            .updateTable('governance_finance_years')
            .set({ updated_by_user_id: a.principal.userId, updated_at: now, version: expected + 1 })
            .where('year', '=', year)
            .where('version', '=', expected)
            .executeTakeFirst();
          if (Number(res.numUpdatedRows) !== 1) throw staleWrite();
        }
        await trx.deleteFrom('governance_budget_lines').where('year', '=', year).execute();
        await trx.deleteFrom('governance_contributions').where('year', '=', year).execute();
        if (b.budgetLines.length)
          await trx
            .insertInto('governance_budget_lines')
            .values(
              b.budgetLines.map((l, position) => ({
                id: newId(),
                year,
                position,
                category: l.category,
                budget_cents: l.budgetCents,
                realised_cents: l.realisedCents,
              })),
            )
            .execute();
        if (b.contributions.length)
          await trx
            .insertInto('governance_contributions')
            .values(
              b.contributions.map((c, position) => ({
                id: newId(),
                year,
                position,
                party_id: c.partyId,
                kind: c.kind,
                amount_cents: c.amountCents,
                description: c.description,
              })),
            )
            .execute();
      });
      const v = await view(db, a, year);
      setEtag(reply, v.version);
      return v;
    },
  );
}
