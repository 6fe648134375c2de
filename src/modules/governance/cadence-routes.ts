/**
 * The cadence compliance view (Art. 4.2, 6.2, 6.4): per body and calendar year, whether the body
 * met as often as the covenant asks and where the cadence is missed. For the body's members; the
 * numbers come from the house configuration.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/http/app.js';
import { actorOf, bodyById, govContext, houseSettings, tags, todayIn } from './context.js';
import { hidden, requireMember } from './policy.js';
import { cadenceReport } from './rules/cadence.js';
import { bodyRef, day, idParamsSchema } from './schemas.js';

const cadenceSchema = z
  .strictObject({
    body: bodyRef,
    year: z.number().int(),
    article: z.string(),
    rule: z.enum(['min-per-year', 'interval']),
    required: z.number().int().nullable().describe('Minimum aantal vergaderingen per jaar'),
    intervalDays: z.number().int().nullable().describe('Maximale tussenruimte in dagen'),
    held: z.number().int(),
    planned: z.number().int(),
    status: z.enum(['compliant', 'on-track', 'at-risk', 'missed']),
    gaps: z.array(
      z.strictObject({
        from: day,
        to: day.nullable(),
        dueBy: day,
        status: z.enum(['missed', 'at-risk']),
      }),
    ),
    nextDue: day.nullable(),
  })
  .meta({ id: 'Cadence' });

export function cadenceRoutes(fastify: FastifyInstance, deps: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = govContext(deps);

  app.get(
    '/bodies/:id/cadence',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Vergaderritme van een orgaan in een jaar: waar wordt het gemist? (Art. 4.2, 6.2, 6.4)',
        params: idParamsSchema,
        querystring: z.strictObject({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
        response: { 200: cadenceSchema },
      },
    },
    async (request) => {
      const a = await actorOf(db, request);
      requireMember(a, request.params.id);
      const body = await bodyById(db, request.params.id);
      if (!body) throw hidden();
      const { timezone, cadence } = await houseSettings(db);
      const today = todayIn(timezone);
      const year = request.query.year ?? Number(today.slice(0, 4));
      const meetings = await db
        .selectFrom('governance_meetings')
        .select(['starts_at', 'status'])
        .where('body_id', '=', body.id)
        .where('starts_at', '<', `${year + 1}-01-02`)
        .execute();
      const report = cadenceReport(
        body.key,
        cadence,
        meetings.map((m) => ({ startsAt: m.starts_at, status: m.status })),
        year,
        today,
        timezone,
      );
      if (!report) throw hidden();
      return { body, ...report };
    },
  );
}
