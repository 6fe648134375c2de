/**
 * CSRF protection for every state-changing request (ASVS V3.5). The session cookie is
 * SameSite=Strict; on top of that, a request carrying a session must echo its CSRF token in
 * X-CSRF-Token, and a request without one (the login itself) must not come from another site.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Returns why the request is refused, or null when it may proceed. */
export function checkCsrf(request: FastifyRequest): string | null {
  if (SAFE.has(request.method) || !request.url.startsWith('/api/')) return null;
  if (request.headers['sec-fetch-site'] === 'cross-site')
    return 'Verzoeken vanaf een andere site worden geweigerd.';
  const origin = request.headers.origin;
  if (origin !== undefined) {
    let host: string | null = null;
    try {
      host = new URL(origin).host;
    } catch {
      host = null;
    }
    if (host === null || host !== request.headers.host)
      return 'De Origin van dit verzoek hoort niet bij deze site.';
  }
  const session = request.auth?.session;
  if (session) {
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !same(sent, session.csrfToken)) {
      return 'Stuur het CSRF-token van uw sessie mee in X-CSRF-Token.';
    }
  }
  return null;
}
