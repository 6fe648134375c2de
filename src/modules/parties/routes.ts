/** HTTP routes of the parties module: the signatories of the covenant. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Selectable } from 'kysely';
import { z } from 'zod';
import { authorize, permissionsOf } from '../../platform/auth/policy.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { PartyTable } from '../../platform/db/schema.js';
import type { AppDeps } from '../../platform/http/app.js';
import { requireIfMatch, setEtag } from '../../platform/http/etag.js';
import { decodeCursor, toPage } from '../../platform/http/pagination.js';
import { notFound } from '../../platform/http/problem.js';
import { parseSpecialRegimes } from '../information/rules/regime.js';
import { updateParty } from './commands.js';
import { partyPolicy } from './policy.js';
import { findParty, listParties } from './queries.js';
import {
  partyActions,
  partyListQuerySchema,
  partyPageSchema,
  partyParamsSchema,
  partySchema,
  partyUpdateSchema,
} from './schemas.js';

const view = (p: Selectable<PartyTable>, principal: Principal | null) => ({
  id: p.id,
  key: p.key,
  name: p.name,
  kind: p.kind,
  domain: p.domain,
  status: p.status,
  regimes: parseSpecialRegimes(p.special_regimes),
  permissions: permissionsOf(partyPolicy, principal, partyActions, p),
});

export function partyRoutes(fastify: FastifyInstance, { db }: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const k = db.kysely;

  app.get(
    '/parties',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['partijen'],
        summary: 'De partijen van het convenant',
        querystring: partyListQuerySchema,
        response: { 200: partyPageSchema },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      const rows = await listParties(k, filter, limit, decodeCursor(cursor));
      const page = toPage(rows, limit, (r) => ({ k: r.name, id: r.id }));
      return { items: page.items.map((p) => view(p, request.principal)), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/parties/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['partijen'],
        summary: 'Eén partij',
        params: partyParamsSchema,
        response: { 200: partySchema },
      },
    },
    async (request, reply) => {
      const party = await findParty(k, request.params.id);
      if (!party) throw notFound();
      setEtag(reply, party.version);
      return view(party, request.principal);
    },
  );

  app.patch(
    '/parties/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['partijen'],
        summary: 'Wijzig naam, domein of bijzondere regimes (Art. 15.2) van een partij (functioneel beheer)',
        params: partyParamsSchema,
        headers: z.object({ 'if-match': z.string().optional() }),
        body: partyUpdateSchema,
        response: { 200: partySchema },
      },
    },
    async (request, reply) => {
      const party = await findParty(k, request.params.id);
      if (!party) throw notFound();
      authorize(partyPolicy, request.principal, 'update', party, { visible: true });
      await updateParty(k, party.id, requireIfMatch(request), request.body);
      const updated = await findParty(k, party.id);
      if (!updated) throw notFound();
      setEtag(reply, updated.version);
      return view(updated, request.principal);
    },
  );
}
