/**
 * HTTP routes of information items (issue 6 part A; Art. 9.2, 12.2f, 15, 16.2): a case's list
 * (cursor-paginated, platform/http/pagination.ts) and providing an item; one item, its conditions,
 * withdrawal and the reading-beforehand steps; its attachments. All 'authenticated'; an item the
 * caller may not see is 404 (before If-Match or the body are looked at); a change the caller may
 * not make on an item they see is 403.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Principal } from '../../platform/auth/principal.js';
import type { AppDeps } from '../../platform/http/app.js';
import { requireIfMatch, setEtag } from '../../platform/http/etag.js';
import { type TraceContext, traceOf } from '../../platform/processing-log/index.js';
import { caseContext } from '../cases/context.js';
import { principalOf } from '../cases/route-helpers.js';
import { ifMatchHeaders } from '../cases/schemas.js';
import { visibleItem } from './access.js';
import { addAttachment, uploadBodyLimit } from './attachment-command.js';
import {
  approvePreConference,
  assessPreConference,
  changeConditions,
  withdrawItem,
} from './condition-command.js';
import { createItem } from './create-command.js';
import { itemPageCursor, listItems, readAttachment, readItem } from './queries.js';
import {
  approvalSchema,
  assessmentSchema,
  attachmentCreateSchema,
  attachmentParamsSchema,
  attachmentSchema,
  caseParamsSchema,
  conditionsSchema,
  itemCreateSchema,
  itemListQuerySchema,
  itemListSchema,
  itemParamsSchema,
  itemSchema,
} from './schemas.js';

const tags = ['informatie'];
const access = { access: 'authenticated' as const };
const refSchema = z
  .strictObject({ id: z.string(), version: z.number().int() })
  .meta({ id: 'InformationItemRef' });

/** A header-safe file name: ASCII fallback plus the RFC 5987 form. */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export function informationRoutes(fastify: FastifyInstance, deps: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const ctx = caseContext(deps);
  const maxBytes = deps.settings.INFORMATION_ATTACHMENT_MAX_BYTES;

  app.get(
    '/cases/:id/information-items',
    {
      config: access,
      schema: {
        tags,
        summary:
          'De informatie in een casus die u mag zien, met de voorwaarden van de verstrekker, per pagina (Art. 16.2)',
        params: caseParamsSchema,
        querystring: itemListQuerySchema,
        response: { 200: itemListSchema },
      },
    },
    async (request) => {
      const { limit, cursor, usableInActionPlan } = request.query;
      const page = {
        limit,
        after: itemPageCursor(cursor),
        usableInActionPlan: usableInActionPlan === 'true',
      };
      return listItems(ctx, principalOf(request), request.params.id, page, traceOf(request));
    },
  );

  app.post(
    '/cases/:id/information-items',
    {
      config: access,
      schema: {
        tags,
        summary: 'Verstrek informatie in een casus namens uw partij, met voorwaarden (Art. 15.1, 16.2)',
        params: caseParamsSchema,
        body: itemCreateSchema,
        response: { 201: refSchema },
      },
    },
    async (request, reply) => {
      const ref = await createItem(
        ctx,
        principalOf(request),
        request.params.id,
        request.body,
        traceOf(request),
      );
      setEtag(reply, ref.version);
      return reply.code(201).send(ref);
    },
  );

  app.get(
    '/information-items/:id',
    {
      config: access,
      schema: {
        tags,
        summary: 'Eén informatie-item met tekst, bijlagen en waarom u het ziet (Art. 16.2)',
        params: itemParamsSchema,
        response: { 200: itemSchema },
      },
    },
    async (request, reply) => {
      const view = await readItem(ctx, principalOf(request), request.params.id, traceOf(request));
      setEtag(reply, view.version);
      return view;
    },
  );

  const changes = [
    {
      path: 'conditions',
      summary: 'Wijzig de voorwaarden, met directe werking (alleen de verstrekker, Art. 16.2)',
      body: conditionsSchema,
      run: (p: Principal, id: string, v: number, body: unknown, tr: TraceContext) =>
        changeConditions(ctx, p, id, v, body as z.infer<typeof conditionsSchema>, tr),
    },
    {
      path: 'withdraw',
      summary: 'Trek de informatie in, met directe werking (alleen de verstrekker, Art. 16.2)',
      body: z.strictObject({}).optional(),
      run: (p: Principal, id: string, v: number, _b: unknown, tr: TraceContext) =>
        withdrawItem(ctx, p, id, v, tr),
    },
    {
      path: 'pre-conference/assessment',
      summary: 'Beoordeel of dit vooraf mag worden ingezien (procesregisseur, Art. 12.2f)',
      body: assessmentSchema,
      run: (p: Principal, id: string, v: number, body: unknown, tr: TraceContext) =>
        assessPreConference(ctx, p, id, v, (body as { allow: boolean }).allow, tr),
    },
    {
      path: 'pre-conference/approval',
      summary: 'Keur inzage vooraf goed of af (de verstrekker, Art. 12.2f)',
      body: approvalSchema,
      run: (p: Principal, id: string, v: number, body: unknown, tr: TraceContext) =>
        approvePreConference(ctx, p, id, v, (body as { approve: boolean }).approve, tr),
    },
  ];
  for (const c of changes) {
    app.post(
      `/information-items/:id/${c.path}`,
      {
        config: access,
        schema: {
          tags,
          summary: c.summary,
          params: itemParamsSchema,
          headers: ifMatchHeaders,
          body: c.body,
          response: { 200: refSchema },
        },
      },
      async (request, reply) => {
        const p = principalOf(request);
        // The 404 gate comes before If-Match: an invisible item gives nothing away.
        await visibleItem(ctx.db, p, request.params.id, new Date().toISOString());
        const version = requireIfMatch(request);
        const ref = await c.run(p, request.params.id, version, request.body, traceOf(request));
        setEtag(reply, ref.version);
        return ref;
      },
    );
  }

  app.post(
    '/information-items/:id/attachments',
    {
      config: access,
      bodyLimit: uploadBodyLimit(maxBytes),
      schema: {
        tags,
        summary:
          'Voeg een bijlage toe; het type wordt aan de inhoud herkend (alleen de verstrekker, Art. 16.2)',
        params: itemParamsSchema,
        body: attachmentCreateSchema,
        response: { 201: attachmentSchema },
      },
    },
    async (request, reply) => {
      const created = await addAttachment(
        ctx,
        principalOf(request),
        request.params.id,
        request.body,
        maxBytes,
        traceOf(request),
      );
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/information-items/:id/attachments/:attachmentId',
    {
      config: access,
      schema: {
        tags,
        summary: 'Download een bijlage (wie het item mag zien, Art. 16.2)',
        params: attachmentParamsSchema,
        produces: ['application/octet-stream'],
        response: { 200: z.string().describe('De inhoud van de bijlage') },
      },
    },
    async (request, reply) => {
      const { id, attachmentId } = request.params;
      const file = await readAttachment(ctx, principalOf(request), id, attachmentId, traceOf(request));
      return reply
        .type(file.mediaType)
        .header('Content-Disposition', contentDisposition(file.filename))
        .header('Content-Security-Policy', "sandbox; default-src 'none'")
        .header('Cache-Control', 'no-store')
        .send(file.content as unknown as string);
    },
  );
}
