/**
 * Versions of the covenant (Art. 21): the secretary records an amendment decided by the
 * Stuurgroep with its written confirmation and entry into force (21.1), and each party's renewed
 * signature (21.2). Secretary, manager and delegates read; others 404.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../platform/http/app.js';
import { requireIfMatch, setEtag, staleWrite } from '../../../platform/http/etag.js';
import { ProblemError } from '../../../platform/http/problem.js';
import { newId, nowUtc } from '../../../platform/ids.js';
import {
  activePartyIds,
  type Caller,
  callerOf,
  checkBumped,
  enforce,
  hidden,
  principalOf,
  requireReader,
  today,
} from './context.js';
import { checkDecisionLink } from './decision-link.js';
import { checkAmendment, checkResign, signingProgress } from './rules/amendment.js';
import { dateSchema, decisionRefSchema, idParamsSchema, ifMatchHeaders, tags, text } from './schemas.js';

const createSchema = decisionRefSchema
  .extend({ label: text(100), summary: text(4000), entryIntoForce: dateSchema })
  .meta({ id: 'CovenantVersionCreate' });
const signSchema = z
  .strictObject({ partyId: z.uuid(), signedOn: dateSchema, signatory: text(300) })
  .meta({ id: 'CovenantSignatureInput' });
const versionSchema = z
  .strictObject({
    id: z.uuid(),
    label: z.string(),
    summary: z.string(),
    decidedOn: z.string(),
    reference: z.string(),
    governanceDecisionId: z.string().nullable(),
    entryIntoForce: z.string(),
    inForce: z.boolean(),
    signing: z.strictObject({
      signed: z.number().int(),
      needed: z.number().int(),
      complete: z.boolean(),
      parties: z.array(
        z.strictObject({
          id: z.uuid(),
          name: z.string(),
          signedOn: z.string().nullable(),
          signatory: z.string().nullable(),
        }),
      ),
    }),
    version: z.number().int(),
    permissions: z.array(z.enum(['sign'])),
  })
  .meta({ id: 'CovenantVersion' });
const listSchema = z
  .strictObject({
    items: z.array(
      z.strictObject({ id: z.uuid(), label: z.string(), entryIntoForce: z.string(), decidedOn: z.string() }),
    ),
  })
  .meta({ id: 'CovenantVersionList' });

export function amendmentRoutes(fastify: FastifyInstance, { db }: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const k = db.kysely;

  async function view(caller: Caller, id: string) {
    const row = await k.selectFrom('covenant_versions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw hidden();
    const active = await activePartyIds(k);
    const parties = await k
      .selectFrom('parties')
      .select(['id', 'name'])
      .where('status', '=', 'active')
      .orderBy('name')
      .execute();
    const sigs = await k.selectFrom('covenant_signatures').selectAll().where('version_id', '=', id).execute();
    const byParty = new Map(sigs.map((s) => [s.party_id, s]));
    const progress = signingProgress(active, new Set(byParty.keys()));
    return {
      id: row.id,
      label: row.label,
      summary: row.summary,
      decidedOn: row.decided_on,
      reference: row.decision_reference,
      governanceDecisionId: row.governance_decision_id,
      entryIntoForce: row.entry_into_force,
      inForce: row.entry_into_force <= today(),
      signing: {
        ...progress,
        parties: parties.map((p) => ({
          id: p.id,
          name: p.name,
          signedOn: byParty.get(p.id)?.signed_on ?? null,
          signatory: byParty.get(p.id)?.signatory ?? null,
        })),
      },
      version: row.version,
      permissions:
        caller.roles.includes('secretaris') && !progress.complete ? (['sign'] as const).slice() : [],
    };
  }

  app.get(
    '/covenant/versions',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'Versies van het convenant (Art. 21)', response: { 200: listSchema } },
    },
    async (request) => {
      requireReader(await callerOf(k, principalOf(request)));
      const rows = await k
        .selectFrom('covenant_versions')
        .selectAll()
        .orderBy('entry_into_force', 'desc')
        .orderBy('id', 'desc')
        .limit(500)
        .execute();
      return {
        items: rows.map((r) => ({
          id: r.id,
          label: r.label,
          entryIntoForce: r.entry_into_force,
          decidedOn: r.decided_on,
        })),
      };
    },
  );

  app.post(
    '/covenant/versions',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Leg een wijziging van het convenant vast, besloten door de Stuurgroep (Art. 21.1)',
        body: createSchema,
        response: { 201: versionSchema },
      },
    },
    async (request, reply) => {
      const caller = await callerOf(k, principalOf(request));
      requireReader(caller);
      const b = request.body;
      enforce(
        checkAmendment(caller, {
          decidedOn: b.decidedOn,
          reference: b.reference,
          entryIntoForce: b.entryIntoForce,
        }),
      );
      await checkDecisionLink(k, b.governanceDecisionId, 'adopted', '21.1');
      const taken = await k
        .selectFrom('covenant_versions')
        .select('id')
        .where('label', '=', b.label)
        .executeTakeFirst();
      if (taken) throw new ProblemError('conflict', `er is al een versie ${b.label}`);
      const id = newId();
      await k
        .insertInto('covenant_versions')
        .values({
          id,
          label: b.label,
          summary: b.summary,
          decided_on: b.decidedOn,
          decision_reference: b.reference,
          governance_decision_id: b.governanceDecisionId ?? null,
          entry_into_force: b.entryIntoForce,
          created_by_user_id: caller.userId,
          created_at: nowUtc(),
          version: 1,
        })
        .execute();
      const v = await view(caller, id);
      setEtag(reply, v.version);
      reply.header('Location', `/api/v1/covenant/versions/${id}`);
      return reply.status(201).send(v);
    },
  );

  app.get(
    '/covenant/versions/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Eén versie met de stand van ondertekening (Art. 21.2)',
        params: idParamsSchema,
        response: { 200: versionSchema },
      },
    },
    async (request, reply) => {
      const caller = await callerOf(k, principalOf(request));
      requireReader(caller);
      const v = await view(caller, request.params.id);
      setEtag(reply, v.version);
      return v;
    },
  );

  app.post(
    '/covenant/versions/:id/signatures',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Leg de hernieuwde ondertekening door een partij vast (Art. 21.2)',
        params: idParamsSchema,
        headers: ifMatchHeaders,
        body: signSchema,
        response: { 200: versionSchema },
      },
    },
    async (request, reply) => {
      const caller = await callerOf(k, principalOf(request));
      requireReader(caller);
      const row = await k
        .selectFrom('covenant_versions')
        .select(['id', 'version'])
        .where('id', '=', request.params.id)
        .executeTakeFirst();
      if (!row) throw hidden();
      const version = requireIfMatch(request);
      const { partyId, signedOn, signatory } = request.body;
      const party = await k
        .selectFrom('parties')
        .select('status')
        .where('id', '=', partyId)
        .executeTakeFirst();
      if (!party) throw new ProblemError('validation', 'onbekende partij');
      const already = await k
        .selectFrom('covenant_signatures')
        .select('party_id')
        .where('version_id', '=', row.id)
        .where('party_id', '=', partyId)
        .executeTakeFirst();
      enforce(checkResign(caller, party.status === 'active', already !== undefined));
      await k.transaction().execute(async (trx) => {
        const res = await trx
          .updateTable('covenant_versions')
          .set({ version: version + 1 })
          .where('id', '=', row.id)
          .where('version', '=', version)
          .executeTakeFirst();
        checkBumped(res, staleWrite);
        await trx
          .insertInto('covenant_signatures')
          .values({
            version_id: row.id,
            party_id: partyId,
            signed_on: signedOn,
            signatory,
            recorded_by_user_id: caller.userId,
            recorded_at: nowUtc(),
          })
          .execute();
      });
      const v = await view(caller, row.id);
      setEtag(reply, v.version);
      return v;
    },
  );
}
