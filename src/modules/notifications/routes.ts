/**
 * HTTP routes of notifications (issue 5 §10): my notifications (unread first, with the unread
 * count), marking one or all read, and my e-mail opt-in. Everything is the caller's own: another
 * user's notification is 404. The opt-in is a single-field preference that only its owner writes
 * and PUT replaces whole, so there is no lost update for If-Match to guard against.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Principal } from '../../platform/auth/principal.js';
import type { AppDeps } from '../../platform/http/app.js';
import { decodeCursor, toPage } from '../../platform/http/pagination.js';
import { ProblemError } from '../../platform/http/problem.js';
import {
  cursorOf,
  emailOptIn,
  listNotifications,
  markAllRead,
  markRead,
  setEmailOptIn,
  unreadCount,
} from './queries.js';
import {
  idParamsSchema,
  markAllReadSchema,
  notificationListQuerySchema,
  notificationPageSchema,
  notificationSettingsSchema,
  notificationSettingsUpdateSchema,
} from './schemas.js';

const tags = ['meldingen'];

function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new ProblemError('unauthenticated', 'Log in om dit te doen.');
  return request.principal;
}

export function notificationRoutes(fastify: FastifyInstance, deps: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = deps.db.kysely;
  const emailAvailable = Boolean(deps.settings.SMTP_HOST);

  app.get(
    '/me/notifications',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Mijn meldingen: ongelezen eerst, met het aantal ongelezen',
        querystring: notificationListQuerySchema,
        response: { 200: notificationPageSchema },
      },
    },
    async (request) => {
      const p = principalOf(request);
      const { limit, cursor, unread } = request.query;
      const rows = await listNotifications(db, p, unread === 'true', limit, decodeCursor(cursor));
      const page = toPage(rows, limit, cursorOf);
      return {
        items: page.items.map((r) => ({
          id: r.id,
          kind: r.kind,
          caseId: r.case_id,
          caseNumber: r.case_number ?? null,
          link: r.link,
          createdAt: r.created_at,
          readAt: r.read_at,
        })),
        unreadCount: await unreadCount(db, p),
        nextCursor: page.nextCursor,
      };
    },
  );

  app.post(
    '/me/notifications/:id/read',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Markeer één van mijn meldingen als gelezen',
        params: idParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      if (!(await markRead(db, p, request.params.id)))
        throw new ProblemError('not-found', 'De gevraagde bron bestaat niet of u heeft er geen toegang toe.');
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/me/notifications/read-all',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Markeer al mijn meldingen als gelezen',
        response: { 200: markAllReadSchema },
      },
    },
    async (request) => ({ updated: await markAllRead(db, principalOf(request)) }),
  );

  app.get(
    '/me/notification-settings',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Mijn voorkeuren voor meldingen (e-mail ja of nee)',
        response: { 200: notificationSettingsSchema },
      },
    },
    async (request) => ({ emailOptIn: await emailOptIn(db, principalOf(request).userId), emailAvailable }),
  );

  app.put(
    '/me/notification-settings',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Zet e-mail bij meldingen aan of uit (de e-mail bevat geen persoonsgegevens)',
        body: notificationSettingsUpdateSchema,
        response: { 200: notificationSettingsSchema },
      },
    },
    async (request) => {
      const p = principalOf(request);
      await setEmailOptIn(db, p.userId, request.body.emailOptIn);
      return { emailOptIn: request.body.emailOptIn, emailAvailable };
    },
  );
}
