/**
 * External communication (Art. 19): the manager (or the secretary) proposes a statement, each
 * active party's delegate consents for their party (19.1), and the manager releases it as the
 * house's spokesperson (19.2, 11.3f). Secretary, manager and delegates read; others 404.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../platform/http/app.js';
import { requireIfMatch, setEtag, staleWrite } from '../../../platform/http/etag.js';
import { newId, nowUtc } from '../../../platform/ids.js';
import { answersOf, consentSummary, loadConsents, recordConsent, statementConsents } from './consents.js';
import {
  activePartyIds,
  type Caller,
  callerOf,
  checkBumped,
  enforce,
  hidden,
  principalOf,
  requireReader,
} from './context.js';
import {
  checkPropose,
  checkRelease,
  checkStatementConsent,
  type StatementState,
  statementStatuses,
} from './rules/communication.js';
import {
  consentBodySchema,
  consentSummarySchema,
  idParamsSchema,
  ifMatchHeaders,
  tags,
  text,
} from './schemas.js';

const actions = ['consent', 'release'] as const;
const createSchema = z
  .strictObject({ title: text(200), body: text(8000), audience: text(200) })
  .meta({ id: 'StatementCreate' });
const statementSchema = z
  .strictObject({
    id: z.uuid(),
    title: z.string(),
    body: z.string(),
    audience: z.string(),
    status: z.enum(statementStatuses),
    spokesperson: z.strictObject({ id: z.uuid(), displayName: z.string() }).nullable(),
    releasedAt: z.string().nullable(),
    consents: consentSummarySchema,
    version: z.number().int(),
    permissions: z.array(z.enum(actions)),
  })
  .meta({ id: 'Statement' });
const listSchema = z
  .strictObject({
    items: z.array(
      z.strictObject({
        id: z.uuid(),
        title: z.string(),
        status: z.enum(statementStatuses),
        createdAt: z.string(),
      }),
    ),
  })
  .meta({ id: 'StatementList' });

export function statementRoutes(fastify: FastifyInstance, { db }: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const k = db.kysely;

  async function load(caller: Caller, id: string) {
    requireReader(caller);
    const row = await k.selectFrom('statements').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw hidden();
    const active = await activePartyIds(k);
    const consents = await loadConsents(k, statementConsents, id);
    const state: StatementState = {
      status: row.status,
      activeParties: active,
      consents: answersOf(consents),
    };
    return { row, active, consents, state };
  }

  async function respond(reply: Parameters<typeof setEtag>[0], caller: Caller, id: string) {
    const { row, active, consents, state } = await load(caller, id);
    const spokesperson = row.spokesperson_user_id
      ? await k
          .selectFrom('users')
          .select(['id', 'display_name'])
          .where('id', '=', row.spokesperson_user_id)
          .executeTakeFirstOrThrow()
      : null;
    setEtag(reply, row.version);
    return {
      id: row.id,
      title: row.title,
      body: row.body,
      audience: row.audience,
      status: row.status,
      spokesperson: spokesperson ? { id: spokesperson.id, displayName: spokesperson.display_name } : null,
      releasedAt: row.released_at,
      consents: consentSummary(active, consents),
      version: row.version,
      permissions: actions.filter(
        (a) => (a === 'consent' ? checkStatementConsent(caller, state) : checkRelease(caller, state)).ok,
      ),
    };
  }

  app.get(
    '/statements',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'Verklaringen naar derden (Art. 19)', response: { 200: listSchema } },
    },
    async (request) => {
      requireReader(await callerOf(k, principalOf(request)));
      const rows = await k
        .selectFrom('statements')
        .select(['id', 'title', 'status', 'created_at'])
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(500)
        .execute();
      return {
        items: rows.map((r) => ({ id: r.id, title: r.title, status: r.status, createdAt: r.created_at })),
      };
    },
  );

  app.post(
    '/statements',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Stel een verklaring naar derden voor (Art. 19.2)',
        body: createSchema,
        response: { 201: statementSchema },
      },
    },
    async (request, reply) => {
      const caller = await callerOf(k, principalOf(request));
      requireReader(caller);
      enforce(checkPropose(caller));
      const id = newId();
      const now = nowUtc();
      await k
        .insertInto('statements')
        .values({
          id,
          ...request.body,
          status: 'proposed',
          proposed_by_user_id: caller.userId,
          spokesperson_user_id: null,
          released_at: null,
          created_at: now,
          updated_at: now,
          version: 1,
        })
        .execute();
      reply.header('Location', `/api/v1/statements/${id}`);
      reply.status(201);
      return respond(reply, caller, id);
    },
  );

  app.get(
    '/statements/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Eén verklaring met de instemming per partij',
        params: idParamsSchema,
        response: { 200: statementSchema },
      },
    },
    async (request, reply) => respond(reply, await callerOf(k, principalOf(request)), request.params.id),
  );

  app.post(
    '/statements/:id/consent',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Instemming of bezwaar van de eigen partij (afgevaardigde, Art. 19.1)',
        params: idParamsSchema,
        headers: ifMatchHeaders,
        body: consentBodySchema,
        response: { 200: statementSchema },
      },
    },
    async (request, reply) => {
      const caller = await callerOf(k, principalOf(request));
      const { row, state } = await load(caller, request.params.id);
      const version = requireIfMatch(request);
      enforce(checkStatementConsent(caller, state));
      await k.transaction().execute(async (trx) => {
        const res = await trx
          .updateTable('statements')
          .set({ updated_at: nowUtc(), version: version + 1 })
          .where('id', '=', row.id)
          .where('version', '=', version)
          .executeTakeFirst();
        checkBumped(res, staleWrite);
        await recordConsent(
          trx,
          statementConsents,
          row.id,
          caller.partyId ?? '',
          caller.userId,
          request.body,
        );
      });
      return respond(reply, caller, row.id);
    },
  );

  app.post(
    '/statements/:id/release',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Breng de verklaring naar buiten als woordvoerder (Manager, Art. 19.2)',
        params: idParamsSchema,
        headers: ifMatchHeaders,
        body: z.strictObject({}),
        response: { 200: statementSchema },
      },
    },
    async (request, reply) => {
      const caller = await callerOf(k, principalOf(request));
      const { row, state } = await load(caller, request.params.id);
      const version = requireIfMatch(request);
      enforce(checkRelease(caller, state));
      const now = nowUtc();
      const res = await k
        .updateTable('statements')
        .set({
          status: 'released',
          spokesperson_user_id: caller.userId,
          released_at: now,
          updated_at: now,
          version: version + 1,
        })
        .where('id', '=', row.id)
        .where('version', '=', version)
        .executeTakeFirst();
      checkBumped(res, staleWrite);
      return respond(reply, caller, row.id);
    },
  );
}
