/**
 * HTTP routes of registration and assessment (Art. 1.7, 12.1, 12.2a). Deny by default: every
 * route is 'authenticated', and a case the caller has no role in is 404 (domain.md §4). Changes
 * need If-Match; the state machine decides every transition.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/app.js';
import { requireIfMatch, setEtag } from '../../platform/http/etag.js';
import { decodeCursor, toPage } from '../../platform/http/pagination.js';
import { ProblemError } from '../../platform/http/problem.js';
import { traceOf } from '../../platform/processing-log/index.js';
import { conferenceRoutes } from './conference/routes.js';
import { caseContext } from './context.js';
import { readCase } from './detail-query.js';
import { listCaseRows } from './list-query.js';
import { listItems } from './list-view.js';
import { addQuestion } from './question-command.js';
import { createCase, updateDraft } from './registration-command.js';
import { principalOf, tags, visibleCase } from './route-helpers.js';
import {
  caseCreateSchema,
  casePageSchema,
  caseRefSchema,
  caseSchema,
  caseUpdateSchema,
  idParamsSchema,
  ifMatchHeaders,
  listQuerySchema,
  questionBodySchema,
  questionSchema,
} from './schemas.js';
import { transitionRoutes } from './transition-routes.js';
import { triageRoutes } from './triage/routes.js';

export function caseRoutes(fastify: FastifyInstance, deps: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const ctx = caseContext(deps);

  app.post(
    '/cases',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Meld een casus aan als concept (professional van een actieve partij, Art. 1.7)',
        body: caseCreateSchema,
        response: { 201: caseRefSchema },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      // Art. 1.7: a professional of a party registers; house staff do not. Visible (the collection exists): 403.
      if (!p.roles.includes('professional') || p.partyId === null)
        throw new ProblemError('forbidden', 'alleen een professional van een partij meldt aan (Art. 1.7)');
      const ref = await createCase(ctx, { ...p, partyId: p.partyId }, request.body, traceOf(request));
      setEtag(reply, ref.version);
      reply.header('Location', `/api/v1/cases/${ref.id}`);
      return reply.status(201).send(ref);
    },
  );

  app.get(
    '/cases',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Mijn casussen: eigen aanmeldingen; voor procesregisseurs nieuwe en toegewezen casussen',
        querystring: listQuerySchema,
        response: { 200: casePageSchema },
      },
    },
    async (request) => {
      const p = principalOf(request);
      const { limit, cursor, status } = request.query;
      const rows = await listCaseRows(ctx.db, p, status, limit, decodeCursor(cursor));
      const page = toPage(rows, limit, (r) => ({ k: r.created_at, id: r.id }));
      return { items: await listItems(ctx, p, page.items, traceOf(request)), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/cases/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Eén casus, voor wie er een rol in heeft (anders 404)',
        params: idParamsSchema,
        response: { 200: caseSchema },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      const loaded = await visibleCase(ctx, p, request.params.id, 'read');
      const view = await readCase(ctx, p, loaded, traceOf(request));
      setEtag(reply, view.version);
      return view;
    },
  );

  app.patch(
    '/cases/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Wijzig een concept (alleen de melder, Art. 1.7)',
        params: idParamsSchema,
        headers: ifMatchHeaders,
        body: caseUpdateSchema,
        response: { 200: caseRefSchema },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      await visibleCase(ctx, p, request.params.id, 'edit');
      const version = requireIfMatch(request);
      const ref = await updateDraft(ctx, p, request.params.id, version, request.body, traceOf(request));
      setEtag(reply, ref.version);
      return ref;
    },
  );

  app.post(
    '/cases/:id/questions',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Vraag of antwoord in de beoordeling (procesregisseur en melder, Art. 12.2a)',
        params: idParamsSchema,
        body: questionBodySchema,
        response: { 201: questionSchema },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      await visibleCase(ctx, p, request.params.id, 'ask');
      const q = await addQuestion(ctx, p, request.params.id, request.body.text, traceOf(request));
      return reply.status(201).send(q);
    },
  );

  transitionRoutes(app, ctx);
  triageRoutes(app, ctx);
  conferenceRoutes(app, ctx, deps.settings);
}
