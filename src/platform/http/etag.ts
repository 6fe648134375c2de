/**
 * Optimistic concurrency for updatable resources: the ETag is the row version; a write must send
 * If-Match with it. Missing → 428; stale → 412 and nothing changes.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ProblemError } from './problem.js';

export const etagOf = (version: number): string => `"v${version}"`;

export function setEtag(reply: FastifyReply, version: number): void {
  reply.header('ETag', etagOf(version));
}

/** The version the caller expects, from If-Match. */
export function requireIfMatch(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (header === undefined || header === '') {
    throw new ProblemError('precondition-required', 'Stuur If-Match met de ETag die u het laatst ontving.');
  }
  const match = /^(?:W\/)?"v(\d{1,9})"$/.exec(header.trim());
  if (!match?.[1])
    throw new ProblemError('precondition-failed', 'If-Match komt niet overeen met de huidige versie.');
  return Number(match[1]);
}

export const staleWrite = () =>
  new ProblemError(
    'precondition-failed',
    'De gegevens zijn intussen door iemand anders gewijzigd. Laad ze opnieuw.',
  );
