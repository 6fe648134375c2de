/**
 * One route per transition of registration and assessment (Art. 1.7, 12.1, 12.2a): submit,
 * pick-up, accept, reject, withdraw, take-over. Each needs If-Match and lets the state machine
 * decide; refusals become 403 (not allowed), 409 (wrong phase) or 400 (missing reason).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { requireIfMatch, setEtag } from '../../platform/http/etag.js';
import { traceOf } from '../../platform/processing-log/index.js';
import type { CaseContext } from './context.js';
import { principalOf, tags, visibleCase } from './route-helpers.js';
import {
  caseRefSchema,
  emptyBodySchema,
  idParamsSchema,
  ifMatchHeaders,
  reasonBodySchema,
  reasoningBodySchema,
  rejectBodySchema,
} from './schemas.js';
import { type TransitionInput, transition } from './transition-command.js';

interface Definition {
  action: TransitionInput['action'];
  summary: string;
  body: z.ZodType;
}

const definitions: Definition[] = [
  { action: 'submit', summary: 'Dien het concept in (melder, Art. 1.7)', body: emptyBodySchema },
  {
    action: 'pick-up',
    summary: 'Pak een aanmelding op (procesregisseur, Art. 12.2a)',
    body: emptyBodySchema,
  },
  {
    action: 'accept',
    summary: 'Aanvaard na beoordeling, met de afweging (Art. 12.2a)',
    body: reasoningBodySchema,
  },
  {
    action: 'reject',
    summary: 'Wijs af met reden en advies aan de melder (Art. 12.2a)',
    body: rejectBodySchema,
  },
  {
    action: 'withdraw',
    summary: 'Trek de aanmelding in vóór de triage (melder, Art. 1.7)',
    body: reasonBodySchema,
  },
  { action: 'take-over', summary: 'Neem de procesregie over, met reden (Art. 12.1)', body: reasonBodySchema },
];

export function transitionRoutes(app: FastifyInstance, ctx: CaseContext) {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  for (const def of definitions) {
    typed.post(
      `/cases/:id/${def.action}`,
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
        await visibleCase(ctx, p, request.params.id, def.action);
        const version = requireIfMatch(request);
        const input = { action: def.action, ...(request.body ?? {}) } as TransitionInput;
        const ref = await transition(ctx, p, request.params.id, version, input, traceOf(request));
        setEtag(reply, ref.version);
        return ref;
      },
    );
  }
}
