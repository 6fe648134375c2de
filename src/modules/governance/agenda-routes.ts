/**
 * Agenda items (Art. 4.6, 5.2, 6.9): the secretary builds the agenda from the input of the body's
 * own members and of the other body (the Stuurgroep's agenda takes input from the Partneroverleg
 * and vice versa), on behalf of their party where they speak for one. Members of the other body
 * see only what they contributed; the secretary schedules, orders or declines items.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/http/app.js';
import { requireIfMatch, setEtag, staleWrite } from '../../platform/http/etag.js';
import { ProblemError } from '../../platform/http/problem.js';
import { newId, nowUtc } from '../../platform/ids.js';
import { actorOf, bodyById, bodyByKey, type Db, type GovActor, govContext, tags } from './context.js';
import { agendaItemSchema, agendaItems } from './meeting-view.js';
import { hidden, isMember, isSecretary, requireSecretary } from './policy.js';
import { logNamesRead, logWrite } from './processing.js';
import { informedBody } from './rules/referral.js';
import { idParamsSchema, ifMatchHeaders, text } from './schemas.js';

const createSchema = z
  .strictObject({
    bodyId: z.uuid(),
    meetingId: z.uuid().nullable().default(null),
    title: text(200),
    description: z.string().trim().max(10_000).default(''),
    forPartyId: z.uuid().nullable().default(null).describe('De partij namens wie de inbreng komt (Art. 5.2)'),
  })
  .meta({ id: 'AgendaItemCreate' });

const updateSchema = z
  .strictObject({
    meetingId: z.uuid().nullable().optional(),
    status: z.enum(['proposed', 'scheduled', 'declined']).optional(),
    position: z.number().int().min(0).max(1000).optional(),
    title: text(200).optional(),
    description: z.string().trim().max(10_000).optional(),
  })
  .meta({ id: 'AgendaItemUpdate' });

const listSchema = z.strictObject({ items: z.array(agendaItemSchema) }).meta({ id: 'AgendaItems' });

/** Whether the caller sits in the body whose secretary informs this body, i.e. gives it input (Art. 4.6, 6.9). */
async function inOtherBody(db: Db, a: GovActor, bodyKey: string): Promise<boolean> {
  const otherKey = informedBody(bodyKey);
  if (!otherKey) return false;
  const other = await bodyByKey(db, otherKey);
  return other !== undefined && isMember(a, other.id);
}

async function plannedMeetingOf(db: Db, bodyId: string, meetingId: string) {
  const m = await db
    .selectFrom('governance_meetings')
    .select(['id', 'status'])
    .where('id', '=', meetingId)
    .where('body_id', '=', bodyId)
    .executeTakeFirst();
  if (!m) throw new ProblemError('validation', 'Body ongeldig — meetingId: geen vergadering van dit orgaan');
  if (m.status !== 'planned') throw new ProblemError('conflict', 'de vergadering is niet meer gepland');
}

export function agendaRoutes(fastify: FastifyInstance, deps: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = govContext(deps);

  app.post(
    '/agenda-items',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary:
          'Breng een agendapunt in (leden van het orgaan of van het andere orgaan, Art. 4.6, 5.2, 6.9)',
        body: createSchema,
        response: { 201: agendaItemSchema },
      },
    },
    async (request, reply) => {
      const a = await actorOf(db, request);
      const b = request.body;
      const body = await bodyById(db, b.bodyId);
      if (!body) throw hidden();
      const member = isMember(a, body.id);
      if (!member && !(await inOtherBody(db, a, body.key))) throw hidden();
      if (!member && b.meetingId)
        throw new ProblemError(
          'forbidden',
          'inbreng van het andere orgaan plant de secretaris in (Art. 4.6, 6.9)',
        );
      if (b.meetingId) await plannedMeetingOf(db, body.id, b.meetingId);
      if (b.forPartyId) {
        const mine = new Set([a.principal.partyId, ...[...a.seats.values()].flatMap((s) => s.votesFor)]);
        if (!mine.has(b.forPartyId))
          throw new ProblemError(
            'forbidden',
            'u brengt alleen in namens uw eigen partij of een partij waarvoor u stemt',
          );
      }
      const secretary = isSecretary(a, body.id);
      const id = newId();
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('governance_agenda_items')
          .values({
            id,
            body_id: body.id,
            meeting_id: b.meetingId,
            title: b.title,
            description: b.description,
            contributed_by_user_id: a.principal.userId,
            contributed_for_party_id: b.forPartyId,
            source: secretary ? 'secretary' : member ? 'member' : 'other-body',
            status: secretary && b.meetingId ? 'scheduled' : 'proposed',
            position: 0,
            created_at: nowUtc(),
            version: 1,
          })
          .execute();
        await logWrite(trx, request, 'governance.agenda-item.create', 'create', [a.principal.userId]);
      });
      const [item] = await agendaItems(db, { ids: [id] });
      setEtag(reply, 1);
      reply.header('Location', `/api/v1/agenda-items/${id}`);
      return reply.status(201).send(item as NonNullable<typeof item>);
    },
  );

  app.get(
    '/agenda-items',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Agendapunten van uw organen, en uw eigen inbreng bij het andere orgaan',
        querystring: z.strictObject({ bodyId: z.uuid().optional(), unscheduled: z.stringbool().optional() }),
        response: { 200: listSchema },
      },
    },
    async (request) => {
      const a = await actorOf(db, request);
      const { bodyId, unscheduled } = request.query;
      let q = db.selectFrom('governance_agenda_items').select('id');
      const bodies = [...a.seats.keys()];
      q = q.where((eb) =>
        eb.or([
          ...(bodies.length ? [eb('body_id', 'in', bodies)] : []),
          eb('contributed_by_user_id', '=', a.principal.userId),
        ]),
      );
      if (bodyId) q = q.where('body_id', '=', bodyId);
      if (unscheduled) q = q.where('status', '=', 'proposed');
      const ids = (await q.limit(500).execute()).map((r) => r.id);
      const items = await agendaItems(db, { ids });
      await logNamesRead(
        db,
        request,
        'governance.agenda-item.read',
        items.map((i) => i.contributedBy.id),
      );
      return { items };
    },
  );

  app.patch(
    '/agenda-items/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Plan, orden of wijs een agendapunt af (secretaris, Art. 4.6, 6.9)',
        params: idParamsSchema,
        headers: ifMatchHeaders,
        body: updateSchema,
        response: { 200: agendaItemSchema },
      },
    },
    async (request, reply) => {
      const a = await actorOf(db, request);
      const row = await db
        .selectFrom('governance_agenda_items')
        .selectAll()
        .where('id', '=', request.params.id)
        .executeTakeFirst();
      if (!row || !(isMember(a, row.body_id) || row.contributed_by_user_id === a.principal.userId))
        throw hidden();
      if (!isMember(a, row.body_id))
        throw new ProblemError(
          'forbidden',
          'alleen de secretaris van het orgaan wijzigt de agenda (Art. 4.6, 6.9)',
        );
      requireSecretary(a, row.body_id);
      const expected = requireIfMatch(request);
      const u = request.body;
      const meetingId = u.meetingId !== undefined ? u.meetingId : row.meeting_id;
      if (meetingId && meetingId !== row.meeting_id) await plannedMeetingOf(db, row.body_id, meetingId);
      const status = u.status ?? (meetingId && !row.meeting_id ? 'scheduled' : row.status);
      if (status === 'scheduled' && !meetingId)
        throw new ProblemError(
          'validation',
          'Body ongeldig — meetingId: een gepland agendapunt hoort bij een vergadering',
        );
      const res = await db
        .updateTable('governance_agenda_items')
        .set({
          meeting_id: meetingId,
          status,
          ...(u.position !== undefined && { position: u.position }),
          ...(u.title !== undefined && { title: u.title }),
          ...(u.description !== undefined && { description: u.description }),
          version: expected + 1,
        })
        .where('id', '=', row.id)
        .where('version', '=', expected)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) throw staleWrite();
      const [item] = await agendaItems(db, { ids: [row.id] });
      setEtag(reply, expected + 1);
      return item;
    },
  );
}
