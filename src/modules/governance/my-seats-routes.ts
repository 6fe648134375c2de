/**
 * GET /me/governance: the signed-in user's own seats in the Stuurgroep, the Partneroverleg and the
 * annual meeting (Art. 4.3, 6.3, 6.4), and what governance lets them read (my-seats.ts). The web
 * app shows its Bestuur menu and pages from this answer instead of probing for 404s. Read-only,
 * no personal data of anyone else, so nothing goes to the processing log.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/http/app.js';
import { govContext, tags } from './context.js';
import { myGovernance, myGovernancePermissions } from './my-seats.js';
import { bodyRef, partyRef } from './schemas.js';

export const myGovernanceSchema = z
  .strictObject({
    items: z.array(
      z.strictObject({
        body: bodyRef,
        role: z.enum(['member', 'chair', 'secretary']).describe('Uw rol in het orgaan'),
        votesFor: z.array(partyRef).describe('De partijen namens wie u stemt (Art. 5.4)'),
        mayVote: z.boolean().describe('U brengt in dit orgaan stemmen uit (niet als secretaris)'),
        mayManageMeetings: z
          .boolean()
          .describe('U bent secretaris van dit orgaan en plant en verslaat de vergaderingen (Art. 4.6, 6.9)'),
      }),
    ),
    permissions: z
      .array(z.enum(myGovernancePermissions))
      .describe('Welke bestuursstukken u mag inzien en of u een geschil kunt voorleggen'),
  })
  .meta({ id: 'MyGovernance' });

export function mySeatsRoutes(fastify: FastifyInstance, deps: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = govContext(deps);

  app.get(
    '/me/governance',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Mijn zetels in de Stuurgroep, het Partneroverleg en de jaarvergadering',
        response: { 200: myGovernanceSchema },
      },
    },
    async (request) => myGovernance(db, request),
  );
}
