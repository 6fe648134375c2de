/**
 * Binds a pending login to the browser that started it (ASVS V10.1.2): the state also travels in a
 * short-lived HttpOnly cookie, and the callback only proceeds when both agree — so a callback URL
 * obtained by someone else (login CSRF) is useless in another browser. SameSite=Lax, because the
 * callback is a top-level navigation coming from the identity provider's site.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type CookiePolicy, readSessionCookie } from '../cookies.js';
import { safeEqual } from '../rules/tokens.js';
import { STATE_TTL_MS } from './login-states.js';

const cookieFor = (policy: CookiePolicy): CookiePolicy => ({
  name: policy.secure ? '__Host-ketenhuis-sso-state' : 'ketenhuis-sso-state',
  secure: policy.secure,
});

function write(reply: FastifyReply, policy: CookiePolicy, value: string, maxAge: number) {
  const cookie = cookieFor(policy);
  const attrs = [`${cookie.name}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Lax', `Max-Age=${maxAge}`];
  if (cookie.secure) attrs.push('Secure');
  reply.header('Set-Cookie', attrs.join('; '));
}

export const setStateCookie = (reply: FastifyReply, policy: CookiePolicy, state: string) =>
  write(reply, policy, state, STATE_TTL_MS / 1000);

export const clearStateCookie = (reply: FastifyReply, policy: CookiePolicy) => write(reply, policy, '', 0);

/** True when this browser holds the cookie for exactly this state. */
export function browserStartedLogin(request: FastifyRequest, policy: CookiePolicy, state: string): boolean {
  const held = readSessionCookie(request, cookieFor(policy));
  return held !== undefined && held.length > 0 && safeEqual(held, state);
}
