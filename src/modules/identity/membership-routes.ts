/**
 * Governance memberships of a user: the bodies they sit in, as member, chair or secretary, and
 * the parties whose vote they cast. Managed by functioneel beheer; invisible to everyone else.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../../platform/auth/policy.js';
import type { AppDeps } from '../../platform/http/app.js';
import { requireIfMatch, setEtag, staleWrite } from '../../platform/http/etag.js';
import { notFound, ProblemError } from '../../platform/http/problem.js';
import { newId, nowUtc } from '../../platform/ids.js';
import { recordAuthEvent } from './auth-events.js';
import { userPolicy } from './policy.js';
import { membershipProblems } from './rules/memberships.js';
import { idParamsSchema } from './schemas.js';

const tags = ['gebruikers'];
const roleEnum = z.enum(['member', 'chair', 'secretary']);

export const membershipSchema = z.strictObject({
  id: z.uuid(),
  body: z.strictObject({ id: z.uuid(), key: z.string(), name: z.string() }),
  role: roleEnum,
  votesFor: z.array(z.strictObject({ id: z.uuid(), name: z.string() })),
});
const membershipsSchema = z.strictObject({ items: z.array(membershipSchema) }).meta({ id: 'Memberships' });
const membershipsUpdateSchema = z
  .strictObject({
    items: z
      .array(
        z.strictObject({ bodyId: z.uuid(), role: roleEnum, votesForPartyIds: z.array(z.uuid()).max(50) }),
      )
      .max(10),
  })
  .meta({ id: 'MembershipsUpdate' });

export function membershipRoutes(fastify: FastifyInstance, { db }: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const k = db.kysely;

  async function view(userId: string) {
    const rows = await k
      .selectFrom('body_memberships')
      .innerJoin('bodies', 'bodies.id', 'body_memberships.body_id')
      .select([
        'body_memberships.id',
        'body_memberships.role',
        'bodies.id as body_id',
        'bodies.key',
        'bodies.name',
      ])
      .where('body_memberships.user_id', '=', userId)
      .orderBy('bodies.key')
      .execute();
    const votes = rows.length
      ? await k
          .selectFrom('body_membership_votes')
          .innerJoin('parties', 'parties.id', 'body_membership_votes.party_id')
          .select(['body_membership_votes.membership_id', 'parties.id', 'parties.name'])
          .where(
            'membership_id',
            'in',
            rows.map((r) => r.id),
          )
          .orderBy('parties.name')
          .execute()
      : [];
    return {
      items: rows.map((r) => ({
        id: r.id,
        body: { id: r.body_id, key: r.key, name: r.name },
        role: r.role,
        votesFor: votes.filter((v) => v.membership_id === r.id).map((v) => ({ id: v.id, name: v.name })),
      })),
    };
  }

  const findUser = (id: string) =>
    k.selectFrom('users').select(['id', 'party_id', 'version']).where('id', '=', id).executeTakeFirst();

  app.get(
    '/users/:id/memberships',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Lidmaatschappen van Stuurgroep, Partneroverleg en jaarvergadering',
        params: idParamsSchema,
        response: { 200: membershipsSchema },
      },
    },
    async (request, reply) => {
      authorize(userPolicy, request.principal, 'read', null, { visible: false });
      const user = await findUser(request.params.id);
      if (!user) throw notFound();
      setEtag(reply, user.version);
      return view(user.id);
    },
  );

  app.put(
    '/users/:id/memberships',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Vervang de lidmaatschappen van een gebruiker (functioneel beheer)',
        params: idParamsSchema,
        headers: z.object({ 'if-match': z.string().optional() }),
        body: membershipsUpdateSchema,
        response: { 200: membershipsSchema },
      },
    },
    async (request, reply) => {
      authorize(userPolicy, request.principal, 'update', null, { visible: false });
      const user = await findUser(request.params.id);
      if (!user) throw notFound();
      const expected = requireIfMatch(request);
      const wanted = request.body.items;
      const bodyIds = [...new Set(wanted.map((m) => m.bodyId))];
      const partyIds = [...new Set(wanted.flatMap((m) => m.votesForPartyIds))];
      const knownBodies = bodyIds.length
        ? await k.selectFrom('bodies').select('id').where('id', 'in', bodyIds).execute()
        : [];
      const activeParties = partyIds.length
        ? await k
            .selectFrom('parties')
            .select('id')
            .where('id', 'in', partyIds)
            .where('status', '=', 'active')
            .execute()
        : [];
      const problems: string[] = [];
      if (knownBodies.length !== bodyIds.length) problems.push('onbekend orgaan');
      if (activeParties.length !== partyIds.length)
        problems.push('stemmen kunnen alleen voor actieve partijen');
      const others = await k
        .selectFrom('body_memberships')
        .leftJoin('body_membership_votes', 'body_membership_votes.membership_id', 'body_memberships.id')
        .select([
          'body_memberships.user_id',
          'body_memberships.body_id',
          'body_memberships.role',
          'body_membership_votes.party_id',
        ])
        .where('body_memberships.user_id', '!=', user.id)
        .execute();
      const holdings = new Map<
        string,
        { userId: string; bodyId: string; role: 'member' | 'chair' | 'secretary'; votesForPartyIds: string[] }
      >();
      for (const o of others) {
        const key = `${o.user_id}:${o.body_id}`;
        const h = holdings.get(key) ?? {
          userId: o.user_id,
          bodyId: o.body_id,
          role: o.role,
          votesForPartyIds: [],
        };
        if (o.party_id) h.votesForPartyIds.push(o.party_id);
        holdings.set(key, h);
      }
      problems.push(...membershipProblems(user.id, user.party_id, wanted, [...holdings.values()]));
      if (problems.length)
        throw new ProblemError('validation', `Body ongeldig — items: ${problems.join('; ')}`);

      await k.transaction().execute(async (trx) => {
        const bumped = await trx
          .updateTable('users')
          .set({ version: expected + 1, updated_at: nowUtc() })
          .where('id', '=', user.id)
          .where('version', '=', expected)
          .executeTakeFirst();
        if (Number(bumped.numUpdatedRows) !== 1) throw staleWrite();
        await trx.deleteFrom('body_memberships').where('user_id', '=', user.id).execute();
        for (const m of wanted) {
          const id = newId();
          await trx
            .insertInto('body_memberships')
            .values({ id, user_id: user.id, body_id: m.bodyId, role: m.role, created_at: nowUtc() })
            .execute();
          if (m.votesForPartyIds.length) {
            await trx
              .insertInto('body_membership_votes')
              .values(m.votesForPartyIds.map((party_id) => ({ membership_id: id, party_id })))
              .execute();
          }
        }
      });
      await recordAuthEvent(k, {
        kind: 'user-updated',
        outcome: 'info',
        userId: user.id,
        ip: request.ip,
        requestId: request.id,
      });
      setEtag(reply, expected + 1);
      return view(user.id);
    },
  );
}
