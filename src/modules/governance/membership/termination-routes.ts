/**
 * HTTP routes of withdrawal (Art. 23.1, 21.3) and exclusion (23.2). The secretary records the
 * written notice or the notice of default, the Stuurgroep decision, and an announced withdrawal
 * taking effect; secretary, manager and delegates read; others 404.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PartyTerminationTable } from '../../../platform/db/schema.js';
import type { AppDeps } from '../../../platform/http/app.js';
import { requireIfMatch, setEtag } from '../../../platform/http/etag.js';
import { type Caller, callerOf, hidden, principalOf, requireReader } from './context.js';
import { terminationKinds, terminationStatuses } from './rules/termination.js';
import { dateSchema, decisionRefSchema, idParamsSchema, ifMatchHeaders, tags, text } from './schemas.js';
import { decideExclusion, recordNotice, takeEffect } from './termination-commands.js';

const actions = ['decide', 'take-effect'] as const;
const noticeSchema = z
  .strictObject({
    kind: z.enum(terminationKinds),
    partyId: z.uuid(),
    /** The date of the written notice (23.1) or of the notice of default (23.2). */
    noticeOn: dateSchema,
    reference: text(200),
    text: text(4000),
    /** Art. 21.3: the amendment the party finds unacceptable. */
    amendmentId: z.uuid().optional(),
  })
  .meta({ id: 'TerminationNotice' });
const count = z.number().int().min(0).max(100);
const decisionSchema = decisionRefSchema
  .extend({ votesFor: count, votesAgainst: count, abstentions: count })
  .meta({ id: 'ExclusionDecision' });
const terminationSchema = z
  .strictObject({
    id: z.uuid(),
    kind: z.enum(terminationKinds),
    status: z.enum(terminationStatuses),
    party: z.strictObject({ id: z.uuid(), name: z.string(), status: z.string() }),
    notice: z.strictObject({ on: z.string(), reference: z.string(), text: z.string() }),
    amendmentId: z.string().nullable(),
    effectiveOn: z.string().nullable(),
    effectiveAt: z.string().nullable(),
    decision: z
      .strictObject({
        decidedOn: z.string(),
        reference: z.string(),
        governanceDecisionId: z.string().nullable(),
        votesFor: z.number().int(),
        votesAgainst: z.number().int(),
        abstentions: z.number().int(),
      })
      .nullable(),
    lastingDuties: z.array(z.strictObject({ article: z.string(), duty: z.string(), text: z.string() })),
    version: z.number().int(),
    permissions: z.array(z.enum(actions)),
  })
  .meta({ id: 'Termination' });
const listSchema = z.strictObject({ items: z.array(terminationSchema) }).meta({ id: 'TerminationList' });

export function terminationRoutes(fastify: FastifyInstance, { db }: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const k = db.kysely;

  async function view(caller: Caller, r: PartyTerminationTable) {
    const party = await k
      .selectFrom('parties')
      .select(['id', 'name', 'status'])
      .where('id', '=', r.party_id)
      .executeTakeFirstOrThrow();
    const secretary = caller.roles.includes('secretaris');
    return {
      id: r.id,
      kind: r.kind,
      status: r.status,
      party,
      notice: { on: r.notice_on, reference: r.notice_reference, text: r.notice_text },
      amendmentId: r.amendment_id,
      effectiveOn: r.effective_on,
      effectiveAt: r.effective_at,
      decision:
        r.decided_on && r.decision_reference
          ? {
              decidedOn: r.decided_on,
              reference: r.decision_reference,
              governanceDecisionId: r.governance_decision_id,
              votesFor: Number(r.votes_for),
              votesAgainst: Number(r.votes_against),
              abstentions: Number(r.abstentions),
            }
          : null,
      lastingDuties: JSON.parse(r.lasting_duties_json),
      version: r.version,
      permissions: actions.filter(
        (a) =>
          secretary &&
          ((a === 'decide' && r.status === 'in_default') ||
            (a === 'take-effect' && r.status === 'announced')),
      ),
    };
  }

  async function load(caller: Caller, id: string) {
    requireReader(caller);
    const row = await k.selectFrom('party_terminations').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw hidden();
    return row;
  }

  async function respond(reply: Parameters<typeof setEtag>[0], caller: Caller, id: string) {
    const row = await load(caller, id);
    setEtag(reply, row.version);
    return view(caller, row);
  }

  app.get(
    '/terminations',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'Opzeggingen en uitsluitingen (Art. 23)', response: { 200: listSchema } },
    },
    async (request) => {
      const caller = await callerOf(k, principalOf(request));
      requireReader(caller);
      const rows = await k
        .selectFrom('party_terminations')
        .selectAll()
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(500)
        .execute();
      return { items: await Promise.all(rows.map((r) => view(caller, r))) };
    },
  );

  app.post(
    '/terminations',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary:
          'Leg een schriftelijke opzegging (Art. 23.1, 21.3) of een ingebrekestelling (Art. 23.2) vast',
        body: noticeSchema,
        response: { 201: terminationSchema },
      },
    },
    async (request, reply) => {
      const caller = await callerOf(k, principalOf(request));
      requireReader(caller);
      const id = await recordNotice(k, caller, request.body);
      reply.header('Location', `/api/v1/terminations/${id}`);
      reply.status(201);
      return respond(reply, caller, id);
    },
  );

  app.get(
    '/terminations/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Eén opzegging of uitsluiting',
        params: idParamsSchema,
        response: { 200: terminationSchema },
      },
    },
    async (request, reply) => respond(reply, await callerOf(k, principalOf(request)), request.params.id),
  );

  app.post(
    '/terminations/:id/decision',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Besluit van de Stuurgroep over uitsluiting, met meerderheid van stemmen (Art. 23.2)',
        params: idParamsSchema,
        headers: ifMatchHeaders,
        body: decisionSchema,
        response: { 200: terminationSchema },
      },
    },
    async (request, reply) => {
      const caller = await callerOf(k, principalOf(request));
      const row = await load(caller, request.params.id);
      await decideExclusion(k, caller, row, requireIfMatch(request), request.body);
      return respond(reply, caller, row.id);
    },
  );

  app.post(
    '/terminations/:id/take-effect',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Laat een aangekondigde opzegging ingaan zodra de wijziging van kracht is (Art. 21.3)',
        params: idParamsSchema,
        headers: ifMatchHeaders,
        body: z.strictObject({}),
        response: { 200: terminationSchema },
      },
    },
    async (request, reply) => {
      const caller = await callerOf(k, principalOf(request));
      const row = await load(caller, request.params.id);
      await takeEffect(k, caller, row, requireIfMatch(request));
      return respond(reply, caller, row.id);
    },
  );
}
