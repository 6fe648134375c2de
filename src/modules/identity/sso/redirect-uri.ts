/**
 * The redirect URI registered at every identity provider: PUBLIC_URL when it is set (production),
 * else this request's own origin (local development). The provider compares it exactly.
 */
import type { FastifyRequest } from 'fastify';
import type { Settings } from '../../../platform/config/env.js';

export const CALLBACK_PATH = '/api/v1/sso/callback';

export function redirectUri(settings: Pick<Settings, 'PUBLIC_URL'>, request: FastifyRequest): string {
  const base = settings.PUBLIC_URL
    ? settings.PUBLIC_URL.replace(/\/+$/, '')
    : `${request.protocol}://${request.host}`;
  return `${base}${CALLBACK_PATH}`;
}
