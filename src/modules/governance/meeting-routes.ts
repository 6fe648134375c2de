/**
 * Meetings of the bodies (Art. 4.2, 4.6, 6.2, 6.4, 6.9): the secretary schedules and updates them;
 * only the body's members see them (Art. 5.7, 7.5), everyone else gets 404. A Partneroverleg may
 * be held at a party's request (Art. 6.2): kind `requested` names that party.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/http/app.js';
import { requireIfMatch, setEtag, staleWrite } from '../../platform/http/etag.js';
import { ProblemError } from '../../platform/http/problem.js';
import { newId, nowUtc } from '../../platform/ids.js';
import { actorOf, bodyById, type Db, type GovActor, govContext, tags } from './context.js';
import { meetingDetail, meetingQuery, meetingSchema, summaryOf } from './meeting-view.js';
import { hidden, isMember, requireSecretary } from './policy.js';
import { logNamesRead } from './processing.js';
import {
  idParamsSchema,
  ifMatchHeaders,
  meetingCreateSchema,
  meetingSummarySchema,
  meetingUpdateSchema,
} from './schemas.js';

const listSchema = z.strictObject({ items: z.array(meetingSummarySchema) }).meta({ id: 'Meetings' });

interface Shape {
  bodyKey: string;
  kind: 'regular' | 'requested' | 'annual';
  requestedByPartyId: string | null;
  startsAt: string;
  endsAt: string;
}

async function shapeProblem(db: Db, m: Shape): Promise<ProblemError | null> {
  if (m.endsAt <= m.startsAt)
    return new ProblemError('validation', 'Body ongeldig — endsAt: ligt niet na startsAt');
  if (m.kind === 'annual' && m.bodyKey !== 'jaarvergadering')
    return new ProblemError(
      'validation',
      'Body ongeldig — kind: alleen de jaarvergadering is een jaarlijks overleg (Art. 6.4)',
    );
  if ((m.kind === 'requested') !== (m.requestedByPartyId !== null))
    return new ProblemError(
      'validation',
      'Body ongeldig — requestedByPartyId: hoort bij een overleg op verzoek van een partij (Art. 6.2)',
    );
  if (m.requestedByPartyId) {
    const party = await db
      .selectFrom('parties')
      .select('id')
      .where('id', '=', m.requestedByPartyId)
      .where('status', '=', 'active')
      .executeTakeFirst();
    if (!party)
      return new ProblemError('validation', 'Body ongeldig — requestedByPartyId: geen actieve partij');
  }
  return null;
}

export async function visibleMeeting(db: Db, a: GovActor, id: string) {
  const row = await meetingQuery(db).where('m.id', '=', id).executeTakeFirst();
  if (!row || !isMember(a, row.body_id)) throw hidden();
  return row;
}

export function meetingRoutes(fastify: FastifyInstance, deps: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = govContext(deps);

  app.get(
    '/meetings',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Vergaderingen van de organen waarvan u lid bent (Art. 5.7, 7.5)',
        querystring: z.strictObject({
          bodyId: z.uuid().optional(),
          year: z.coerce.number().int().min(2000).max(2100).optional(),
        }),
        response: { 200: listSchema },
      },
    },
    async (request) => {
      const a = await actorOf(db, request);
      const { bodyId, year } = request.query;
      const bodies = [...a.seats.keys()].filter((b) => !bodyId || b === bodyId);
      if (!bodies.length) return { items: [] };
      let q = meetingQuery(db).where('m.body_id', 'in', bodies);
      if (year)
        q = q.where('m.starts_at', '>=', `${year - 1}-12-31`).where('m.starts_at', '<', `${year + 1}-01-02`);
      const rows = await q.orderBy('m.starts_at').orderBy('m.id').execute();
      return { items: rows.map(summaryOf) };
    },
  );

  app.post(
    '/meetings',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Plan een vergadering (secretaris van het orgaan, Art. 4.6, 6.9)',
        body: meetingCreateSchema,
        response: { 201: meetingSchema },
      },
    },
    async (request, reply) => {
      const a = await actorOf(db, request);
      const b = request.body;
      requireSecretary(a, b.bodyId);
      const body = await bodyById(db, b.bodyId);
      if (!body) throw hidden();
      const problem = await shapeProblem(db, { ...b, bodyKey: body.key });
      if (problem) throw problem;
      const id = newId();
      const now = nowUtc();
      await db
        .insertInto('governance_meetings')
        .values({
          id,
          body_id: b.bodyId,
          title: b.title,
          kind: b.kind,
          requested_by_party_id: b.requestedByPartyId,
          starts_at: new Date(b.startsAt).toISOString(),
          ends_at: new Date(b.endsAt).toISOString(),
          location: b.location,
          online_link: b.onlineLink,
          status: 'planned',
          minutes: null,
          minutes_status: 'none',
          created_by_user_id: a.principal.userId,
          created_at: now,
          updated_at: now,
          version: 1,
        })
        .execute();
      const row = await visibleMeeting(db, a, id);
      const { detail, named } = await meetingDetail(db, a, row);
      await logNamesRead(db, request, 'governance.meeting.read', named);
      setEtag(reply, 1);
      reply.header('Location', `/api/v1/meetings/${id}`);
      return reply.status(201).send(detail);
    },
  );

  app.get(
    '/meetings/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary:
          'Eén vergadering met agenda, aanwezigheid, besluiten en verslag (alleen leden, Art. 5.7, 7.5)',
        params: idParamsSchema,
        response: { 200: meetingSchema },
      },
    },
    async (request, reply) => {
      const a = await actorOf(db, request);
      const row = await visibleMeeting(db, a, request.params.id);
      const { detail, named } = await meetingDetail(db, a, row);
      await logNamesRead(db, request, 'governance.meeting.read', named);
      setEtag(reply, row.version);
      return detail;
    },
  );

  app.patch(
    '/meetings/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Wijzig, verplaats, annuleer of markeer een vergadering als gehouden (secretaris)',
        params: idParamsSchema,
        headers: ifMatchHeaders,
        body: meetingUpdateSchema,
        response: { 200: meetingSchema },
      },
    },
    async (request, reply) => {
      const a = await actorOf(db, request);
      const row = await visibleMeeting(db, a, request.params.id);
      requireSecretary(a, row.body_id);
      const expected = requireIfMatch(request);
      const u = request.body;
      const next = {
        bodyKey: row.body_key,
        kind: u.kind ?? row.kind,
        requestedByPartyId:
          u.requestedByPartyId !== undefined ? u.requestedByPartyId : row.requested_by_party_id,
        startsAt: u.startsAt ? new Date(u.startsAt).toISOString() : row.starts_at,
        endsAt: u.endsAt ? new Date(u.endsAt).toISOString() : row.ends_at,
      };
      const problem = await shapeProblem(db, next);
      if (problem) throw problem;
      const res = await db
        .updateTable('governance_meetings')
        .set({
          ...(u.title !== undefined && { title: u.title }),
          kind: next.kind,
          requested_by_party_id: next.requestedByPartyId,
          starts_at: next.startsAt,
          ends_at: next.endsAt,
          ...(u.location !== undefined && { location: u.location }),
          ...(u.onlineLink !== undefined && { online_link: u.onlineLink }),
          ...(u.status !== undefined && { status: u.status }),
          updated_at: nowUtc(),
          version: expected + 1,
        })
        .where('id', '=', row.id)
        .where('version', '=', expected)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) throw staleWrite();
      const fresh = await visibleMeeting(db, a, row.id);
      const { detail, named } = await meetingDetail(db, a, fresh);
      await logNamesRead(db, request, 'governance.meeting.read', named);
      setEtag(reply, fresh.version);
      return detail;
    },
  );
}
