/**
 * Searching the processing log: by case, data-subject pseudonym and period (GET), or by BSN in a
 * POST body so that a BSN never appears in a URL or a log line. Privacy officer: the whole log;
 * professional: their own party's processing; everyone else: 404.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { authorize } from '../../platform/auth/policy.js';
import type { AppDeps } from '../../platform/http/app.js';
import { decodeCursor } from '../../platform/http/pagination.js';
import { nowUtc } from '../../platform/ids.js';
import { processingLogKeys, pseudonymiseBsn } from '../../platform/processing-log/index.js';
import { recordLogReading } from './log-reading.js';
import { type LogAction, type LogScope, logScopeOf, processingLogPolicy } from './policy.js';
import { listEntries, seqAfter } from './queries.js';
import { listQuerySchema, logPageSchema, searchBodySchema, searchPageSchema } from './schemas.js';
import { entryView } from './view.js';

export const tags = ['verwerkingslogboek'];

/** The caller's scope, or 401/404 (the log is invisible to anyone without one). */
export function requireScope(request: FastifyRequest, action: LogAction): LogScope {
  authorize(processingLogPolicy, request.principal, action, null, { visible: false });
  const scope = logScopeOf(request.principal);
  if (!scope) throw new Error('policy admitted a caller without a scope');
  return scope;
}

export function searchRoutes(fastify: FastifyInstance, { db, rootKey }: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const k = db.kysely;
  const keys = processingLogKeys(rootKey);

  app.get(
    '/processing-log',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Zoek in het verwerkingslogboek (privacy officer: alles; professional: eigen partij)',
        querystring: listQuerySchema,
        response: { 200: logPageSchema },
      },
    },
    async (request) => {
      const started = nowUtc();
      const scope = requireScope(request, 'search');
      const { limit, cursor, ...filters } = request.query;
      const page = await listEntries(k, scope, filters, limit, seqAfter(decodeCursor(cursor)));
      await recordLogReading(k, request, 'processing-log.search', filters, started);
      return { items: page.items.map(entryView), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/processing-log/search',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Zoek in het verwerkingslogboek op BSN (in de body, nooit in de URL)',
        body: searchBodySchema,
        response: { 200: searchPageSchema },
      },
    },
    async (request, reply) => {
      const started = nowUtc();
      const scope = requireScope(request, 'search');
      const { bsn, limit, cursor, ...rest } = request.body;
      const filters = { ...rest, dataSubject: pseudonymiseBsn(keys, bsn) };
      const page = await listEntries(k, scope, filters, limit, seqAfter(decodeCursor(cursor)));
      await recordLogReading(k, request, 'processing-log.search', filters, started);
      return reply.status(200).send({
        dataSubject: filters.dataSubject,
        items: page.items.map(entryView),
        nextCursor: page.nextCursor,
      });
    },
  );
}
