/**
 * Maps every error to a problem response, once. Mistakes of the caller (bad JSON, wrong types,
 * unknown fields, oversized bodies, wrong media types) become 4xx; only our own faults are 500,
 * and those are logged without the request body.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { PROBLEM_CONTENT_TYPE, type ProblemCode, ProblemError, toProblem } from './problem.js';

/**
 * The code for a 4xx error that names none of its own (a plugin's, say): the generic code of its
 * status, never a domain code that happens to share it (a 403 is not "password-change-required",
 * a 422 not "regime-not-allowed"). Other statuses become 400 malformed-request.
 */
const GENERIC_BY_STATUS: Partial<Record<number, ProblemCode>> = {
  400: 'malformed-request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  406: 'not-acceptable',
  409: 'conflict',
  412: 'precondition-failed',
  413: 'payload-too-large',
  414: 'uri-too-long',
  415: 'unsupported-media-type',
  428: 'precondition-required',
};

export function sendProblem(reply: FastifyReply, code: ProblemCode, detail: string): FastifyReply {
  const problem = toProblem(code, detail, reply.request.id);
  return reply.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
}

interface ZodIssueLike {
  instancePath?: string;
  message?: string;
  params?: { issue?: { path?: PropertyKey[]; code?: string; keys?: string[]; message?: string } };
}

function describeValidation(where: string | undefined, issues: ZodIssueLike[]): string {
  const parts = issues.slice(0, 10).map((i) => {
    const issue = i.params?.issue;
    const path = issue?.path?.length
      ? issue.path.map(String).join('.')
      : (i.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
    if (issue?.code === 'unrecognized_keys') return `onbekende velden: ${issue.keys?.join(', ')}`;
    return `${path || '(geheel)'}: ${issue?.message ?? i.message ?? 'ongeldig'}`;
  });
  const prefix =
    where === 'querystring'
      ? 'Queryparameters'
      : where === 'params'
        ? 'Padparameters'
        : where === 'headers'
          ? 'Headers'
          : 'Body';
  return `${prefix} ongeldig — ${parts.join('; ')}`;
}

const fastifyCodeMap: Record<string, ProblemCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed-request',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed-request',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload-too-large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported-media-type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'malformed-request',
  FST_ERR_CTP_INVALID_TYPE: 'unsupported-media-type',
  FST_ERR_BAD_URL: 'malformed-request',
  FST_ERR_ASYNC_CONSTRAINT: 'malformed-request',
};

export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof ProblemError) return sendProblem(reply, error.code, error.detail);
  if (hasZodFastifySchemaValidationErrors(error)) {
    return sendProblem(
      reply,
      'validation',
      describeValidation(error.validationContext, error.validation as ZodIssueLike[]),
    );
  }
  if (isResponseSerializationError(error)) {
    request.log.error(
      { err: { message: error.message, method: error.method, url: error.url } },
      'response did not match its schema',
    );
    return sendProblem(reply, 'internal', 'Er ging intern iets mis. Vermeld het request-id bij een melding.');
  }
  const mapped = error.code ? fastifyCodeMap[error.code] : undefined;
  if (mapped) return sendProblem(reply, mapped, describeFastifyError(mapped, error));
  if (error instanceof SyntaxError)
    return sendProblem(reply, 'malformed-request', 'De body is geen geldige JSON.');
  const status = error.statusCode ?? 500;
  if (status === 429)
    return sendProblem(reply, 'rate-limited', 'Te veel verzoeken; probeer het later opnieuw.');
  if (status >= 400 && status < 500) {
    return sendProblem(
      reply,
      GENERIC_BY_STATUS[status] ?? 'malformed-request',
      'Het verzoek kon niet worden verwerkt.',
    );
  }
  request.log.error(
    { err: { message: error.message, stack: error.stack, code: error.code } },
    'unhandled error',
  );
  return sendProblem(reply, 'internal', 'Er ging intern iets mis. Vermeld het request-id bij een melding.');
}

function describeFastifyError(code: ProblemCode, error: FastifyError): string {
  switch (code) {
    case 'payload-too-large':
      return 'De body is groter dan is toegestaan.';
    case 'unsupported-media-type':
      return 'Dit formaat wordt niet ondersteund; gebruik application/json.';
    default:
      return error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
        ? 'De body is leeg, maar Content-Type is application/json.'
        : 'De body is geen geldige JSON.';
  }
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler(handleError);
}
