/**
 * What the secretary records about a meeting (Art. 4.6, 6.9): who attended, and the minutes; and
 * the invitation as an iCalendar file for the body's members. Attendance names people, so its
 * recording is logged (processing.ts). All changes need the meeting's If-Match.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/http/app.js';
import { requireIfMatch, setEtag, staleWrite } from '../../platform/http/etag.js';
import { ProblemError } from '../../platform/http/problem.js';
import { nowUtc } from '../../platform/ids.js';
import { membersOf } from './bodies.js';
import { actorOf, govContext, tags } from './context.js';
import { calendarOf } from './ical.js';
import { visibleMeeting } from './meeting-routes.js';
import { meetingDetail, meetingSchema } from './meeting-view.js';
import { requireSecretary } from './policy.js';
import { logNamesRead, logWrite } from './processing.js';
import { idParamsSchema, ifMatchHeaders } from './schemas.js';

const attendanceSchema = z
  .strictObject({
    items: z
      .array(z.strictObject({ userId: z.uuid(), status: z.enum(['present', 'absent', 'excused']) }))
      .max(200),
  })
  .meta({ id: 'AttendanceUpdate' });

const minutesSchema = z
  .strictObject({ minutes: z.string().max(100_000), status: z.enum(['draft', 'adopted']) })
  .meta({ id: 'MinutesUpdate' });

export function meetingRecordRoutes(fastify: FastifyInstance, deps: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = govContext(deps);

  app.put(
    '/meetings/:id/attendance',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Leg de aanwezigheid van de leden vast (secretaris)',
        params: idParamsSchema,
        headers: ifMatchHeaders,
        body: attendanceSchema,
        response: { 200: meetingSchema },
      },
    },
    async (request, reply) => {
      const a = await actorOf(db, request);
      const row = await visibleMeeting(db, a, request.params.id);
      requireSecretary(a, row.body_id);
      const expected = requireIfMatch(request);
      const items = request.body.items;
      const members = new Set((await membersOf(db, row.body_id)).map((m) => m.userId));
      const ids = items.map((i) => i.userId);
      if (new Set(ids).size !== ids.length)
        throw new ProblemError('validation', 'Body ongeldig — items: een lid staat dubbel');
      if (ids.some((id) => !members.has(id)))
        throw new ProblemError(
          'validation',
          'Body ongeldig — items: alleen leden van het orgaan (Art. 4.3, 6.3)',
        );
      if (row.status === 'cancelled') throw new ProblemError('conflict', 'de vergadering is geannuleerd');
      await db.transaction().execute(async (trx) => {
        const res = await trx
          .updateTable('governance_meetings')
          .set({ version: expected + 1, updated_at: nowUtc() })
          .where('id', '=', row.id)
          .where('version', '=', expected)
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) !== 1) throw staleWrite();
        await trx.deleteFrom('governance_attendance').where('meeting_id', '=', row.id).execute();
        if (items.length)
          await trx
            .insertInto('governance_attendance')
            .values(
              items.map((i) => ({
                meeting_id: row.id,
                user_id: i.userId,
                status: i.status,
                recorded_at: nowUtc(),
              })),
            )
            .execute();
        await logWrite(trx, request, 'governance.attendance.record', 'update', ids);
      });
      const fresh = await visibleMeeting(db, a, row.id);
      const { detail, named } = await meetingDetail(db, a, fresh);
      await logNamesRead(db, request, 'governance.meeting.read', named);
      setEtag(reply, fresh.version);
      return detail;
    },
  );

  app.put(
    '/meetings/:id/minutes',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Schrijf of stel het verslag van de vergadering vast (secretaris, Art. 4.6, 6.9)',
        params: idParamsSchema,
        headers: ifMatchHeaders,
        body: minutesSchema,
        response: { 200: meetingSchema },
      },
    },
    async (request, reply) => {
      const a = await actorOf(db, request);
      const row = await visibleMeeting(db, a, request.params.id);
      requireSecretary(a, row.body_id);
      const expected = requireIfMatch(request);
      if (row.status !== 'held')
        throw new ProblemError('conflict', 'een verslag hoort bij een gehouden vergadering');
      if (row.minutes_status === 'adopted')
        throw new ProblemError('conflict', 'het verslag is al vastgesteld');
      const res = await db
        .updateTable('governance_meetings')
        .set({
          minutes: request.body.minutes,
          minutes_status: request.body.status,
          version: expected + 1,
          updated_at: nowUtc(),
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

  app.get(
    '/meetings/:id/calendar',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Uitnodiging als iCalendar-bestand (RFC 5545; alleen leden)',
        params: idParamsSchema,
        produces: ['text/calendar'],
        response: { 200: z.string().describe('text/calendar; één VEVENT in UTC') },
      },
    },
    async (request, reply) => {
      const a = await actorOf(db, request);
      const row = await visibleMeeting(db, a, request.params.id);
      const house = await db.selectFrom('house').select(['uri_base', 'short_name']).executeTakeFirstOrThrow();
      const body = calendarOf(
        {
          uid: `${row.id}@${house.uri_base.replace(/[^A-Za-z0-9.-]/g, '-')}`,
          sequence: row.version,
          startsAt: row.starts_at,
          endsAt: row.ends_at,
          stampedAt: row.updated_at,
          summary: `${row.body_name}: ${row.title}`,
          location: row.location,
          url: row.online_link,
          description: `${house.short_name}. Vergadering is niet openbaar (Art. 5.7, 7.5).`,
          cancelled: row.status === 'cancelled',
        },
        `-//Ketenhuis//${house.short_name}//NL`,
      );
      return reply
        .type('text/calendar; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="vergadering-${row.id}.ics"`)
        .send(Buffer.from(body, 'utf8') as unknown as string); // a Buffer bypasses the JSON serializer
    },
  );
}
