/**
 * Disputes about role-holders (Art. 11.4, 12.4, 13.4): raised by a party's professional or a
 * member of staff, handled by the person or body the covenant names, escalated one step at most,
 * ended by a recorded resolution. Only the raiser and those who handle (or handled) it see it.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DisputeTable } from '../../../platform/db/schema.js';
import type { AppDeps } from '../../../platform/http/app.js';
import { requireIfMatch, setEtag, staleWrite } from '../../../platform/http/etag.js';
import { newId, nowUtc } from '../../../platform/ids.js';
import { type Caller, callerOf, checkBumped, enforce, hidden, principalOf } from './context.js';
import {
  canSee,
  checkEscalate,
  checkRaise,
  checkResolve,
  type DisputeState,
  disputeSubjects,
  forumOf,
  forums,
  ladders,
} from './rules/disputes.js';
import { dateSchema, idParamsSchema, ifMatchHeaders, tags, text } from './schemas.js';

const actions = ['escalate', 'resolve'] as const;
const raiseSchema = z
  .strictObject({ subject: z.enum(disputeSubjects), about: text(200), description: text(4000) })
  .meta({ id: 'DisputeCreate' });
const escalateSchema = z.strictObject({ note: text(4000) }).meta({ id: 'DisputeEscalation' });
const resolveSchema = z
  .strictObject({ resolution: text(4000), resolvedOn: dateSchema })
  .meta({ id: 'DisputeResolution' });
const disputeSchema = z
  .strictObject({
    id: z.uuid(),
    subject: z.enum(disputeSubjects),
    article: z.string(),
    about: z.string(),
    description: z.string(),
    status: z.enum(['open', 'resolved']),
    forum: z.enum(forums),
    ladder: z.array(z.enum(forums)),
    resolution: z.string().nullable(),
    resolvedOn: z.string().nullable(),
    steps: z.array(
      z.strictObject({
        at: z.string(),
        kind: z.enum(['raised', 'escalated', 'resolved']),
        forum: z.string(),
        note: z.string(),
      }),
    ),
    version: z.number().int(),
    permissions: z.array(z.enum(actions)),
  })
  .meta({ id: 'Dispute' });
const listSchema = z
  .strictObject({
    items: z.array(
      z.strictObject({
        id: z.uuid(),
        subject: z.enum(disputeSubjects),
        status: z.enum(['open', 'resolved']),
        forum: z.enum(forums),
        createdAt: z.string(),
      }),
    ),
  })
  .meta({ id: 'DisputeList' });

const stateOf = (r: DisputeTable): DisputeState => ({
  subject: r.subject,
  level: r.level,
  status: r.status,
  raisedBy: r.raised_by_user_id,
});

export function disputeRoutes(fastify: FastifyInstance, { db }: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const k = db.kysely;

  async function load(caller: Caller, id: string) {
    const row = await k.selectFrom('disputes').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row || !canSee(caller, stateOf(row))) throw hidden();
    return row;
  }

  async function respond(reply: Parameters<typeof setEtag>[0], caller: Caller, id: string) {
    const r = await load(caller, id);
    const steps = await k
      .selectFrom('dispute_steps')
      .select(['at', 'kind', 'forum', 'note'])
      .where('dispute_id', '=', id)
      .orderBy('at')
      .orderBy('id')
      .execute();
    const s = stateOf(r);
    setEtag(reply, r.version);
    return {
      id: r.id,
      subject: r.subject,
      article: ladders[r.subject].article,
      about: r.about,
      description: r.description,
      status: r.status,
      forum: forumOf(s),
      ladder: [...ladders[r.subject].forums],
      resolution: r.resolution,
      resolvedOn: r.resolved_on,
      steps,
      version: r.version,
      permissions: actions.filter(
        (a) => (a === 'escalate' ? checkEscalate(caller, s) : checkResolve(caller, s)).ok,
      ),
    };
  }

  app.get(
    '/disputes',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'Geschillen die ik voorlegde of behandel', response: { 200: listSchema } },
    },
    async (request) => {
      const caller = await callerOf(k, principalOf(request));
      const has = (r: string) => caller.roles.includes(r);
      const rows = await k
        .selectFrom('disputes')
        .selectAll()
        .where((eb) =>
          eb.or([
            eb('raised_by_user_id', '=', caller.userId),
            ...(has('procesregisseur') ? [eb('subject', '=', 'casuscoordinator')] : []),
            ...(has('manager') ? [eb('subject', '=', 'procesregisseur')] : []),
            ...(has('secretaris') ? [eb('subject', '=', 'manager'), eb('level', '>=', 1)] : []),
          ]),
        )
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(500)
        .execute();
      return {
        items: rows
          .filter((r) => canSee(caller, stateOf(r)))
          .map((r) => ({
            id: r.id,
            subject: r.subject,
            status: r.status,
            forum: forumOf(stateOf(r)),
            createdAt: r.created_at,
          })),
      };
    },
  );

  app.post(
    '/disputes',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Leg een geschil over een rolhouder voor (Art. 11.4, 12.4, 13.4)',
        body: raiseSchema,
        response: { 201: disputeSchema },
      },
    },
    async (request, reply) => {
      const caller = await callerOf(k, principalOf(request));
      const b = request.body;
      enforce(checkRaise(caller, b.subject));
      const id = newId();
      const now = nowUtc();
      const forum = ladders[b.subject].forums[0] ?? 'stuurgroep';
      await k.transaction().execute(async (trx) => {
        await trx
          .insertInto('disputes')
          .values({
            id,
            subject: b.subject,
            about: b.about,
            description: b.description,
            raised_by_user_id: caller.userId,
            level: 0,
            status: 'open',
            resolution: null,
            resolved_on: null,
            created_at: now,
            updated_at: now,
            version: 1,
          })
          .execute();
        await trx
          .insertInto('dispute_steps')
          .values({
            id: newId(),
            dispute_id: id,
            at: now,
            actor_user_id: caller.userId,
            kind: 'raised',
            forum,
            note: b.description,
          })
          .execute();
      });
      reply.header('Location', `/api/v1/disputes/${id}`);
      reply.status(201);
      return respond(reply, caller, id);
    },
  );

  app.get(
    '/disputes/:id',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'Eén geschil', params: idParamsSchema, response: { 200: disputeSchema } },
    },
    async (request, reply) => respond(reply, await callerOf(k, principalOf(request)), request.params.id),
  );

  app.post(
    '/disputes/:id/escalate',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Leg het geschil één stap hoger voor (Art. 12.4, 13.4)',
        params: idParamsSchema,
        headers: ifMatchHeaders,
        body: escalateSchema,
        response: { 200: disputeSchema },
      },
    },
    async (request, reply) => {
      const caller = await callerOf(k, principalOf(request));
      const r = await load(caller, request.params.id);
      const version = requireIfMatch(request);
      const s = stateOf(r);
      enforce(checkEscalate(caller, s));
      const now = nowUtc();
      const forum = forumOf({ subject: r.subject, level: r.level + 1 });
      await k.transaction().execute(async (trx) => {
        const res = await trx
          .updateTable('disputes')
          .set({ level: r.level + 1, updated_at: now, version: version + 1 })
          .where('id', '=', r.id)
          .where('version', '=', version)
          .executeTakeFirst();
        checkBumped(res, staleWrite);
        await trx
          .insertInto('dispute_steps')
          .values({
            id: newId(),
            dispute_id: r.id,
            at: now,
            actor_user_id: caller.userId,
            kind: 'escalated',
            forum,
            note: request.body.note,
          })
          .execute();
      });
      return respond(reply, caller, r.id);
    },
  );

  app.post(
    '/disputes/:id/resolve',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Leg de beslechting van het geschil vast',
        params: idParamsSchema,
        headers: ifMatchHeaders,
        body: resolveSchema,
        response: { 200: disputeSchema },
      },
    },
    async (request, reply) => {
      const caller = await callerOf(k, principalOf(request));
      const r = await load(caller, request.params.id);
      const version = requireIfMatch(request);
      const s = stateOf(r);
      enforce(checkResolve(caller, s));
      const now = nowUtc();
      const { resolution, resolvedOn } = request.body;
      await k.transaction().execute(async (trx) => {
        const res = await trx
          .updateTable('disputes')
          .set({
            status: 'resolved',
            resolution,
            resolved_on: resolvedOn,
            updated_at: now,
            version: version + 1,
          })
          .where('id', '=', r.id)
          .where('version', '=', version)
          .executeTakeFirst();
        checkBumped(res, staleWrite);
        await trx
          .insertInto('dispute_steps')
          .values({
            id: newId(),
            dispute_id: r.id,
            at: now,
            actor_user_id: caller.userId,
            kind: 'resolved',
            forum: forumOf(s),
            note: resolution,
          })
          .execute();
      });
      return respond(reply, caller, r.id);
    },
  );
}
