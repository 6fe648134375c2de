/** Account administration (functioneel beheer only). Everyone else gets 404 for these resources. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../../platform/auth/policy.js';
import type { AppDeps } from '../../platform/http/app.js';
import { requireIfMatch, setEtag } from '../../platform/http/etag.js';
import { decodeCursor, toPage } from '../../platform/http/pagination.js';
import { notFound } from '../../platform/http/problem.js';
import { recordAuthEvent } from './auth-events.js';
import { identityContext, requireRecentReauth } from './context.js';
import { userPolicy } from './policy.js';
import {
  idParamsSchema,
  temporaryPasswordSchema,
  userCreateSchema,
  userListQuerySchema,
  userPageSchema,
  userSchema,
  userUpdateSchema,
} from './schemas.js';
import { revokeAllSessions } from './session-store.js';
import { createUser, resetPassword, resetTotp, updateUser } from './user-commands.js';
import { findUser, houseName, listUsers, userView } from './user-queries.js';

const tags = ['gebruikers'];

export function userRoutes(fastify: FastifyInstance, deps: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const ctx = identityContext(deps);
  const k = ctx.db.kysely;

  // Accounts are invisible to anyone who may not manage them: 404, not 403.
  const guard = (principal: Parameters<typeof userPolicy>[0], action: Parameters<typeof userPolicy>[1]) =>
    authorize(userPolicy, principal, action, null, { visible: false });

  app.get(
    '/users',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Gebruikers (functioneel beheer)',
        querystring: userListQuerySchema,
        response: { 200: userPageSchema },
      },
    },
    async (request) => {
      guard(request.principal, 'list');
      const { limit, cursor, q } = request.query;
      const rows = await listUsers(k, q, limit, decodeCursor(cursor));
      const page = toPage(rows, limit, (r) => ({ k: r.row.email, id: r.row.id }));
      const house = await houseName(k);
      return {
        items: page.items.map((r) => userView(r.row, r.roles, house, request.principal)),
        nextCursor: page.nextCursor,
      };
    },
  );

  app.post(
    '/users',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Maak een gebruiker aan (functioneel beheer)',
        body: userCreateSchema,
        response: { 201: userSchema },
      },
    },
    async (request, reply) => {
      guard(request.principal, 'create');
      const id = await createUser(k, request.body, { temporaryPassword: true });
      await recordAuthEvent(k, {
        kind: 'user-created',
        outcome: 'info',
        userId: id,
        ip: request.ip,
        requestId: request.id,
      });
      const found = await findUser(k, id);
      if (!found) throw notFound();
      setEtag(reply, found.row.version);
      return reply.status(201).send(userView(found.row, found.roles, await houseName(k), request.principal));
    },
  );

  app.get(
    '/users/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Eén gebruiker (functioneel beheer)',
        params: idParamsSchema,
        response: { 200: userSchema },
      },
    },
    async (request, reply) => {
      guard(request.principal, 'read');
      const found = await findUser(k, request.params.id);
      if (!found) throw notFound();
      setEtag(reply, found.row.version);
      return userView(found.row, found.roles, await houseName(k), request.principal);
    },
  );

  app.patch(
    '/users/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Wijzig naam, rollen of status van een gebruiker (functioneel beheer)',
        params: idParamsSchema,
        headers: z.object({ 'if-match': z.string().optional() }),
        body: userUpdateSchema,
        response: { 200: userSchema },
      },
    },
    async (request, reply) => {
      guard(request.principal, 'update');
      const found = await findUser(k, request.params.id);
      if (!found || !request.principal) throw notFound();
      await updateUser(
        k,
        request.principal.userId,
        found.row.id,
        found.row.party_id,
        requireIfMatch(request),
        request.body,
      );
      await recordAuthEvent(k, {
        kind: 'user-updated',
        outcome: 'info',
        userId: found.row.id,
        ip: request.ip,
        requestId: request.id,
      });
      const updated = await findUser(k, found.row.id);
      if (!updated) throw notFound();
      setEtag(reply, updated.row.version);
      return userView(updated.row, updated.roles, await houseName(k), request.principal);
    },
  );

  app.post(
    '/users/:id/revoke-sessions',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Beëindig alle sessies van een gebruiker (functioneel beheer)',
        params: idParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      guard(request.principal, 'update');
      const found = await findUser(k, request.params.id);
      if (!found) throw notFound();
      await revokeAllSessions(k, found.row.id);
      await recordAuthEvent(k, {
        kind: 'sessions-revoked-all',
        outcome: 'info',
        userId: found.row.id,
        ip: request.ip,
        requestId: request.id,
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/users/:id/reset-password',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Geef een gebruiker een tijdelijk wachtwoord (eenmalig getoond); vraagt herbevestiging',
        params: idParamsSchema,
        response: { 200: temporaryPasswordSchema },
      },
    },
    async (request) => {
      guard(request.principal, 'reset-totp');
      const found = await findUser(k, request.params.id);
      if (!found) throw notFound();
      await requireRecentReauth(ctx, request);
      const temporaryPassword = await resetPassword(k, found.row.id);
      await recordAuthEvent(k, {
        kind: 'password-reset',
        outcome: 'info',
        userId: found.row.id,
        ip: request.ip,
        requestId: request.id,
      });
      return { temporaryPassword };
    },
  );

  app.post(
    '/users/:id/reset-totp',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Zet de tweede factor van een gebruiker terug; vraagt herbevestiging',
        params: idParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      guard(request.principal, 'reset-totp');
      const found = await findUser(k, request.params.id);
      if (!found) throw notFound();
      await requireRecentReauth(ctx, request);
      await resetTotp(k, found.row.id);
      await recordAuthEvent(k, {
        kind: 'totp-reset',
        outcome: 'info',
        userId: found.row.id,
        ip: request.ip,
        requestId: request.id,
      });
      return reply.status(204).send(null);
    },
  );
}
