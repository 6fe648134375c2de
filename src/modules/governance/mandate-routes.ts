/**
 * Mandates (Art. 6.7, Bijlage 3): the register of which party casts another party's vote in a
 * body. Members of the body read it; its secretary records, changes and revokes mandates. A mandate
 * that would cover controllership of personal data is refused. Revocation keeps the record.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/http/app.js';
import { requireIfMatch, setEtag, staleWrite } from '../../platform/http/etag.js';
import { ProblemError } from '../../platform/http/problem.js';
import { newId, nowUtc } from '../../platform/ids.js';
import { mandatesOf, toMandate } from './bodies.js';
import { actorOf, type Db, type GovActor, govContext, houseSettings, tags, todayIn } from './context.js';
import { hidden, isMember, isSecretary, requireSecretary } from './policy.js';
import { isEffective, type MandateDraft, type MandateRefusal, mandateRefusals } from './rules/mandates.js';
import {
  idParamsSchema,
  ifMatchHeaders,
  mandateCreateSchema,
  mandateSchema,
  mandateUpdateSchema,
} from './schemas.js';

const listSchema = z.strictObject({ items: z.array(mandateSchema) }).meta({ id: 'Mandates' });

function refusalProblem(refusals: MandateRefusal[]): ProblemError | null {
  const first = refusals[0];
  if (!first) return null;
  const detail = refusals.map((r) => r.reason).join('; ');
  return new ProblemError(first.code === 'conflict' ? 'conflict' : 'validation', detail);
}

async function activeParties(db: Db): Promise<Set<string>> {
  const rows = await db.selectFrom('parties').select('id').where('status', '=', 'active').execute();
  return new Set(rows.map((r) => r.id));
}

async function view(db: Db, a: GovActor, ids: string[], today: string) {
  if (!ids.length) return [];
  const rows = await db
    .selectFrom('governance_mandates as m')
    .innerJoin('bodies', 'bodies.id', 'm.body_id')
    .innerJoin('parties as mr', 'mr.id', 'm.mandator_party_id')
    .innerJoin('parties as me', 'me.id', 'm.mandatee_party_id')
    .selectAll('m')
    .select([
      'bodies.key as body_key',
      'bodies.name as body_name',
      'mr.name as mandator_name',
      'me.name as mandatee_name',
    ])
    .where('m.id', 'in', ids)
    .orderBy('bodies.key')
    .orderBy('mr.name')
    .orderBy('m.valid_from')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    body: { id: r.body_id, key: r.body_key, name: r.body_name },
    mandator: { id: r.mandator_party_id, name: r.mandator_name },
    mandatee: { id: r.mandatee_party_id, name: r.mandatee_name },
    scope: toMandate(r).scope as ('inbreng' | 'besluiten' | 'verwerkingsverantwoordelijkheid')[],
    description: r.description,
    confirmedOn: r.confirmed_on,
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    revokedOn: r.revoked_on,
    effective: isEffective(toMandate(r), today),
    version: r.version,
    permissions:
      isSecretary(a, r.body_id) && r.revoked_on === null ? (['update', 'revoke'] as const).slice() : [],
  }));
}

export function mandateRoutes(fastify: FastifyInstance, deps: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = govContext(deps);
  const today = async () => todayIn((await houseSettings(db)).timezone);

  async function load(a: GovActor, id: string) {
    const row = await db
      .selectFrom('governance_mandates')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row || !isMember(a, row.body_id)) throw hidden();
    return row;
  }

  /** Checks the rules against all other mandates and writes, guarded by the version. */
  async function check(draft: MandateDraft) {
    const problem = refusalProblem(mandateRefusals(draft, await mandatesOf(db), await activeParties(db)));
    if (problem) throw problem;
  }

  app.get(
    '/mandates',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Mandaten in de organen waarvan u lid bent (Art. 6.7, Bijlage 3)',
        querystring: z.strictObject({ bodyId: z.uuid().optional() }),
        response: { 200: listSchema },
      },
    },
    async (request) => {
      const a = await actorOf(db, request);
      const bodies = [...a.seats.keys()].filter((b) => !request.query.bodyId || b === request.query.bodyId);
      if (!bodies.length) return { items: [] };
      const ids = await db
        .selectFrom('governance_mandates')
        .select('id')
        .where('body_id', 'in', bodies)
        .execute();
      return {
        items: await view(
          db,
          a,
          ids.map((r) => r.id),
          await today(),
        ),
      };
    },
  );

  app.post(
    '/mandates',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary:
          'Leg een mandaat vast (secretaris; verwerkingsverantwoordelijkheid wordt geweigerd, Bijlage 3)',
        body: mandateCreateSchema,
        response: { 201: mandateSchema },
      },
    },
    async (request, reply) => {
      const a = await actorOf(db, request);
      const b = request.body;
      requireSecretary(a, b.bodyId);
      const draft: MandateDraft = { ...b, revokedOn: null };
      await check(draft);
      const id = newId();
      const now = nowUtc();
      await db
        .insertInto('governance_mandates')
        .values({
          id,
          body_id: b.bodyId,
          mandator_party_id: b.mandatorPartyId,
          mandatee_party_id: b.mandateePartyId,
          scope_json: JSON.stringify(b.scope),
          description: b.description,
          confirmed_on: b.confirmedOn,
          valid_from: b.validFrom,
          valid_until: b.validUntil,
          revoked_on: null,
          created_by_user_id: a.principal.userId,
          created_at: now,
          updated_at: now,
          version: 1,
        })
        .execute();
      setEtag(reply, 1);
      reply.header('Location', `/api/v1/mandates/${id}`);
      const [item] = await view(db, a, [id], await today());
      return reply.status(201).send(item as NonNullable<typeof item>);
    },
  );

  app.get(
    '/mandates/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Eén mandaat (leden van het orgaan)',
        params: idParamsSchema,
        response: { 200: mandateSchema },
      },
    },
    async (request, reply) => {
      const a = await actorOf(db, request);
      const row = await load(a, request.params.id);
      setEtag(reply, row.version);
      const [item] = await view(db, a, [row.id], await today());
      return item;
    },
  );

  async function change(
    a: GovActor,
    id: string,
    expected: number,
    set: Partial<MandateDraft>,
    description?: string,
  ) {
    const row = await load(a, id);
    requireSecretary(a, row.body_id);
    if (row.revoked_on !== null)
      throw new ProblemError('conflict', 'een ingetrokken mandaat wijzigt niet meer');
    const next: MandateDraft = { ...toMandate(row), ...set };
    await check(next);
    const res = await db
      .updateTable('governance_mandates')
      .set({
        scope_json: JSON.stringify(next.scope),
        confirmed_on: next.confirmedOn,
        valid_until: next.validUntil,
        revoked_on: next.revokedOn,
        ...(description !== undefined && { description }),
        updated_at: nowUtc(),
        version: expected + 1,
      })
      .where('id', '=', id)
      .where('version', '=', expected)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw staleWrite();
  }

  app.patch(
    '/mandates/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Wijzig een mandaat, bijvoorbeeld de datum van schriftelijke bevestiging (secretaris)',
        params: idParamsSchema,
        headers: ifMatchHeaders,
        body: mandateUpdateSchema,
        response: { 200: mandateSchema },
      },
    },
    async (request, reply) => {
      const a = await actorOf(db, request);
      await load(a, request.params.id);
      const expected = requireIfMatch(request);
      const u = request.body;
      const set: Partial<MandateDraft> = {
        ...(u.scope && { scope: u.scope }),
        ...(u.confirmedOn !== undefined && { confirmedOn: u.confirmedOn }),
        ...(u.validUntil !== undefined && { validUntil: u.validUntil }),
      };
      await change(a, request.params.id, expected, set, u.description);
      setEtag(reply, expected + 1);
      const [item] = await view(db, a, [request.params.id], await today());
      return item;
    },
  );

  app.post(
    '/mandates/:id/revoke',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Trek een mandaat in per een datum (secretaris); het blijft vastgelegd',
        params: idParamsSchema,
        headers: ifMatchHeaders,
        body: z.strictObject({ revokedOn: z.iso.date() }),
        response: { 200: mandateSchema },
      },
    },
    async (request, reply) => {
      const a = await actorOf(db, request);
      await load(a, request.params.id);
      const expected = requireIfMatch(request);
      await change(a, request.params.id, expected, { revokedOn: request.body.revokedOn });
      setEtag(reply, expected + 1);
      const [item] = await view(db, a, [request.params.id], await today());
      return item;
    },
  );
}
