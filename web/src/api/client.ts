/**
 * A small fetch wrapper for the Ketenhuis API (same origin, JSON). Failures become an ApiError:
 * a parsed RFC 9457 problem when the server sent one, otherwise a network or invalid-response
 * error. Response bodies are checked by the caller's `parse` function before they are trusted.
 */
import { ApiError, parseProblem } from './problem';

export type Parser<T> = (body: unknown) => T | undefined;

export async function getJson<T>(path: string, parse: Parser<T>, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'GET',
      headers: { Accept: 'application/json, application/problem+json' },
      credentials: 'same-origin',
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('network');
  }

  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const problem = parseProblem(body);
    throw problem
      ? new ApiError('problem', response.status, problem)
      : new ApiError('invalid-response', response.status);
  }
  const value = parse(body);
  if (value === undefined) throw new ApiError('invalid-response', response.status);
  return value;
}

/** Type guards used by the parsers. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export const isString = (value: unknown): value is string => typeof value === 'string';
