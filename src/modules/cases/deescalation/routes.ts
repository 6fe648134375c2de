/**
 * HTTP routes of de-escalation and the scrub (Art. 1.10, 8.4d): propose (with the evaluation
 * against the criteria), approve, cancel, read; the scrub list and the scrub that closes the case.
 * All 'authenticated'; no role in the case → 404 first; changes need If-Match on the case.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { AppDeps } from '../../../platform/http/app.js';
import { requireIfMatch, setEtag } from '../../../platform/http/etag.js';
import { traceOf } from '../../../platform/processing-log/index.js';
import { caseContext } from '../context.js';
import { caseViewRoute, principalOf, tags, visibleCase } from '../route-helpers.js';
import { caseRefSchema, emptyBodySchema, idParamsSchema, ifMatchHeaders } from '../schemas.js';
import { deescalate, type ProposalInput } from './proposal-command.js';
import { readDeescalation, readScrub } from './queries.js';
import {
  cancelBodySchema,
  closedRefSchema,
  deescalationSchema,
  proposeBodySchema,
  scrubBodySchema,
  scrubViewSchema,
} from './schemas.js';
import { scrubAndClose } from './scrub-command.js';

const definitions: { action: ProposalInput['action']; path: string; summary: string; body: z.ZodType }[] = [
  {
    action: 'propose',
    path: 'propose-deescalation',
    summary:
      'Stel afschaling voor, getoetst aan de criteria (procesregisseur of casuscoördinator, Art. 1.10, 8.4d)',
    body: proposeBodySchema,
  },
  {
    action: 'approve',
    path: 'approve-deescalation',
    summary: 'Stem in met afschaling (procesregisseur én casuscoördinator, twee personen, Art. 1.10)',
    body: emptyBodySchema,
  },
  {
    action: 'cancel',
    path: 'cancel-deescalation',
    summary: 'Trek het voorstel tot afschaling in, met reden (Art. 1.10)',
    body: cancelBodySchema,
  },
];

export function deescalationRoutes(fastify: FastifyInstance, deps: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const ctx = caseContext(deps);

  for (const def of definitions) {
    app.post(
      `/cases/:id/${def.path}`,
      {
        config: { access: 'authenticated' },
        schema: {
          tags,
          summary: def.summary,
          params: idParamsSchema,
          headers: ifMatchHeaders,
          body: def.body,
          response: { 200: caseRefSchema },
        },
      },
      async (request, reply) => {
        const p = principalOf(request);
        await visibleCase(ctx, p, request.params.id, 'read');
        const version = requireIfMatch(request);
        const input = { action: def.action, ...(request.body ?? {}) } as ProposalInput;
        const ref = await deescalate(ctx, p, request.params.id, version, input, traceOf(request));
        setEtag(reply, ref.version);
        return ref;
      },
    );
  }

  caseViewRoute(fastify, ctx, {
    path: 'deescalation',
    summary: 'Afschaling: criteria, voorstellen en instemmingen (Art. 1.10, 8.4d)',
    response: deescalationSchema,
    read: readDeescalation,
  });

  caseViewRoute(fastify, ctx, {
    path: 'scrub',
    summary: 'De inhoud van het dossier om te schonen (procesregisseur, Art. 1.10)',
    response: scrubViewSchema,
    read: readScrub,
  });

  app.post(
    '/cases/:id/scrub',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Schoon het dossier (verwijderen of bewaren met reden) en sluit de casus (Art. 1.10)',
        params: idParamsSchema,
        headers: ifMatchHeaders,
        body: scrubBodySchema,
        response: { 200: closedRefSchema },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      await visibleCase(ctx, p, request.params.id, 'read');
      const version = requireIfMatch(request);
      const ref = await scrubAndClose(
        ctx,
        p,
        request.params.id,
        version,
        request.body.decisions,
        traceOf(request),
      );
      setEtag(reply, ref.version);
      return ref;
    },
  );
}
