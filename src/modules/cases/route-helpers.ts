/**
 * What the case routes share: the caller's principal and the 404 gate (domain.md §4: a case the
 * caller has no role in does not exist for them), applied before If-Match or the body are looked at,
 * and the read route of one view of a case (404 gate, read, ETag of the case version).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { Principal } from '../../platform/auth/principal.js';
import { setEtag } from '../../platform/http/etag.js';
import { ProblemError } from '../../platform/http/problem.js';
import { type TraceContext, traceOf } from '../../platform/processing-log/index.js';
import type { CaseContext } from './context.js';
import { notFoundProblem, requireAccess } from './policy.js';
import { idParamsSchema } from './schemas.js';
import { loadCase } from './state.js';

export const tags = ['casussen'];

export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new ProblemError('unauthenticated', 'Log in om dit te doen.');
  return request.principal;
}

/** Loads the case and applies the 404 gate before anything else is looked at. */
export async function visibleCase(
  ctx: CaseContext,
  p: Principal,
  id: string,
  action: Parameters<typeof requireAccess>[2],
) {
  const loaded = await loadCase(ctx.db, id);
  if (!loaded) throw notFoundProblem();
  requireAccess(p, loaded, action);
  return loaded;
}

type LoadedCase = Awaited<ReturnType<typeof visibleCase>>;

/** GET /cases/:id/<path>: one view of a case, read after the 404 gate, with the case's ETag. */
export function caseViewRoute<V extends { version: number }>(
  app: FastifyInstance,
  ctx: CaseContext,
  def: {
    path: string;
    summary: string;
    response: z.ZodType<V>;
    read: (ctx: CaseContext, p: Principal, loaded: LoadedCase, trace: TraceContext) => Promise<V>;
  },
) {
  app.withTypeProvider<ZodTypeProvider>().get(
    `/cases/:id/${def.path}`,
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: def.summary, params: idParamsSchema, response: { 200: def.response } },
    },
    async (request, reply) => {
      const p = principalOf(request);
      const loaded = await visibleCase(ctx, p, request.params.id, 'read');
      const view = await def.read(ctx, p, loaded, traceOf(request));
      setEtag(reply, view.version);
      return view;
    },
  );
}
