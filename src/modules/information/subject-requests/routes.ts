/**
 * HTTP routes of data-subject requests (Wgs contact point; AVG Art. 12, 15–21): the privacy
 * officer registers (the BSN only ever in the POST body) and extends the deadline; each routed
 * party's professionals see their part, decide for their own data and compile their export. Deny
 * by default: requests outside the caller's scope are 404; writes need If-Match. The export exists
 * as JSON and, for the same callers, as PDF (`export.pdf`, as `invitation.ics` for conferences).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../platform/http/app.js';
import { requireIfMatch, setEtag } from '../../../platform/http/etag.js';
import { decodeCursor } from '../../../platform/http/pagination.js';
import { logRead, traceOf } from '../../../platform/processing-log/index.js';
import { principalOf } from '../../cases/route-helpers.js';
import { subjectContext } from './context.js';
import { checkRoute, decideRoute, extendDeadline } from './decide-command.js';
import { compileExport } from './export.js';
import { exportPdf } from './export-pdf.js';
import { subjectExportSchema } from './export-schema.js';
import { subjectEntry, subjectOf } from './log.js';
import { requireContactPoint, requireScope } from './policy.js';
import { listRequests, requestInScope, requestView } from './queries.js';
import { registerRequest } from './register-command.js';
import {
  extendBodySchema,
  idParamsSchema,
  ifMatchHeaders,
  listQuerySchema,
  routeDecisionSchema,
  routeParamsSchema,
  subjectRequestCreateSchema,
  subjectRequestPageSchema,
  subjectRequestSchema,
} from './schemas.js';

const tags = ['verzoeken-betrokkenen'];

export function subjectRequestRoutes(fastify: FastifyInstance, deps: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const ctx = subjectContext(deps);
  const config = { access: 'authenticated' as const };

  /** The detail, with its read of the person's identification logged before it leaves. */
  async function shown(request: Parameters<typeof principalOf>[0], id: string) {
    const p = principalOf(request);
    const scope = requireScope(p);
    const view = await requestView(ctx, scope, id);
    const row = await requestInScope(ctx.db, scope, id);
    const entry = await subjectEntry(ctx.db, {
      name: 'subject-request.read',
      operation: 'read',
      principal: p,
      trace: traceOf(request),
      subject: subjectOf(row.subject_pseudonym),
      caseId: null,
      controllerPartyId: scope.kind === 'party' ? scope.partyId : null,
    });
    await logRead(ctx.db, [entry]);
    return view;
  }

  app.post(
    '/subject-requests',
    {
      config,
      schema: {
        tags,
        summary:
          'Registreer een verzoek van een betrokkene bij het centrale aanspreekpunt (privacy officer, Wgs)',
        body: subjectRequestCreateSchema,
        response: { 201: subjectRequestSchema },
      },
    },
    async (request, reply) => {
      requireContactPoint(request.principal);
      const { id } = await registerRequest(ctx, principalOf(request), request.body, traceOf(request));
      const view = await shown(request, id);
      setEtag(reply, view.version);
      reply.header('Location', `/api/v1/subject-requests/${id}`);
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/subject-requests',
    {
      config,
      schema: {
        tags,
        summary: 'Verzoeken van betrokkenen met termijnen (aanspreekpunt: alle; partij: aan haar gerouteerd)',
        querystring: listQuerySchema,
        response: { 200: subjectRequestPageSchema },
      },
    },
    async (request) => {
      const scope = requireScope(request.principal);
      return listRequests(ctx.db, scope, request.query.limit, decodeCursor(request.query.cursor));
    },
  );

  app.get(
    '/subject-requests/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Eén verzoek van een betrokkene; een partij ziet alleen haar eigen deel',
        params: idParamsSchema,
        response: { 200: subjectRequestSchema },
      },
    },
    async (request, reply) => {
      const view = await shown(request, request.params.id);
      setEtag(reply, view.version);
      return view;
    },
  );

  app.post(
    '/subject-requests/:id/extend',
    {
      config,
      schema: {
        tags,
        summary: 'Verleng de termijn eenmalig met twee maanden, met reden (aanspreekpunt, Art. 12.3 AVG)',
        params: idParamsSchema,
        headers: ifMatchHeaders,
        body: extendBodySchema,
        response: { 200: subjectRequestSchema },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      const scope = requireScope(p);
      await requestInScope(ctx.db, scope, request.params.id);
      requireContactPoint(p);
      const version = requireIfMatch(request);
      await extendDeadline(ctx, p, scope, request.params.id, version, request.body.reason, traceOf(request));
      const view = await shown(request, request.params.id);
      setEtag(reply, view.version);
      return view;
    },
  );

  app.post(
    '/subject-requests/:id/routes/:partyId/decision',
    {
      config,
      schema: {
        tags,
        summary:
          'Beslis voor de eigen gegevens: toegewezen, deels of afgewezen, met motivering; If-Match is de versie van de route (Art. 15.1)',
        params: routeParamsSchema,
        headers: ifMatchHeaders,
        body: routeDecisionSchema,
        response: { 200: subjectRequestSchema },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      const scope = requireScope(p);
      const { id, partyId } = request.params;
      await checkRoute(ctx.db, scope, id, partyId);
      const version = requireIfMatch(request);
      await decideRoute(ctx, p, scope, id, partyId, version, request.body, traceOf(request));
      const view = await shown(request, id);
      setEtag(reply, view.version);
      return view;
    },
  );

  app.get(
    '/subject-requests/:id/routes/:partyId/export',
    {
      config,
      schema: {
        tags,
        summary: 'Wat deze partij over de betrokkene verstrekte en wie het verwerkte (JSON, Wgs)',
        params: routeParamsSchema,
        response: { 200: subjectExportSchema },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      const scope = requireScope(p);
      const { id, partyId } = request.params;
      reply.header('Cache-Control', 'no-store');
      return compileExport(ctx, p, scope, id, partyId, traceOf(request));
    },
  );

  app.get(
    '/subject-requests/:id/routes/:partyId/export.pdf',
    {
      config,
      schema: {
        tags,
        summary:
          'Hetzelfde overzicht als PDF, in het Nederlands, met grondslag, kenmerk en paginanummers (Art. 15 AVG, Wgs)',
        params: routeParamsSchema,
        produces: ['application/pdf'],
        response: {
          200: z
            .string()
            .describe('PDF met grondslag, kenmerk, verwerkingsverantwoordelijke en datum op elke pagina'),
        },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      const scope = requireScope(p);
      const { id, partyId } = request.params;
      const { pdf, filename } = await exportPdf(ctx, p, scope, id, partyId, traceOf(request));
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `attachment; filename="${filename}"`)
        .header('Cache-Control', 'no-store')
        .send(Buffer.from(pdf) as unknown as string);
    },
  );
}
