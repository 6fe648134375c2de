/** HTTP routes of the house module: the house, its bodies, privacy protocols and processing register. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize, permissionsOf } from '../../platform/auth/policy.js';
import type { AppDeps } from '../../platform/http/app.js';
import { requireIfMatch, setEtag } from '../../platform/http/etag.js';
import { notFound, ProblemError } from '../../platform/http/problem.js';
import { updateHouse, updatePrivacyProtocol } from './commands.js';
import { housePolicy } from './policy.js';
import { findHouse, listBodies, listPrivacyProtocols, listProcessingActivities } from './queries.js';
import {
  bodySchema,
  houseActions,
  houseSchema,
  houseUpdateSchema,
  idParamsSchema,
  privacyProtocolSchema,
  privacyProtocolUpdateSchema,
  processingActivitySchema,
  protocolActions,
} from './schemas.js';

const itemsOf = <T extends z.ZodType>(s: T) => z.strictObject({ items: z.array(s) });

export function houseRoutes(fastify: FastifyInstance, { db, settings }: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const k = db.kysely;

  async function houseView(principal: Parameters<typeof housePolicy>[0]) {
    const row = await findHouse(k);
    if (!row) throw new ProblemError('unavailable', 'Er is nog geen huis geconfigureerd.');
    return {
      version: row.version,
      body: {
        id: row.id,
        slug: row.slug,
        name: row.name,
        shortName: row.short_name,
        centrumgemeente: { id: row.centrumgemeente_party_id, name: row.centrumgemeente_name },
        timezone: row.timezone,
        branding: {
          primaryColor: row.primary_color,
          secondaryColor: row.secondary_color,
          textOnPrimary: row.text_on_primary,
        },
        covenant: JSON.parse(row.covenant_json),
        triage: JSON.parse(row.triage_json),
        cadence: JSON.parse(row.cadence_json),
        mode: settings.KETENHUIS_MODE,
        permissions: permissionsOf(housePolicy, principal, houseActions, row),
      },
    };
  }

  app.get(
    '/house',
    {
      config: { access: 'public' },
      schema: { tags: ['huis'], summary: 'Het Zorg- en Veiligheidshuis', response: { 200: houseSchema } },
    },
    async (request, reply) => {
      const { version, body } = await houseView(request.principal);
      setEtag(reply, version);
      return body;
    },
  );

  app.patch(
    '/house',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['huis'],
        summary: 'Wijzig de instellingen van het huis (functioneel beheer)',
        headers: z.object({ 'if-match': z.string().optional() }),
        body: houseUpdateSchema,
        response: { 200: houseSchema },
      },
    },
    async (request, reply) => {
      authorize(housePolicy, request.principal, 'update', null, { visible: true });
      const expected = requireIfMatch(request);
      await updateHouse(k, expected, request.body);
      const { version, body } = await houseView(request.principal);
      setEtag(reply, version);
      return body;
    },
  );

  app.get(
    '/bodies',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['huis'],
        summary: 'Stuurgroep, Partneroverleg en jaarvergadering met hun samenstelling (Art. 4.3, 6.3, 6.4)',
        response: { 200: itemsOf(bodySchema) },
      },
    },
    async () => {
      const bodies = await listBodies(k);
      return {
        items: bodies.map((b) => ({
          id: b.id,
          key: b.key,
          name: b.name,
          article: b.article,
          seats: b.seats.map((s) => ({
            id: s.id,
            role: s.role,
            party: s.party_id && s.party_name ? { id: s.party_id, name: s.party_name } : null,
            description: s.description,
            article: s.article,
            optional: s.optional === 1,
            votes: s.votes === 1,
          })),
        })),
      };
    },
  );

  const protocolView = (
    p: Awaited<ReturnType<typeof listPrivacyProtocols>>[number],
    principal: Parameters<typeof housePolicy>[0],
  ) => ({
    id: p.id,
    key: p.key,
    name: p.name,
    article: p.article,
    admitsAll: p.admits_all === 1,
    admittedParties: p.admitted.map((a) => ({ id: a.id, name: a.name })),
    retentionMonths: p.retention_months,
    permissions: permissionsOf(housePolicy, principal, protocolActions, p),
  });

  app.get(
    '/privacy-protocols',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['huis'],
        summary: 'De privacyprotocollen, wie ze toelaten en hun bewaartermijn (Art. 15.3)',
        response: { 200: itemsOf(privacyProtocolSchema) },
      },
    },
    async (request) => ({
      items: (await listPrivacyProtocols(k)).map((p) => protocolView(p, request.principal)),
    }),
  );

  app.get(
    '/privacy-protocols/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['huis'],
        summary: 'Eén privacyprotocol, met zijn ETag',
        params: idParamsSchema,
        response: { 200: privacyProtocolSchema },
      },
    },
    async (request, reply) => {
      const [protocol] = await listPrivacyProtocols(k, request.params.id);
      if (!protocol) throw notFound();
      setEtag(reply, protocol.version);
      return protocolView(protocol, request.principal);
    },
  );

  app.patch(
    '/privacy-protocols/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['huis'],
        summary: 'Wijzig bewaartermijn of toegelaten partijen van een privacyprotocol (functioneel beheer)',
        params: idParamsSchema,
        headers: z.object({ 'if-match': z.string().optional() }),
        body: privacyProtocolUpdateSchema,
        response: { 200: privacyProtocolSchema },
      },
    },
    async (request, reply) => {
      const [current] = await listPrivacyProtocols(k, request.params.id);
      if (!current) throw notFound();
      authorize(housePolicy, request.principal, 'update', current, { visible: true });
      const expected = requireIfMatch(request);
      await updatePrivacyProtocol(k, current.id, expected, request.body);
      const [updated] = await listPrivacyProtocols(k, current.id);
      if (!updated) throw notFound();
      setEtag(reply, updated.version);
      return protocolView(updated, request.principal);
    },
  );

  app.get(
    '/processing-activities',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['huis'],
        summary: 'Het verwerkingsregister: doel, grondslag en stabiele URI per verwerking',
        response: { 200: itemsOf(processingActivitySchema) },
      },
    },
    async () => ({
      items: (await listProcessingActivities(k)).map((a) => ({
        id: a.id,
        key: a.key,
        uri: a.uri,
        name: a.name,
        purpose: a.purpose,
        legalBasis: a.legal_basis,
        protocolKey: a.protocol_key ?? null,
      })),
    }),
  );
}
