/**
 * Decision lists (Art. 5.6, 6.9, 7.4): the secretary informs the other body in writing of the
 * decisions taken at a meeting. Sending records a snapshot of those decisions, when, by whom and
 * to how many members; the list is readable by the members of both bodies (and nobody else: 404).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/http/app.js';
import { ProblemError } from '../../platform/http/problem.js';
import { newId, nowUtc } from '../../platform/ids.js';
import { membersOf } from './bodies.js';
import { actorOf, bodyByKey, type Db, type GovActor, govContext, tags } from './context.js';
import { decisionStatus } from './decision-view.js';
import { visibleMeeting } from './meeting-routes.js';
import { hidden, isMember, requireSecretary } from './policy.js';
import { informedBody } from './rules/referral.js';
import { bodyRef, idParamsSchema, instant } from './schemas.js';

const entrySchema = z.strictObject({
  decisionId: z.uuid(),
  title: z.string(),
  proposal: z.string(),
  status: decisionStatus,
  consensus: z.boolean(),
  for: z.number().int().nullable(),
  against: z.number().int().nullable(),
  abstain: z.number().int().nullable(),
});

const listSchema = z
  .strictObject({
    id: z.uuid(),
    meeting: z.strictObject({ id: z.uuid(), title: z.string(), startsAt: instant }),
    from: bodyRef,
    to: bodyRef,
    sentAt: instant,
    sentBy: z.strictObject({ id: z.uuid(), name: z.string() }),
    recipientCount: z.number().int(),
    decisions: z.array(entrySchema),
  })
  .meta({ id: 'DecisionList' });

const TAKEN = ['adopted', 'rejected', 'undecided', 'referred'] as const;

async function lists(db: Db, where: { id?: string; bodies?: string[] }) {
  let q = db
    .selectFrom('governance_decision_lists as l')
    .innerJoin('governance_meetings as m', 'm.id', 'l.meeting_id')
    .innerJoin('bodies as f', 'f.id', 'l.from_body_id')
    .innerJoin('bodies as t', 't.id', 'l.to_body_id')
    .innerJoin('users as u', 'u.id', 'l.sent_by_user_id')
    .selectAll('l')
    .select([
      'm.title',
      'm.starts_at',
      'f.key as f_key',
      'f.name as f_name',
      't.key as t_key',
      't.name as t_name',
      'u.display_name',
    ]);
  if (where.id) q = q.where('l.id', '=', where.id);
  if (where.bodies) {
    const bodies = where.bodies;
    q = q.where((eb) => eb.or([eb('l.from_body_id', 'in', bodies), eb('l.to_body_id', 'in', bodies)]));
  }
  const rows = await q.orderBy('l.sent_at', 'desc').limit(200).execute();
  return rows.map((r) => ({
    id: r.id,
    meeting: { id: r.meeting_id, title: r.title, startsAt: r.starts_at },
    from: { id: r.from_body_id, key: r.f_key, name: r.f_name },
    to: { id: r.to_body_id, key: r.t_key, name: r.t_name },
    sentAt: r.sent_at,
    sentBy: { id: r.sent_by_user_id, name: r.display_name },
    recipientCount: r.recipient_count,
    decisions: JSON.parse(r.content_json) as z.infer<typeof entrySchema>[],
  }));
}

const canRead = (a: GovActor, l: { from: { id: string }; to: { id: string } }) =>
  isMember(a, l.from.id) || isMember(a, l.to.id);

export function decisionListRoutes(fastify: FastifyInstance, deps: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = govContext(deps);

  app.post(
    '/meetings/:id/decision-list',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary:
          'Stuur de besluitenlijst van een vergadering schriftelijk naar het andere orgaan (secretaris, Art. 5.6, 7.4)',
        params: idParamsSchema,
        response: { 201: listSchema },
      },
    },
    async (request, reply) => {
      const a = await actorOf(db, request);
      const meeting = await visibleMeeting(db, a, request.params.id);
      requireSecretary(a, meeting.body_id);
      const toKey = informedBody(meeting.body_key);
      const to = toKey ? await bodyByKey(db, toKey) : undefined;
      if (!to) throw new ProblemError('conflict', 'dit orgaan informeert geen ander orgaan (Art. 5.6, 7.4)');
      const decisions = await db
        .selectFrom('governance_decisions')
        .selectAll()
        .where('meeting_id', '=', meeting.id)
        .where('status', 'in', [...TAKEN])
        .orderBy('created_at')
        .execute();
      if (!decisions.length)
        throw new ProblemError('conflict', 'in deze vergadering is nog geen besluit genomen');
      const content = decisions.map((d) => {
        const t = d.tally_json
          ? (JSON.parse(d.tally_json) as { for: number; against: number; abstain: number })
          : null;
        return {
          decisionId: d.id,
          title: d.title,
          proposal: d.proposal,
          status: d.status,
          consensus: d.consensus === 1,
          for: t?.for ?? null,
          against: t?.against ?? null,
          abstain: t?.abstain ?? null,
        };
      });
      const id = newId();
      await db
        .insertInto('governance_decision_lists')
        .values({
          id,
          meeting_id: meeting.id,
          from_body_id: meeting.body_id,
          to_body_id: to.id,
          sent_at: nowUtc(),
          sent_by_user_id: a.principal.userId,
          recipient_count: (await membersOf(db, to.id)).length,
          content_json: JSON.stringify(content),
        })
        .execute();
      const [list] = await lists(db, { id });
      reply.header('Location', `/api/v1/decision-lists/${id}`);
      return reply.status(201).send(list as NonNullable<typeof list>);
    },
  );

  app.get(
    '/decision-lists',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Besluitenlijsten die uw orgaan verstuurde of ontving (Art. 5.6, 7.4)',
        response: { 200: z.strictObject({ items: z.array(listSchema) }).meta({ id: 'DecisionLists' }) },
      },
    },
    async (request) => {
      const a = await actorOf(db, request);
      const bodies = [...a.seats.keys()];
      return { items: bodies.length ? await lists(db, { bodies }) : [] };
    },
  );

  app.get(
    '/decision-lists/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Eén besluitenlijst (leden van beide organen)',
        params: idParamsSchema,
        response: { 200: listSchema },
      },
    },
    async (request) => {
      const a = await actorOf(db, request);
      const [list] = await lists(db, { id: request.params.id });
      if (!list || !canRead(a, list)) throw hidden();
      return list;
    },
  );
}
