/**
 * HTTP routes of accession (Art. 20, Bijlage 1). The Stuurgroep secretary runs the workflow; a
 * party's delegate records that party's consent; the secretary, manager and delegates may read
 * (Art. 10.1); everyone else gets 404. Steps need If-Match; refusals cite the article.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../platform/http/app.js';
import { requireIfMatch, setEtag } from '../../../platform/http/etag.js';
import { decodeCursor, toPage } from '../../../platform/http/pagination.js';
import { ProblemError } from '../../../platform/http/problem.js';
import {
  consentToAccession,
  createAccession,
  decideOnAccession,
  notifyParties,
  signAccession,
} from './accession-commands.js';
import { accessionFormPdf } from './accession-form.js';
import {
  accessionCreateSchema,
  accessionDecisionSchema,
  accessionPageSchema,
  accessionSchema,
  accessionSignatureSchema,
} from './accession-schemas.js';
import { accessionView, loadAccession } from './accession-state.js';
import { type Caller, callerOf, hidden, principalOf, requireReader } from './context.js';
import { consentBodySchema, idParamsSchema, ifMatchHeaders, listQuerySchema, tags } from './schemas.js';

export function accessionRoutes(fastify: FastifyInstance, { db }: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const k = db.kysely;

  async function visible(caller: Caller, id: string) {
    requireReader(caller);
    const a = await loadAccession(k, id);
    if (!a) throw hidden();
    return a;
  }

  async function respond(reply: { header(k: string, v: string): unknown }, caller: Caller, id: string) {
    const a = await loadAccession(k, id);
    if (!a) throw hidden();
    setEtag(reply as never, a.row.version);
    return accessionView(caller, a);
  }

  app.get(
    '/accessions',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Verzoeken tot toetreding (Art. 20)',
        querystring: listQuerySchema,
        response: { 200: accessionPageSchema },
      },
    },
    async (request) => {
      const caller = await callerOf(k, principalOf(request));
      requireReader(caller);
      const { limit, cursor } = request.query;
      const after = decodeCursor(cursor);
      let q = k
        .selectFrom('accessions')
        .innerJoin('parties', 'parties.id', 'accessions.party_id')
        .select([
          'accessions.id',
          'accessions.status',
          'accessions.received_on',
          'accessions.created_at',
          'parties.id as party_id',
          'parties.name',
        ]);
      if (after)
        q = q.where((eb) =>
          eb.or([
            eb('accessions.created_at', '<', after.k),
            eb.and([eb('accessions.created_at', '=', after.k), eb('accessions.id', '<', after.id)]),
          ]),
        );
      const rows = await q
        .orderBy('accessions.created_at', 'desc')
        .orderBy('accessions.id', 'desc')
        .limit(limit + 1)
        .execute();
      const page = toPage(rows, limit, (r) => ({ k: r.created_at, id: r.id }));
      return {
        items: page.items.map((r) => ({
          id: r.id,
          status: r.status,
          party: { id: r.party_id, name: r.name },
          receivedOn: r.received_on,
          createdAt: r.created_at,
        })),
        nextCursor: page.nextCursor,
      };
    },
  );

  app.post(
    '/accessions',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary:
          'Leg een verzoek tot toetreding vast, ontvangen via een lid van het Partneroverleg (Art. 20.2)',
        body: accessionCreateSchema,
        response: { 201: accessionSchema },
      },
    },
    async (request, reply) => {
      const caller = await callerOf(k, principalOf(request));
      requireReader(caller);
      const id = await createAccession(k, caller, request.body);
      reply.header('Location', `/api/v1/accessions/${id}`);
      reply.status(201);
      return respond(reply, caller, id);
    },
  );

  app.get(
    '/accessions/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Eén verzoek tot toetreding',
        params: idParamsSchema,
        response: { 200: accessionSchema },
      },
    },
    async (request, reply) => {
      const caller = await callerOf(k, principalOf(request));
      await visible(caller, request.params.id);
      return respond(reply, caller, request.params.id);
    },
  );

  const steps = [
    {
      path: 'notify',
      summary: 'Breng alle partijen vooraf op de hoogte (secretaris, Art. 20.3)',
      body: z.strictObject({}),
    },
    {
      path: 'consent',
      summary: 'Akkoord of bezwaar van de eigen partij (afgevaardigde, Art. 20.4)',
      body: consentBodySchema,
    },
    {
      path: 'decision',
      summary: 'Leg het besluit van de Stuurgroep vast (Art. 4.5c, 20.4)',
      body: accessionDecisionSchema,
    },
    {
      path: 'signatures',
      summary: 'Leg een handtekening onder Bijlage 1 vast (Art. 20.4)',
      body: accessionSignatureSchema,
    },
  ] as const;

  for (const step of steps) {
    app.post(
      `/accessions/:id/${step.path}`,
      {
        config: { access: 'authenticated' },
        schema: {
          tags,
          summary: step.summary,
          params: idParamsSchema,
          headers: ifMatchHeaders,
          body: step.body,
          response: { 200: accessionSchema },
        },
      },
      async (request, reply) => {
        const caller = await callerOf(k, principalOf(request));
        const a = await visible(caller, request.params.id);
        const version = requireIfMatch(request);
        // biome-ignore lint/suspicious/noExplicitAny: each step's body was validated by its own schema
        const body = request.body as any;
        if (step.path === 'notify') await notifyParties(k, caller, a, version);
        if (step.path === 'consent') await consentToAccession(k, caller, a, version, body);
        if (step.path === 'decision') await decideOnAccession(k, caller, a, version, body);
        if (step.path === 'signatures') await signAccession(k, caller, a, version, body);
        return respond(reply, caller, a.row.id);
      },
    );
  }

  app.get(
    '/accessions/:id/form',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Bijlage 1, het toetredingsformulier, ingevuld als PDF (na goedkeuring, Art. 20.4)',
        params: idParamsSchema,
        produces: ['application/pdf'],
        response: { 200: z.string().describe('PDF-document') },
      },
    },
    async (request, reply) => {
      const caller = await callerOf(k, principalOf(request));
      const a = await visible(caller, request.params.id);
      if (a.row.status !== 'approved' && a.row.status !== 'acceded')
        throw new ProblemError(
          'conflict',
          'Bijlage 1 wordt opgesteld na goedkeuring door de Stuurgroep (Art. 20.4)',
        );
      const house = await k.selectFrom('house').select(['name', 'covenant_json']).executeTakeFirstOrThrow();
      const covenantTitle = (JSON.parse(house.covenant_json) as { title: string }).title;
      const pdf = await accessionFormPdf(a, { name: house.name, covenantTitle });
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `attachment; filename="toetredingsformulier-${a.party.key}.pdf"`)
        .send(Buffer.from(pdf) as unknown as string);
    },
  );
}
