/**
 * HTTP routes of disclosure to third parties (Art. 9.2, 19.1): request a disclosure, read the
 * requests of a case (cursor-paginated, platform/http/pagination.ts) or one request, the
 * controller's written decision per item (re-authenticated: the consent is a deliberate, personal
 * act), cancel, and produce the PDF. Deny by default: what the caller may not see is 404; what
 * they see but may not do is 403; writes need If-Match.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../platform/http/app.js';
import { requireIfMatch, setEtag } from '../../../platform/http/etag.js';
import { traceOf } from '../../../platform/processing-log/index.js';
import { caseContext } from '../../cases/context.js';
import { principalOf } from '../../cases/route-helpers.js';
import { identityContext, requireRecentReauth } from '../../identity/context.js';
import { requestDisclosure } from './create-command.js';
import { cancelDisclosure, checkDecision, decideItem } from './decide-command.js';
import { exportDisclosure } from './export-command.js';
import { disclosurePageCursor } from './page.js';
import { getDisclosure, listDisclosures } from './queries.js';
import {
  caseParamsSchema,
  disclosureCancelSchema,
  disclosureCreateSchema,
  disclosureDecisionSchema,
  disclosureListQuerySchema,
  disclosureListSchema,
  disclosureParamsSchema,
  disclosureSchema,
  ifMatchHeaders,
  itemParamsSchema,
} from './schemas.js';

const tags = ['verstrekkingen'];

export function disclosureRoutes(fastify: FastifyInstance, deps: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const ctx = caseContext(deps);
  const identity = identityContext(deps);
  const config = { access: 'authenticated' as const };

  app.post(
    '/cases/:id/disclosures',
    {
      config,
      schema: {
        tags,
        summary: 'Vraag verstrekking van stukken aan een derde aan (deelnemer aan de casus, Art. 9.2)',
        params: caseParamsSchema,
        body: disclosureCreateSchema,
        response: { 201: disclosureSchema },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      const view = await requestDisclosure(ctx, p, request.params.id, request.body, traceOf(request));
      setEtag(reply, view.version);
      reply.header('Location', `/api/v1/cases/${request.params.id}/disclosures/${view.id}`);
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/cases/:id/disclosures',
    {
      config,
      schema: {
        tags,
        summary:
          'De verzoeken tot verstrekking van een casus die u mag zien, nieuwste eerst, per pagina (Art. 9.2)',
        params: caseParamsSchema,
        querystring: disclosureListQuerySchema,
        response: { 200: disclosureListSchema },
      },
    },
    async (request) => {
      const { limit, cursor } = request.query;
      const page = { limit, after: disclosurePageCursor(cursor) };
      return listDisclosures(ctx, principalOf(request), request.params.id, page, traceOf(request));
    },
  );

  app.get(
    '/cases/:id/disclosures/:disclosureId',
    {
      config,
      schema: {
        tags,
        summary: 'Eén verzoek tot verstrekking, met alleen de stukken die u mag zien (Art. 9.2)',
        params: disclosureParamsSchema,
        response: { 200: disclosureSchema },
      },
    },
    async (request, reply) => {
      const { id, disclosureId } = request.params;
      const view = await getDisclosure(ctx, principalOf(request), id, disclosureId, traceOf(request));
      setEtag(reply, view.version);
      return view;
    },
  );

  app.post(
    '/cases/:id/disclosures/:disclosureId/items/:itemId/decision',
    {
      config,
      schema: {
        tags,
        summary:
          'Schriftelijke toestemming of weigering van de verstrekkende partij voor één stuk (opnieuw bevestigd, Art. 9.2)',
        params: itemParamsSchema,
        headers: ifMatchHeaders,
        body: disclosureDecisionSchema,
        response: { 200: disclosureSchema },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      const { id, disclosureId, itemId } = request.params;
      // 404 and 403 come first, so that re-authenticating reveals nothing; the command checks again.
      await checkDecision(ctx.db, p, id, disclosureId, itemId);
      await requireRecentReauth(identity, request);
      const version = requireIfMatch(request);
      const view = await decideItem(
        ctx,
        p,
        id,
        disclosureId,
        itemId,
        version,
        request.body,
        traceOf(request),
      );
      setEtag(reply, view.version);
      return view;
    },
  );

  app.post(
    '/cases/:id/disclosures/:disclosureId/cancel',
    {
      config,
      schema: {
        tags,
        summary: 'Trek een lopend verzoek tot verstrekking in (aanvrager)',
        params: disclosureParamsSchema,
        headers: ifMatchHeaders,
        body: disclosureCancelSchema,
        response: { 200: disclosureSchema },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      const { id, disclosureId } = request.params;
      const version = requireIfMatch(request);
      const view = await cancelDisclosure(
        ctx,
        p,
        id,
        disclosureId,
        version,
        request.body.reason,
        traceOf(request),
      );
      setEtag(reply, view.version);
      return view;
    },
  );

  app.post(
    '/cases/:id/disclosures/:disclosureId/export',
    {
      config,
      schema: {
        tags,
        summary:
          'Maak de verstrekking op als PDF, pas na toestemming voor alle stukken (aanvrager, Art. 9.2, 19.1)',
        params: disclosureParamsSchema,
        produces: ['application/pdf'],
        response: {
          200: z.string().describe('PDF met ontvanger, doel, grondslag, datum en kenmerk op elke pagina'),
        },
      },
    },
    async (request, reply) => {
      const { id, disclosureId } = request.params;
      const { pdf, filename } = await exportDisclosure(
        ctx,
        principalOf(request),
        id,
        disclosureId,
        traceOf(request),
      );
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `attachment; filename="${filename}"`)
        .header('Cache-Control', 'no-store')
        .send(Buffer.from(pdf) as unknown as string);
    },
  );
}
