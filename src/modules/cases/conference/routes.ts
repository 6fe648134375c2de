/**
 * HTTP routes of the case conference (Art. 8, 12.2c–e, 13): list, plan, reschedule, cancel and
 * record a conference, ask for a follow-up, and download the iCalendar invitation. Deny by
 * default: a case the caller has no role in is 404; changes need If-Match (the conference's
 * version for reschedule and cancel; the case's version for the transitions hold and follow-up).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Settings } from '../../../platform/config/env.js';
import { openCaseKey } from '../../../platform/crypto/case-keys.js';
import { requireIfMatch, setEtag } from '../../../platform/http/etag.js';
import { traceOf } from '../../../platform/processing-log/index.js';
import type { CaseContext } from '../context.js';
import { principalOf, tags, visibleCase } from '../route-helpers.js';
import { caseRefSchema, idParamsSchema, ifMatchHeaders } from '../schemas.js';
import { loadCase } from '../state.js';
import { cancelBodySchema } from '../triage/schemas.js';
import { checkInvitation, conferenceOf } from './access.js';
import { participantCandidateRoutes } from './candidates-routes.js';
import { planFollowUp } from './follow-up-command.js';
import { holdConference } from './hold-command.js';
import { conferenceIcs } from './ics.js';
import { cancelConference, planConference, updateConference } from './plan-command.js';
import {
  conferenceListSchema,
  conferenceParamsSchema,
  conferencePlanSchema,
  conferenceRecordSchema,
  conferenceSchema,
  conferenceUpdateSchema,
} from './schemas.js';
import { conferenceView, listConferences } from './view.js';

const followUpSchema = z
  .strictObject({ reason: z.string().trim().min(1).max(5_000).optional() })
  .optional()
  .meta({ id: 'FollowUpRequest' });

export function conferenceRoutes(
  fastify: FastifyInstance,
  ctx: CaseContext,
  settings: Pick<Settings, 'PUBLIC_URL'>,
) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const access = { access: 'authenticated' as const };
  participantCandidateRoutes(fastify, ctx);

  /** The conference after a write, as the writer sees it (no read log: the write logged). */
  async function fresh(p: Parameters<typeof conferenceView>[2], caseId: string, conferenceId: string) {
    const loaded = await loadCase(ctx.db, caseId);
    if (!loaded) throw new Error('case vanished after write');
    const key = await openCaseKey(ctx.db, ctx.masterKey, caseId);
    return conferenceView(ctx.db, key, p, loaded, await conferenceOf(ctx.db, caseId, conferenceId));
  }

  app.get(
    '/cases/:id/conferences',
    {
      config: access,
      schema: {
        tags,
        summary: 'De casusoverleggen van een casus, met verslag en plan van aanpak (Art. 8)',
        params: idParamsSchema,
        response: { 200: conferenceListSchema },
      },
    },
    async (request) => {
      const p = principalOf(request);
      const loaded = await visibleCase(ctx, p, request.params.id, 'read');
      return listConferences(ctx, p, loaded, traceOf(request));
    },
  );

  app.post(
    '/cases/:id/conferences',
    {
      config: access,
      schema: {
        tags,
        summary:
          'Plan een casusoverleg: tijd, plaats, doel, besluiten, thema’s en uitgenodigden (Art. 12.2c–e)',
        params: idParamsSchema,
        body: conferencePlanSchema,
        response: { 201: conferenceSchema },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      const caseId = request.params.id;
      await visibleCase(ctx, p, caseId, 'plan-conference');
      const id = await planConference(ctx, p, caseId, request.body, traceOf(request));
      const view = await fresh(p, caseId, id);
      setEtag(reply, view.version);
      reply.header('Location', `/api/v1/cases/${caseId}/conferences/${id}`);
      return reply.status(201).send(view);
    },
  );

  app.patch(
    '/cases/:id/conferences/:conferenceId',
    {
      config: access,
      schema: {
        tags,
        summary: 'Verzet of wijzig een gepland casusoverleg (Art. 12.2e)',
        params: conferenceParamsSchema,
        headers: ifMatchHeaders,
        body: conferenceUpdateSchema,
        response: { 200: conferenceSchema },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      const { id, conferenceId } = request.params;
      await visibleCase(ctx, p, id, 'read');
      const version = requireIfMatch(request);
      await updateConference(ctx, p, id, conferenceId, version, request.body, traceOf(request));
      const view = await fresh(p, id, conferenceId);
      setEtag(reply, view.version);
      return view;
    },
  );

  app.post(
    '/cases/:id/conferences/:conferenceId/cancel',
    {
      config: access,
      schema: {
        tags,
        summary: 'Annuleer een gepland casusoverleg, met reden (Art. 12.2e)',
        params: conferenceParamsSchema,
        headers: ifMatchHeaders,
        body: cancelBodySchema,
        response: { 200: conferenceSchema },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      const { id, conferenceId } = request.params;
      await visibleCase(ctx, p, id, 'read');
      const version = requireIfMatch(request);
      await cancelConference(ctx, p, id, conferenceId, version, request.body.reason, traceOf(request));
      const view = await fresh(p, id, conferenceId);
      setEtag(reply, view.version);
      return view;
    },
  );

  app.post(
    '/cases/:id/conferences/:conferenceId/hold',
    {
      config: access,
      schema: {
        tags,
        summary:
          'Leg het gehouden casusoverleg vast: aanwezigheid, casuscoördinator, plan van aanpak, rollen, afschalingscriteria, verslag (Art. 8.4); If-Match is de versie van de casus',
        params: conferenceParamsSchema,
        headers: ifMatchHeaders,
        body: conferenceRecordSchema,
        response: { 200: caseRefSchema },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      const { id, conferenceId } = request.params;
      await visibleCase(ctx, p, id, 'read');
      const version = requireIfMatch(request);
      const ref = await holdConference(ctx, p, id, conferenceId, version, request.body, traceOf(request));
      setEtag(reply, ref.version);
      return ref;
    },
  );

  app.post(
    '/cases/:id/plan-follow-up',
    {
      config: access,
      schema: {
        tags,
        summary: 'Vraag een vervolgoverleg aan (procesregisseur of casuscoördinator, Art. 1.9, 8.6)',
        params: idParamsSchema,
        headers: ifMatchHeaders,
        body: followUpSchema,
        response: { 200: caseRefSchema },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      await visibleCase(ctx, p, request.params.id, 'plan-follow-up');
      const version = requireIfMatch(request);
      const ref = await planFollowUp(
        ctx,
        p,
        request.params.id,
        version,
        request.body?.reason,
        traceOf(request),
      );
      setEtag(reply, ref.version);
      return ref;
    },
  );

  app.get(
    '/cases/:id/conferences/:conferenceId/invitation.ics',
    {
      config: access,
      schema: {
        tags,
        summary:
          'De uitnodiging als iCalendar-bestand, zonder persoonsgegevens (procesregisseur en genoemde deelnemers)',
        params: conferenceParamsSchema,
        produces: ['text/calendar'],
        response: { 200: z.string().describe('iCalendar (RFC 5545)') },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      const { id, conferenceId } = request.params;
      const loaded = await visibleCase(ctx, p, id, 'read');
      const conf = await conferenceOf(ctx.db, id, conferenceId);
      const refusal = checkInvitation(p, loaded, conferenceId);
      if (refusal) throw refusal;
      const base = settings.PUBLIC_URL
        ? settings.PUBLIC_URL.replace(/\/+$/, '')
        : `${request.protocol}://${request.host}`;
      const ics = conferenceIcs({
        id: conf.id,
        caseNumber: loaded.row.case_number,
        startsAt: conf.starts_at,
        endsAt: conf.ends_at,
        status: conf.status,
        sequence: conf.version - 1,
        link: `${base}/casussen/${id}`,
        uidDomain: new URL(base).hostname || 'ketenhuis',
        now: new Date(),
      });
      return reply
        .type('text/calendar; charset=utf-8')
        .header(
          'Content-Disposition',
          `attachment; filename="casusoverleg-${loaded.row.case_number}-${conf.sequence}.ics"`,
        )
        .header('Cache-Control', 'no-store')
        .send(Buffer.from(ics, 'utf8') as unknown as string);
    },
  );
}
