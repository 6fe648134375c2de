/**
 * HTTP routes of execution and escalation (Art. 8.5, 11.3d, 12.2g, 13). Every route is
 * 'authenticated'; a case the caller has no role in is 404 before anything else is looked at.
 * Action changes (status, cited information) need If-Match with the action's version; escalation
 * with the case's version.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../platform/http/app.js';
import { requireIfMatch, setEtag } from '../../../platform/http/etag.js';
import { decodeCursor, pageQuerySchema, toPage } from '../../../platform/http/pagination.js';
import { traceOf } from '../../../platform/processing-log/index.js';
import { caseContext } from '../context.js';
import { caseViewRoute, principalOf, tags, visibleCase } from '../route-helpers.js';
import { caseRefSchema, idParamsSchema, ifMatchHeaders } from '../schemas.js';
import { changeActionStatus } from './action-status-command.js';
import { changeActionCitations } from './citation-command.js';
import { escalation } from './escalation-command.js';
import { readExecution } from './execution-query.js';
import { overdueActions } from './overdue-query.js';
import { addProgressReport } from './progress-command.js';
import {
  actionCitationsBodySchema,
  actionParamsSchema,
  actionRefSchema,
  actionStatusBodySchema,
  escalateBodySchema,
  executionSchema,
  overdueActionSchema,
  progressBodySchema,
  progressReportSchema,
  resolveBodySchema,
} from './schemas.js';
import { houseToday } from './today.js';

const overduePageSchema = z
  .strictObject({ items: z.array(overdueActionSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'OverdueActionPage' });

export function executionRoutes(fastify: FastifyInstance, deps: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const ctx = caseContext(deps);

  caseViewRoute(fastify, ctx, {
    path: 'execution',
    summary: 'Uitvoering: acties, voortgang en opschaling van een casus (Art. 8.5, 13)',
    response: executionSchema,
    read: readExecution,
  });

  app.post(
    '/cases/:id/actions/:actionId/status',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Wijzig de status van een actie (casuscoördinator of eigen partij, Art. 13.2)',
        params: actionParamsSchema,
        headers: ifMatchHeaders,
        body: actionStatusBodySchema,
        response: { 200: actionRefSchema },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      await visibleCase(ctx, p, request.params.id, 'read');
      const version = requireIfMatch(request);
      const { id, actionId } = request.params;
      const ref = await changeActionStatus(ctx, p, id, actionId, version, request.body, traceOf(request));
      setEtag(reply, ref.version);
      return ref;
    },
  );

  app.post(
    '/cases/:id/actions/:actionId/citations',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary:
          'Wijzig op welke informatie een actie steunt: alleen wat u mag zien en de verstrekker in het plan van aanpak toestaat (casuscoördinator of procesregisseur, Art. 16.2)',
        params: actionParamsSchema,
        headers: ifMatchHeaders,
        body: actionCitationsBodySchema,
        response: { 200: actionRefSchema },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      await visibleCase(ctx, p, request.params.id, 'read');
      const version = requireIfMatch(request);
      const { id, actionId } = request.params;
      const ref = await changeActionCitations(
        ctx,
        p,
        id,
        actionId,
        version,
        request.body.itemIds,
        traceOf(request),
      );
      setEtag(reply, ref.version);
      return ref;
    },
  );

  app.post(
    '/cases/:id/progress-reports',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Rapporteer de voortgang aan de procesregisseur (casuscoördinator, Art. 13.3)',
        params: idParamsSchema,
        body: progressBodySchema,
        response: { 201: progressReportSchema },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      await visibleCase(ctx, p, request.params.id, 'read');
      const report = await addProgressReport(ctx, p, request.params.id, request.body.text, traceOf(request));
      return reply.status(201).send(report);
    },
  );

  const escalationRoutes = [
    {
      path: 'escalate',
      summary: 'Schaal op naar de manager, met reden (procesregisseur of casuscoördinator, Art. 11.3d)',
      body: escalateBodySchema,
    },
    {
      path: 'resolve-escalation',
      summary: 'Sluit de opschaling af, met toelichting (manager of procesregisseur, Art. 11.3d)',
      body: resolveBodySchema,
    },
  ] as const;
  for (const def of escalationRoutes) {
    app.post(
      `/cases/:id/${def.path}`,
      {
        config: { access: 'authenticated' },
        schema: {
          tags,
          summary: def.summary,
          params: idParamsSchema,
          headers: ifMatchHeaders,
          body: def.body,
          response: { 200: caseRefSchema },
        },
      },
      async (request, reply) => {
        const p = principalOf(request);
        await visibleCase(ctx, p, request.params.id, 'read');
        const version = requireIfMatch(request);
        const body = request.body as { reason?: string; resolution?: string };
        const input =
          def.path === 'escalate'
            ? { action: 'escalate' as const, reason: body.reason ?? '' }
            : { action: 'resolve-escalation' as const, resolution: body.resolution ?? '' };
        const ref = await escalation(ctx, p, request.params.id, version, input, traceOf(request));
        setEtag(reply, ref.version);
        return ref;
      },
    );
  }

  app.get(
    '/cases/:id/overdue-actions',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Verlopen acties van een casus die de gebruiker aangaan (Art. 13.2)',
        params: idParamsSchema,
        querystring: pageQuerySchema,
        response: { 200: overduePageSchema },
      },
    },
    async (request) => {
      const p = principalOf(request);
      await visibleCase(ctx, p, request.params.id, 'read');
      const { limit, cursor } = request.query;
      const rows = await overdueActions(ctx.db, p, await houseToday(ctx.db), {
        caseId: request.params.id,
        limit,
        after: decodeCursor(cursor),
      });
      return toPage(rows, limit, (r) => ({ k: r.dueDate, id: r.actionId }));
    },
  );

  app.get(
    '/overdue-actions',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Mijn verlopen acties over alle casussen waarin ik een rol heb (Art. 12.2g, 13.2)',
        querystring: pageQuerySchema,
        response: { 200: overduePageSchema },
      },
    },
    async (request) => {
      const p = principalOf(request);
      const { limit, cursor } = request.query;
      const rows = await overdueActions(ctx.db, p, await houseToday(ctx.db), {
        limit,
        after: decodeCursor(cursor),
      });
      return toPage(rows, limit, (r) => ({ k: r.dueDate, id: r.actionId }));
    },
  );
}
