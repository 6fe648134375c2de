/**
 * The manager's overview route (Art. 11.1, 11.3). Only users with the role manager see it; for
 * everyone else it does not exist (404).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../platform/http/app.js';
import { notFound } from '../../../platform/http/problem.js';
import { caseContext } from '../context.js';
import { houseToday } from '../execution/today.js';
import { principalOf } from '../route-helpers.js';
import { managerOverview } from './overview-query.js';
import { managerOverviewSchema } from './schemas.js';

export function managerRoutes(fastify: FastifyInstance, deps: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const ctx = caseContext(deps);
  app.get(
    '/manager/overview',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['casussen'],
        summary: 'Overzicht voor de manager: aantallen en metagegevens, geen persoonsgegevens (Art. 11.3)',
        response: { 200: managerOverviewSchema },
      },
    },
    async (request) => {
      const p = principalOf(request);
      if (!p.roles.includes('manager')) throw notFound();
      const today = await houseToday(ctx.db);
      return { today, ...(await managerOverview(ctx.db, today)) };
    },
  );
}
