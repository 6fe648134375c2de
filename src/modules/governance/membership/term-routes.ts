/**
 * The covenant's term (Art. 23.1): the current period and the next renewal date for a given day
 * (default today), computed from the house configuration's covenant dates. Any signed-in user.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../platform/http/app.js';
import { today } from './context.js';
import { type TermConfig, termOn } from './rules/term.js';
import { dateSchema, tags } from './schemas.js';

const periodSchema = z.strictObject({
  number: z.number().int(),
  kind: z.enum(['initial', 'renewal']),
  start: z.string(),
  end: z.string(),
});

export const termSchema = z
  .strictObject({
    date: z.string(),
    effectiveFrom: z.string(),
    initialTermYears: z.number().int(),
    renewalTermYears: z.number().int(),
    inForce: z.boolean(),
    period: periodSchema.nullable(),
    nextRenewal: z.string().nullable(),
    article: z.literal('23.1'),
  })
  .meta({ id: 'CovenantTerm' });

export function termRoutes(fastify: FastifyInstance, { db }: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/covenant/term',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Looptijd van het convenant: huidige periode en volgende verlenging (Art. 23.1)',
        querystring: z.strictObject({ date: dateSchema.optional() }),
        response: { 200: termSchema },
      },
    },
    async (request) => {
      const house = await db.kysely.selectFrom('house').select('covenant_json').executeTakeFirstOrThrow();
      const config = JSON.parse(house.covenant_json) as TermConfig;
      const date = request.query.date ?? today();
      const answer = termOn(config, date);
      return {
        date,
        effectiveFrom: config.effectiveFrom,
        initialTermYears: config.initialTermYears,
        renewalTermYears: config.renewalTermYears,
        inForce: answer.inForce,
        period: answer.inForce ? answer.period : null,
        nextRenewal: answer.inForce ? answer.nextRenewal : answer.startsOn,
        article: '23.1' as const,
      };
    },
  );
}
