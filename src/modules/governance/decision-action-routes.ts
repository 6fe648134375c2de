/**
 * What happens to a decision at and after the meeting: voting members cast the votes of the
 * parties they hold (own, or under a mandate: Art. 6.7), absent parties' written input is recorded
 * (Art. 5.5, 7.2), the secretary closes the vote (domain.md §5) and may refer an undecided
 * Partneroverleg matter to the Stuurgroep (Art. 7.3).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/http/app.js';
import { requireIfMatch, setEtag, staleWrite } from '../../platform/http/etag.js';
import { ProblemError } from '../../platform/http/problem.js';
import { newId, nowUtc } from '../../platform/ids.js';
import { actorOf, bodyByKey, type GovActor, govContext, houseSettings, tags, todayIn } from './context.js';
import { applyToSubject, planClose } from './decision-close.js';
import { visibleDecision } from './decision-routes.js';
import { decisionDetail, decisionSchema, votableParties } from './decision-view.js';
import { hidden, isSecretary, requireSecretary } from './policy.js';
import { logNamesRead, logWrite } from './processing.js';
import { referralRefusal } from './rules/referral.js';
import { day, idParamsSchema, ifMatchHeaders, text } from './schemas.js';

const voteSchema = z
  .strictObject({ partyId: z.uuid(), choice: z.enum(['for', 'against', 'abstain']) })
  .meta({ id: 'VoteCast' });
const inputSchema = z
  .strictObject({
    partyId: z.uuid(),
    kind: z.enum(['written', 'heard']).describe('Schriftelijke inbreng, of de partij is alsnog gehoord'),
    text: text(20_000),
    receivedOn: day,
  })
  .meta({ id: 'WrittenInputCreate' });

const isLive = (s: string) => s === 'open' || s === 'held';

export function decisionActionRoutes(fastify: FastifyInstance, deps: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = govContext(deps);

  async function respond(
    request: FastifyRequest,
    a: GovActor,
    id: string,
    reply: { header(k: string, v: string): unknown },
  ) {
    const d = await visibleDecision(db, a, id);
    const { detail, named } = await decisionDetail(db, a, d, todayIn((await houseSettings(db)).timezone));
    await logNamesRead(db, request, 'governance.decision.read', named);
    setEtag(reply as never, d.version);
    return detail;
  }

  async function bump(id: string, expected: number, trx = db) {
    const res = await trx
      .updateTable('governance_decisions')
      .set({ version: expected + 1, updated_at: nowUtc() })
      .where('id', '=', id)
      .where('version', '=', expected)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw staleWrite();
  }

  app.post(
    '/decisions/:id/votes',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Breng de stem uit van een partij waarvoor u stemt (één stem per partij, Art. 5.4, 6.7)',
        params: idParamsSchema,
        headers: ifMatchHeaders,
        body: voteSchema,
        response: { 200: decisionSchema },
      },
    },
    async (request, reply) => {
      const a = await actorOf(db, request);
      const d = await visibleDecision(db, a, request.params.id);
      const today = todayIn((await houseSettings(db)).timezone);
      const votable = await votableParties(db, a, d.body_id, today);
      const own = a.principal.partyId;
      if (!votable.includes(request.body.partyId) || own === null)
        throw new ProblemError(
          'forbidden',
          'u stemt alleen voor uw eigen partij of een partij die haar mandateerde (Art. 5.4, 6.7)',
        );
      const expected = requireIfMatch(request);
      if (!isLive(d.status) || !d.meeting_id)
        throw new ProblemError('conflict', 'over dit voorstel wordt nu niet gestemd');
      const via = request.body.partyId === own ? 'own' : 'mandate';
      await db.transaction().execute(async (trx) => {
        await bump(d.id, expected, trx as never);
        await trx
          .deleteFrom('governance_votes')
          .where('decision_id', '=', d.id)
          .where('party_id', '=', request.body.partyId)
          .where('via', '=', via)
          .execute();
        await trx
          .insertInto('governance_votes')
          .values({
            decision_id: d.id,
            party_id: request.body.partyId,
            via,
            choice: request.body.choice,
            cast_by_user_id: a.principal.userId,
            cast_by_party_id: own,
            cast_at: nowUtc(),
          })
          .execute();
        await logWrite(trx, request, 'governance.vote.cast', 'create', [a.principal.userId]);
      });
      return respond(request, a, d.id, reply);
    },
  );

  app.post(
    '/decisions/:id/written-inputs',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary:
          'Leg de schriftelijke inbreng van een (afwezige) partij vast, of dat zij is gehoord (Art. 5.2, 5.5, 7.2)',
        params: idParamsSchema,
        headers: ifMatchHeaders,
        body: inputSchema,
        response: { 200: decisionSchema },
      },
    },
    async (request, reply) => {
      const a = await actorOf(db, request);
      const d = await visibleDecision(db, a, request.params.id);
      const votable = await votableParties(db, a, d.body_id, todayIn((await houseSettings(db)).timezone));
      if (!isSecretary(a, d.body_id) && !votable.includes(request.body.partyId))
        throw new ProblemError(
          'forbidden',
          'de secretaris of een lid dat voor de partij stemt legt haar inbreng vast',
        );
      const expected = requireIfMatch(request);
      if (!isLive(d.status)) throw new ProblemError('conflict', 'over dit voorstel is al besloten');
      const party = await db
        .selectFrom('parties')
        .select('id')
        .where('id', '=', request.body.partyId)
        .executeTakeFirst();
      if (!party) throw new ProblemError('validation', 'Body ongeldig — partyId: onbekende partij');
      await db.transaction().execute(async (trx) => {
        await bump(d.id, expected, trx as never);
        await trx
          .insertInto('governance_written_inputs')
          .values({
            id: newId(),
            decision_id: d.id,
            party_id: request.body.partyId,
            kind: request.body.kind,
            text: request.body.text,
            received_on: request.body.receivedOn,
            recorded_by_user_id: a.principal.userId,
            created_at: nowUtc(),
          })
          .execute();
        await logWrite(trx, request, 'governance.written-input.record', 'create', [a.principal.userId]);
      });
      return respond(request, a, d.id, reply);
    },
  );

  app.post(
    '/decisions/:id/close',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary:
          'Sluit de stemming: aangehouden, aangenomen, verworpen of geen besluit (secretaris; Art. 5.4, 5.5, 7.1, 7.2)',
        params: idParamsSchema,
        headers: ifMatchHeaders,
        response: { 200: decisionSchema },
      },
    },
    async (request, reply) => {
      const a = await actorOf(db, request);
      const d = await visibleDecision(db, a, request.params.id);
      requireSecretary(a, d.body_id);
      const expected = requireIfMatch(request);
      if (!isLive(d.status)) throw new ProblemError('conflict', 'over dit voorstel is al besloten');
      const plan = await planClose(db, d, (await houseSettings(db)).timezone);
      await db.transaction().execute(async (trx) => {
        const res = await trx
          .updateTable('governance_decisions')
          .set({
            status: plan.status,
            tally_json: plan.tallyJson,
            waiting_for_json: plan.waitingFor.length ? JSON.stringify(plan.waitingFor) : null,
            closed_at: plan.status === 'held' ? null : nowUtc(),
            updated_at: nowUtc(),
            version: expected + 1,
          })
          .where('id', '=', d.id)
          .where('version', '=', expected)
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) !== 1) throw staleWrite();
        await applyToSubject(trx, d, plan.status);
      });
      return respond(request, a, d.id, reply);
    },
  );

  app.post(
    '/decisions/:id/refer',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary:
          'Leg een zaak zonder besluit van het Partneroverleg voor aan de Stuurgroep (secretaris, Art. 7.3)',
        params: idParamsSchema,
        headers: ifMatchHeaders,
        response: { 200: decisionSchema },
      },
    },
    async (request, reply) => {
      const a = await actorOf(db, request);
      const d = await visibleDecision(db, a, request.params.id);
      requireSecretary(a, d.body_id);
      const expected = requireIfMatch(request);
      const refusal = referralRefusal(d.body_key, d.status);
      if (refusal) throw new ProblemError('conflict', refusal.reason);
      const stuurgroep = await bodyByKey(db, 'stuurgroep');
      if (!stuurgroep) throw hidden();
      const newDecision = newId();
      const now = nowUtc();
      await db.transaction().execute(async (trx) => {
        const res = await trx
          .updateTable('governance_decisions')
          .set({ status: 'referred', referred_to_id: newDecision, updated_at: now, version: expected + 1 })
          .where('id', '=', d.id)
          .where('version', '=', expected)
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) !== 1) throw staleWrite();
        const itemId = newId();
        await trx
          .insertInto('governance_agenda_items')
          .values({
            id: itemId,
            body_id: stuurgroep.id,
            meeting_id: null,
            title: d.title,
            description: `Voorgelegd door het Partneroverleg, dat niet tot een besluit kwam (Art. 7.3).\n\n${d.proposal}`,
            contributed_by_user_id: a.principal.userId,
            contributed_for_party_id: null,
            source: 'referral',
            status: 'proposed',
            position: 0,
            created_at: now,
            version: 1,
          })
          .execute();
        await trx
          .insertInto('governance_decisions')
          .values({
            id: newDecision,
            body_id: stuurgroep.id,
            meeting_id: null,
            agenda_item_id: itemId,
            title: d.title,
            proposal: d.proposal,
            status: 'open',
            consensus: 0,
            tally_json: null,
            waiting_for_json: null,
            subject_type: null,
            subject_id: null,
            referred_from_id: d.id,
            referred_to_id: null,
            closed_at: null,
            created_by_user_id: a.principal.userId,
            created_at: now,
            updated_at: now,
            version: 1,
          })
          .execute();
        const affected = await trx
          .selectFrom('governance_decision_parties')
          .select('party_id')
          .where('decision_id', '=', d.id)
          .execute();
        if (affected.length)
          await trx
            .insertInto('governance_decision_parties')
            .values(affected.map((r) => ({ decision_id: newDecision, party_id: r.party_id })))
            .execute();
      });
      return respond(request, a, d.id, reply);
    },
  );
}
