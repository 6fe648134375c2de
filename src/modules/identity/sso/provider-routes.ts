/**
 * Administration of single sign-on providers (functioneel beheer only; everyone else gets 404).
 * Changes are optimistic-concurrency writes (If-Match) and go to the security log.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../../../platform/auth/policy.js';
import type { AppDeps } from '../../../platform/http/app.js';
import { requireIfMatch, setEtag } from '../../../platform/http/etag.js';
import { notFound } from '../../../platform/http/problem.js';
import { recordAuthEvent } from '../auth-events.js';
import { identityContext } from '../context.js';
import { idParamsSchema } from '../schemas.js';
import { type SsoProviderAction, ssoProviderPolicy } from './policy.js';
import {
  createProvider,
  findProvider,
  listProviders,
  providerView,
  updateProvider,
} from './provider-store.js';
import {
  ssoProviderCreateSchema,
  ssoProviderListSchema,
  ssoProviderSchema,
  ssoProviderUpdateSchema,
} from './schemas.js';

const tags = ['gebruikers'];

export function ssoProviderRoutes(fastify: FastifyInstance, deps: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const ctx = identityContext(deps);
  const k = ctx.db.kysely;

  // Providers are invisible to anyone who may not manage them: 404, not 403.
  const guard = (principal: Parameters<typeof ssoProviderPolicy>[0], action: SsoProviderAction) =>
    authorize(ssoProviderPolicy, principal, action, null, { visible: false });

  const load = async (id: string) => {
    const row = await findProvider(k, id);
    if (!row) throw notFound();
    return row;
  };

  app.get(
    '/sso-providers',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Single sign-on-koppelingen (functioneel beheer)',
        response: { 200: ssoProviderListSchema },
      },
    },
    async (request) => {
      guard(request.principal, 'list');
      return { items: (await listProviders(k)).map(providerView) };
    },
  );

  app.post(
    '/sso-providers',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Voeg een single sign-on-koppeling toe (functioneel beheer)',
        body: ssoProviderCreateSchema,
        response: { 201: ssoProviderSchema },
      },
    },
    async (request, reply) => {
      guard(request.principal, 'create');
      const id = await createProvider(k, ctx.keys.sso, ctx.settings, request.body);
      await recordAuthEvent(k, {
        kind: 'sso-provider-created',
        outcome: 'info',
        userId: request.principal?.userId ?? null,
        ip: request.ip,
        requestId: request.id,
      });
      const row = await load(id);
      setEtag(reply, row.version);
      return reply.status(201).send(providerView(row));
    },
  );

  app.get(
    '/sso-providers/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Eén single sign-on-koppeling (functioneel beheer)',
        params: idParamsSchema,
        response: { 200: ssoProviderSchema },
      },
    },
    async (request, reply) => {
      guard(request.principal, 'read');
      const row = await load(request.params.id);
      setEtag(reply, row.version);
      return providerView(row);
    },
  );

  app.patch(
    '/sso-providers/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Wijzig een single sign-on-koppeling of vervang haar clientgeheim (functioneel beheer)',
        params: idParamsSchema,
        headers: z.object({ 'if-match': z.string().optional() }),
        body: ssoProviderUpdateSchema,
        response: { 200: ssoProviderSchema },
      },
    },
    async (request, reply) => {
      guard(request.principal, 'update');
      const current = await load(request.params.id);
      await updateProvider(k, ctx.keys.sso, ctx.settings, current, requireIfMatch(request), request.body);
      await recordAuthEvent(k, {
        kind: 'sso-provider-updated',
        outcome: 'info',
        userId: request.principal?.userId ?? null,
        ip: request.ip,
        requestId: request.id,
      });
      const row = await load(current.id);
      setEtag(reply, row.version);
      return providerView(row);
    },
  );
}
