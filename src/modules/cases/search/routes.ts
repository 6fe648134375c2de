/**
 * POST /cases/search (issue 5 §11): a user finds the cases they have a role in — never another —
 * by case number, person, phase, party and period, with cursor pagination like GET /cases. POST,
 * so that a BSN travels in the body and never in a URL; any query parameter is refused.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../platform/http/app.js';
import { decodeCursor, toPage } from '../../../platform/http/pagination.js';
import { nowUtc } from '../../../platform/ids.js';
import { traceOf } from '../../../platform/processing-log/index.js';
import { caseContext } from '../context.js';
import { principalOf, tags } from '../route-helpers.js';
import { logPersonSearch } from './logging.js';
import { searchCases } from './query.js';
import { caseSearchPageSchema, caseSearchSchema, noQuerySchema } from './schemas.js';

export function caseSearchRoutes(fastify: FastifyInstance, deps: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const ctx = caseContext(deps);

  app.post(
    '/cases/search',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary:
          'Zoek in mijn casussen op nummer, persoon (BSN of naam met geboortedatum), fase, partij en periode',
        querystring: noQuerySchema,
        body: caseSearchSchema,
        response: { 200: caseSearchPageSchema },
      },
    },
    async (request) => {
      const started = nowUtc();
      const p = principalOf(request);
      const body = request.body;
      const rows = await searchCases(ctx.db, p, ctx.index, body, decodeCursor(body.cursor));
      const page = toPage(rows, body.limit, (r) => ({ k: r.created_at, id: r.id }));
      if (body.person) await logPersonSearch(ctx, p, body.person, page.items, traceOf(request), started);
      return {
        items: page.items.map((r) => ({
          id: r.id,
          caseNumber: r.case_number,
          status: r.status,
          caseType: r.case_type,
          protocolKey: r.protocol_key,
          registeringPartyId: r.registering_party_id,
          createdAt: r.created_at,
          submittedAt: r.submitted_at,
        })),
        nextCursor: page.nextCursor,
      };
    },
  );
}
