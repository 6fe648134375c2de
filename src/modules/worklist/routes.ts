/**
 * GET /me/tasks — "Mijn taken" (issue 5 §9): for each of the caller's roles, the sections of work
 * waiting for them, each a count and the first items. Users with no case role (functioneel
 * beheer, secretaris, privacy officer) get no sections. Read-only and free of personal data, so
 * nothing is written to the processing log.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/app.js';
import { nowUtc } from '../../platform/ids.js';
import { houseToday } from '../cases/execution/today.js';
import { principalOf } from '../cases/route-helpers.js';
import { informatiecentrumSections, managerSections } from './house-sections.js';
import { partySections } from './party-sections.js';
import { regisseurSections } from './regisseur-sections.js';
import { tasksQuerySchema, tasksSchema } from './schemas.js';
import { type AnySpec, runSections } from './section.js';

export function worklistRoutes(fastify: FastifyInstance, deps: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = deps.db.kysely;

  app.get(
    '/me/tasks',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['mijn taken'],
        summary: 'Mijn taken: per rol wat op mij wacht, met aantallen en de eerste items',
        querystring: tasksQuerySchema,
        response: { 200: tasksSchema },
      },
    },
    async (request) => {
      const p = principalOf(request);
      const { limit } = request.query;
      const now = nowUtc();
      const specs: AnySpec[] = [];
      const needsToday = ['procesregisseur', 'professional', 'manager'].some((r) =>
        p.roles.includes(r as never),
      );
      const today = needsToday ? await houseToday(db) : '';
      if (p.roles.includes('procesregisseur')) specs.push(...regisseurSections(db, p, now, today));
      if (p.roles.includes('professional') && p.partyId !== null)
        specs.push(...partySections(db, { ...p, partyId: p.partyId }, now, today));
      if (p.roles.includes('informatiecentrum')) specs.push(...informatiecentrumSections(db));
      if (p.roles.includes('manager')) specs.push(...managerSections(db, today));
      const sections = await runSections(db, specs, limit);
      return { sections };
    },
  );
}
