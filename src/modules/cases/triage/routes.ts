/**
 * HTTP routes of the triage (Art. 1.8, 12.2b): information requests sent by the procesregisseur
 * or informatiecentrum, the asked party's own list and limited view, its answer, cancelling a
 * request, the triage outcome (decide-triage) and the "next triage" list. Deny by default: a case
 * or request the caller has no role in is 404; writes need If-Match.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireIfMatch, setEtag } from '../../../platform/http/etag.js';
import { decodeCursor, toPage } from '../../../platform/http/pagination.js';
import { traceOf } from '../../../platform/processing-log/index.js';
import type { CaseContext } from '../context.js';
import { principalOf, tags, visibleCase } from '../route-helpers.js';
import { caseRefSchema, idParamsSchema, ifMatchHeaders } from '../schemas.js';
import { nextTriage } from './next-query.js';
import { decideTriage } from './outcome-command.js';
import { answerRequest, cancelRequest, sendRequest } from './request-command.js';
import { getPartyRequest, listCaseRequests, listPartyRequests } from './request-query.js';
import {
  cancelBodySchema,
  caseRequestListSchema,
  caseRequestParamsSchema,
  caseRequestSchema,
  nextTriageSchema,
  partyRequestPageSchema,
  partyRequestQuerySchema,
  partyRequestSchema,
  requestAnswerSchema,
  requestCreateSchema,
  requestParamsSchema,
  triageDecisionSchema,
} from './schemas.js';

const versionRefSchema = z
  .strictObject({ id: z.string(), version: z.number().int() })
  .meta({ id: 'VersionRef' });

export function triageRoutes(fastify: FastifyInstance, ctx: CaseContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const access = { access: 'authenticated' as const };

  app.post(
    '/cases/:id/information-requests',
    {
      config: access,
      schema: {
        tags,
        summary:
          'Bevraag een partij met een uiterste datum (procesregisseur of informatiecentrum, Art. 1.8, 12.2b)',
        params: idParamsSchema,
        body: requestCreateSchema,
        response: { 201: caseRequestSchema },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      await visibleCase(ctx, p, request.params.id, 'read');
      const view = await sendRequest(ctx, p, request.params.id, request.body, traceOf(request));
      setEtag(reply, view.version);
      reply.header('Location', `/api/v1/cases/${request.params.id}/information-requests/${view.id}`);
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/cases/:id/information-requests',
    {
      config: access,
      schema: {
        tags,
        summary:
          'De bevragingen van een casus met de antwoorden (procesregisseur en informatiecentrum, Art. 12.2b)',
        params: idParamsSchema,
        response: { 200: caseRequestListSchema },
      },
    },
    async (request) => {
      const p = principalOf(request);
      const loaded = await visibleCase(ctx, p, request.params.id, 'read');
      return listCaseRequests(ctx, p, loaded, traceOf(request));
    },
  );

  app.post(
    '/cases/:id/information-requests/:requestId/cancel',
    {
      config: access,
      schema: {
        tags,
        summary: 'Trek een open bevraging in, met reden (Art. 12.2b)',
        params: caseRequestParamsSchema,
        headers: ifMatchHeaders,
        body: cancelBodySchema,
        response: { 200: caseRequestSchema },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      await visibleCase(ctx, p, request.params.id, 'read');
      const version = requireIfMatch(request);
      const { id, requestId } = request.params;
      const view = await cancelRequest(ctx, p, id, requestId, version, request.body.reason, traceOf(request));
      setEtag(reply, view.version);
      return view;
    },
  );

  app.get(
    '/information-requests',
    {
      config: access,
      schema: {
        tags,
        summary: 'Bevragingen aan mijn partij, op uiterste datum (professional; beperkte weergave, Art. 1.8)',
        querystring: partyRequestQuerySchema,
        response: { 200: partyRequestPageSchema },
      },
    },
    async (request) => {
      const p = principalOf(request);
      const { limit, cursor, status } = request.query;
      const { rows, items } = await listPartyRequests(
        ctx,
        p,
        status,
        limit,
        decodeCursor(cursor),
        traceOf(request),
      );
      const page = toPage(rows, limit, (r) => ({ k: r.deadline, id: r.id }));
      return { items, nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/information-requests/:id',
    {
      config: access,
      schema: {
        tags,
        summary: 'Eén bevraging aan mijn partij (beperkte weergave, Art. 1.8)',
        params: requestParamsSchema,
        response: { 200: partyRequestSchema },
      },
    },
    async (request, reply) => {
      const view = await getPartyRequest(ctx, principalOf(request), request.params.id, traceOf(request));
      setEtag(reply, view.version);
      return view;
    },
  );

  app.post(
    '/information-requests/:id/answer',
    {
      config: access,
      schema: {
        tags,
        summary: 'Beantwoord een bevraging: betrokken of niet, samenvatting, informatie (Art. 1.8)',
        params: requestParamsSchema,
        headers: ifMatchHeaders,
        body: requestAnswerSchema,
        response: { 200: versionRefSchema },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      const version = requireIfMatch(request);
      const ref = await answerRequest(ctx, p, request.params.id, version, request.body, traceOf(request));
      setEtag(reply, ref.version);
      return ref;
    },
  );

  app.post(
    '/cases/:id/decide-triage',
    {
      config: access,
      schema: {
        tags,
        summary: 'Leg de uitkomst van de triage vast: casusoverleg, advies of verwijzing (Art. 1.8, 12.2d)',
        params: idParamsSchema,
        headers: ifMatchHeaders,
        body: triageDecisionSchema,
        response: { 200: caseRefSchema },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      await visibleCase(ctx, p, request.params.id, 'decide-triage');
      const version = requireIfMatch(request);
      const ref = await decideTriage(ctx, p, request.params.id, version, request.body, traceOf(request));
      setEtag(reply, ref.version);
      return ref;
    },
  );

  app.get(
    '/triage/next',
    {
      config: access,
      schema: {
        tags,
        summary:
          'Casussen voor de eerstvolgende triage volgens het rooster (procesregisseur, informatiecentrum)',
        response: { 200: nextTriageSchema },
      },
    },
    async (request) => nextTriage(ctx, principalOf(request)),
  );
}
