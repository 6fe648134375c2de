/**
 * The session cookie: `__Host-` prefixed, HttpOnly, Secure, SameSite=Strict, path /. Only plain-http
 * development on localhost drops Secure (and with it the prefix, which browsers require Secure for).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Settings } from '../../platform/config/env.js';

export interface CookiePolicy {
  name: string;
  secure: boolean;
}

export function cookiePolicy(settings: Settings): CookiePolicy {
  const publicUrl = settings.PUBLIC_URL;
  const insecureLocal =
    (publicUrl === undefined || publicUrl.startsWith('http://')) &&
    (publicUrl === undefined || /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/.test(publicUrl)) &&
    ['127.0.0.1', 'localhost', '::1'].includes(settings.HOST);
  return insecureLocal
    ? { name: 'ketenhuis-session', secure: false }
    : { name: '__Host-ketenhuis-session', secure: true };
}

export function readSessionCookie(request: FastifyRequest, policy: CookiePolicy): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === policy.name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

export function setSessionCookie(
  reply: FastifyReply,
  policy: CookiePolicy,
  token: string,
  maxAgeSeconds: number,
): void {
  const attrs = [
    `${policy.name}=${token}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${maxAgeSeconds}`,
  ];
  if (policy.secure) attrs.push('Secure');
  reply.header('Set-Cookie', attrs.join('; '));
}

export function clearSessionCookie(reply: FastifyReply, policy: CookiePolicy): void {
  const attrs = [`${policy.name}=`, 'Path=/', 'HttpOnly', 'SameSite=Strict', 'Max-Age=0'];
  if (policy.secure) attrs.push('Secure');
  reply.header('Set-Cookie', attrs.join('; '));
}
