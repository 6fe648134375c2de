/** Liveness and readiness for the orchestrator. Readiness checks the database and the schema. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import type { AppDeps } from '../../platform/http/app.js';
import { ProblemError } from '../../platform/http/problem.js';

const statusSchema = z.strictObject({ status: z.enum(['ok']) });

export function healthRoutes(fastify: FastifyInstance, { db }: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/health/live',
    { config: { access: 'public' }, schema: { hide: true, response: { 200: statusSchema } } },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/health/ready',
    { config: { access: 'public' }, schema: { hide: true, response: { 200: statusSchema } } },
    async (request) => {
      try {
        await sql`select 1`.execute(db.kysely);
        await db.kysely.selectFrom('house').select('id').limit(1).execute();
      } catch (err) {
        request.log.warn({ err: { message: (err as Error).message } }, 'readiness check failed');
        throw new ProblemError('unavailable', 'De database is niet bereikbaar of niet gemigreerd.');
      }
      return { status: 'ok' as const };
    },
  );
}
