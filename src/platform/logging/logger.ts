/**
 * pino configuration. Log lines carry the request id but never personal data: request bodies are
 * not logged, URLs are logged without their query string, and known personal or secret fields are
 * redacted wherever they appear.
 */
import type { FastifyRequest } from 'fastify';
import type { LoggerOptions } from 'pino';

/** Field names that may hold personal data or secrets, wherever they occur in a log object. */
export const REDACTED_FIELDS = [
  'bsn',
  'burgerservicenummer',
  'name',
  'firstName',
  'lastName',
  'dateOfBirth',
  'address',
  'email',
  'phone',
  'password',
  'totp',
  'token',
  'secret',
  'authorization',
  'cookie',
  'set-cookie',
  'x-csrf-token',
];

const redactPaths = REDACTED_FIELDS.flatMap((f) =>
  [f, `*.${f}`, `*.*.${f}`, `*.*.*.${f}`].map((p) => (f.includes('-') ? p.replace(f, `["${f}"]`) : p)),
);

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: redactPaths, censor: '[verwijderd]' },
    serializers: {
      req: (req: FastifyRequest) => ({
        method: req.method,
        url: (req.url ?? '').split('?')[0],
        route: req.routeOptions?.url,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}
