/**
 * GET /me/tasks — "Mijn taken" (issue 5 §9): for each of the caller's roles, the sections of work
 * waiting for them, each a count and the first items. Users with no case role (functioneel
 * beheer, secretaris, privacy officer) get no sections. Read-only and free of personal data, so
 * nothing is written to the processing log. Answers are kept in memory per caller while no table
 * they read has been written (the revision of 0039, platform/db/revision-cache.ts) and for at most
 * MAX_AGE_MS, as "upcoming" depends on the clock; the date is part of the key.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { revisionCache } from '../../platform/db/revision-cache.js';
import type { AppDeps } from '../../platform/http/app.js';
import { nowUtc } from '../../platform/ids.js';
import { houseToday } from '../cases/execution/today.js';
import { principalOf } from '../cases/route-helpers.js';
import { informatiecentrumSections, managerSections } from './house-sections.js';
import { partySections } from './party-sections.js';
import { regisseurSections } from './regisseur-sections.js';
import { tasksQuerySchema, tasksSchema } from './schemas.js';
import { type AnySpec, runSections } from './section.js';

/** How long a cached worklist may be reused: a conference that began since may still show as upcoming. */
const MAX_AGE_MS = 30_000;

export function worklistRoutes(fastify: FastifyInstance, deps: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = deps.db.kysely;
  // Per app (and so per database): a key names a user of this house only.
  // The answer is kept as its JSON, checked against the response schema once when computed (as
  // the route's serializer would on every request) and sent as it is on every hit.
  const cache = revisionCache<string>({ scope: 'worklist', maxEntries: 2_000, maxAgeMs: MAX_AGE_MS });

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
    async (request, reply) => {
      const p = principalOf(request);
      const { limit } = request.query;
      const needsToday = ['procesregisseur', 'professional', 'manager'].some((r) =>
        p.roles.includes(r as never),
      );
      const today = needsToday ? await houseToday(db) : '';
      // Everything the sections depend on besides the tables and the clock: who, as what, how many, which day.
      const key = JSON.stringify([p.userId, p.partyId, [...p.roles].sort(), limit, today]);
      const body = await cache.get(db, key, async () => {
        const now = nowUtc();
        const specs: AnySpec[] = [];
        if (p.roles.includes('procesregisseur')) specs.push(...regisseurSections(db, p, now, today));
        if (p.roles.includes('professional') && p.partyId !== null)
          specs.push(...partySections(db, { ...p, partyId: p.partyId }, now, today));
        if (p.roles.includes('informatiecentrum')) specs.push(...informatiecentrumSections(db));
        if (p.roles.includes('manager')) specs.push(...managerSections(db, today));
        return JSON.stringify(tasksSchema.parse({ sections: await runSections(db, specs, limit) }));
      });
      // A string with a JSON content type passes Fastify's serializer untouched; the type provider cannot say so.
      return reply.type('application/json; charset=utf-8').send(body as never);
    },
  );
}
