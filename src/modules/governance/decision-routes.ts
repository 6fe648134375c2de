/**
 * Decisions of a body (Art. 5.4, 7.1): the secretary puts a proposal on a meeting, names the
 * parties it can substantially affect (Art. 5.5, 7.2) and records whether consensus was reached.
 * Only the body's members see decisions (Art. 5.7, 7.5); others get 404.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/http/app.js';
import { requireIfMatch, setEtag, staleWrite } from '../../platform/http/etag.js';
import { ProblemError } from '../../platform/http/problem.js';
import { newId, nowUtc } from '../../platform/ids.js';
import { actorOf, type Db, type GovActor, govContext, houseSettings, tags, todayIn } from './context.js';
import { decisionDetail, decisionSchema, decisionStatus, loadDecision } from './decision-view.js';
import { hidden, isMember, requireSecretary } from './policy.js';
import { logNamesRead } from './processing.js';
import { idParamsSchema, ifMatchHeaders, text } from './schemas.js';

const createSchema = z
  .strictObject({
    bodyId: z.uuid(),
    meetingId: z.uuid().nullable().default(null),
    agendaItemId: z.uuid().nullable().default(null),
    title: text(200),
    proposal: text(20_000),
    affectedPartyIds: z
      .array(z.uuid())
      .max(100)
      .default([])
      .describe('Partijen die het besluit in belangrijke mate kan treffen'),
  })
  .meta({ id: 'DecisionCreate' });

const updateSchema = z
  .strictObject({
    meetingId: z.uuid().nullable().optional(),
    title: text(200).optional(),
    proposal: text(20_000).optional(),
    affectedPartyIds: z.array(z.uuid()).max(100).optional(),
    consensus: z.boolean().optional().describe('Er wordt gestreefd naar consensus (Art. 5.4, 7.1)'),
  })
  .meta({ id: 'DecisionUpdate' });

const listSchema = z
  .strictObject({
    items: z.array(
      z.strictObject({
        id: z.uuid(),
        bodyId: z.uuid(),
        meetingId: z.uuid().nullable(),
        title: z.string(),
        status: decisionStatus,
        referredFromId: z.uuid().nullable(),
        closedAt: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'Decisions' });

export async function visibleDecision(db: Db, a: GovActor, id: string) {
  const d = await loadDecision(db, id);
  if (!d || !isMember(a, d.body_id)) throw hidden();
  return d;
}

export async function checkMeeting(db: Db, bodyId: string, meetingId: string | null) {
  if (!meetingId) return;
  const m = await db
    .selectFrom('governance_meetings')
    .select(['status'])
    .where('id', '=', meetingId)
    .where('body_id', '=', bodyId)
    .executeTakeFirst();
  if (!m) throw new ProblemError('validation', 'Body ongeldig — meetingId: geen vergadering van dit orgaan');
  if (m.status === 'cancelled') throw new ProblemError('conflict', 'de vergadering is geannuleerd');
}

export async function checkParties(db: Db, ids: string[]) {
  if (!ids.length) return;
  const unique = [...new Set(ids)];
  const found = await db.selectFrom('parties').select('id').where('id', 'in', unique).execute();
  if (found.length !== unique.length)
    throw new ProblemError('validation', 'Body ongeldig — affectedPartyIds: onbekende partij');
}

export function decisionRoutes(fastify: FastifyInstance, deps: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = govContext(deps);
  const today = async () => todayIn((await houseSettings(db)).timezone);

  async function respond(request: Parameters<typeof actorOf>[1], a: GovActor, id: string) {
    const d = await visibleDecision(db, a, id);
    const { detail, named } = await decisionDetail(db, a, d, await today());
    await logNamesRead(db, request, 'governance.decision.read', named);
    return detail;
  }

  app.post(
    '/decisions',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Leg een voorstel ter besluitvorming voor (secretaris, Art. 5.4, 7.1)',
        body: createSchema,
        response: { 201: decisionSchema },
      },
    },
    async (request, reply) => {
      const a = await actorOf(db, request);
      const b = request.body;
      requireSecretary(a, b.bodyId);
      await checkMeeting(db, b.bodyId, b.meetingId);
      await checkParties(db, b.affectedPartyIds);
      if (b.agendaItemId) {
        const item = await db
          .selectFrom('governance_agenda_items')
          .select('body_id')
          .where('id', '=', b.agendaItemId)
          .executeTakeFirst();
        if (item?.body_id !== b.bodyId)
          throw new ProblemError(
            'validation',
            'Body ongeldig — agendaItemId: geen agendapunt van dit orgaan',
          );
      }
      const id = newId();
      const now = nowUtc();
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('governance_decisions')
          .values({
            id,
            body_id: b.bodyId,
            meeting_id: b.meetingId,
            agenda_item_id: b.agendaItemId,
            title: b.title,
            proposal: b.proposal,
            status: 'open',
            consensus: 0,
            tally_json: null,
            waiting_for_json: null,
            subject_type: null,
            subject_id: null,
            referred_from_id: null,
            referred_to_id: null,
            closed_at: null,
            created_by_user_id: a.principal.userId,
            created_at: now,
            updated_at: now,
            version: 1,
          })
          .execute();
        const affected = [...new Set(b.affectedPartyIds)];
        if (affected.length)
          await trx
            .insertInto('governance_decision_parties')
            .values(affected.map((party_id) => ({ decision_id: id, party_id })))
            .execute();
      });
      setEtag(reply, 1);
      reply.header('Location', `/api/v1/decisions/${id}`);
      return reply.status(201).send(await respond(request, a, id));
    },
  );

  app.get(
    '/decisions',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary:
          'Besluiten van de organen waarvan u lid bent, bijvoorbeeld nog niet geagendeerde verwijzingen (Art. 7.3)',
        querystring: z.strictObject({ bodyId: z.uuid().optional(), status: decisionStatus.optional() }),
        response: { 200: listSchema },
      },
    },
    async (request) => {
      const a = await actorOf(db, request);
      const bodies = [...a.seats.keys()].filter((b) => !request.query.bodyId || b === request.query.bodyId);
      if (!bodies.length) return { items: [] };
      let q = db
        .selectFrom('governance_decisions')
        .select(['id', 'body_id', 'meeting_id', 'title', 'status', 'referred_from_id', 'closed_at'])
        .where('body_id', 'in', bodies);
      if (request.query.status) q = q.where('status', '=', request.query.status);
      const rows = await q.orderBy('created_at', 'desc').limit(500).execute();
      return {
        items: rows.map((r) => ({
          id: r.id,
          bodyId: r.body_id,
          meetingId: r.meeting_id,
          title: r.title,
          status: r.status,
          referredFromId: r.referred_from_id,
          closedAt: r.closed_at,
        })),
      };
    },
  );

  app.get(
    '/decisions/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Eén besluit met stemmen, inbreng en uitkomst (alleen leden)',
        params: idParamsSchema,
        response: { 200: decisionSchema },
      },
    },
    async (request, reply) => {
      const a = await actorOf(db, request);
      const detail = await respond(request, a, request.params.id);
      setEtag(reply, detail.version);
      return detail;
    },
  );

  app.patch(
    '/decisions/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Wijzig voorstel, getroffen partijen, vergadering of consensus (secretaris, zolang open)',
        params: idParamsSchema,
        headers: ifMatchHeaders,
        body: updateSchema,
        response: { 200: decisionSchema },
      },
    },
    async (request, reply) => {
      const a = await actorOf(db, request);
      const d = await visibleDecision(db, a, request.params.id);
      requireSecretary(a, d.body_id);
      const expected = requireIfMatch(request);
      if (d.status !== 'open' && d.status !== 'held')
        throw new ProblemError('conflict', 'over dit voorstel is al besloten');
      const u = request.body;
      if (u.meetingId !== undefined) await checkMeeting(db, d.body_id, u.meetingId);
      if (u.affectedPartyIds) await checkParties(db, u.affectedPartyIds);
      await db.transaction().execute(async (trx) => {
        const res = await trx
          .updateTable('governance_decisions')
          .set({
            ...(u.meetingId !== undefined && { meeting_id: u.meetingId }),
            ...(u.title !== undefined && { title: u.title }),
            ...(u.proposal !== undefined && { proposal: u.proposal }),
            ...(u.consensus !== undefined && { consensus: u.consensus ? 1 : 0 }),
            updated_at: nowUtc(),
            version: expected + 1,
          })
          .where('id', '=', d.id)
          .where('version', '=', expected)
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) !== 1) throw staleWrite();
        if (u.affectedPartyIds) {
          await trx.deleteFrom('governance_decision_parties').where('decision_id', '=', d.id).execute();
          const affected = [...new Set(u.affectedPartyIds)];
          if (affected.length)
            await trx
              .insertInto('governance_decision_parties')
              .values(affected.map((party_id) => ({ decision_id: d.id, party_id })))
              .execute();
        }
      });
      setEtag(reply, expected + 1);
      return respond(request, a, d.id);
    },
  );
}
