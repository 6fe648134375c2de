/**
 * GET /cases/{id}/participant-candidates: whom the procesregisseur may name as participants when
 * planning or changing a case conference (Art. 8.2, 12.2e, 15.3). Deny by default: a case the
 * caller has no role in is 404; a role in it without the right to plan is 403 (candidates-query.ts).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CaseContext } from '../context.js';
import { principalOf, tags, visibleCase } from '../route-helpers.js';
import { idParamsSchema } from '../schemas.js';
import { checkCandidates, participantCandidates } from './candidates-query.js';

const candidatesQuerySchema = z.strictObject({
  partyId: z.uuid().optional().describe('Alleen deze partij (leeg als het protocol haar niet toelaat)'),
});

export const participantCandidatesSchema = z
  .strictObject({
    parties: z.array(
      z.strictObject({
        partyId: z.string(),
        name: z.string(),
        professionals: z
          .array(z.strictObject({ userId: z.string(), displayName: z.string() }))
          .describe('Actieve professionals van de partij (Art. 8.2)'),
      }),
    ),
  })
  .meta({ id: 'ParticipantCandidates' });

export function participantCandidateRoutes(fastify: FastifyInstance, ctx: CaseContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/cases/:id/participant-candidates',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary:
          'Wie als deelnemer van een casusoverleg kan worden genoemd: per toegelaten partij de actieve professionals (Art. 8.2, 12.2e, 15.3)',
        params: idParamsSchema,
        querystring: candidatesQuerySchema,
        response: { 200: participantCandidatesSchema },
      },
    },
    async (request) => {
      const p = principalOf(request);
      const loaded = await visibleCase(ctx, p, request.params.id, 'read');
      const refusal = checkCandidates(p, loaded);
      if (refusal) throw refusal;
      return { parties: await participantCandidates(ctx.db, loaded, request.query.partyId) };
    },
  );
}
