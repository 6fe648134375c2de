/**
 * The shared plumbing of the governance screens: answers are checked with small zod/mini schemas
 * (about twenty resource shapes; hand-written guards for each would dwarf the screens, and
 * zod/mini tree-shakes to what is used), read with their ETag, and changed with If-Match. Every
 * governance query lives under one key, so that any change refreshes all governance screens.
 */
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { API_BASE, apiRequest, type Method, type Parser } from './client';
import { ApiError } from './problem';

export { z };

export const GOVERNANCE_KEY = ['governance'] as const;

/** A parser for the API client from a schema: undefined when the answer does not fit. */
export function parserOf<T>(schema: z.ZodMiniType<T>): Parser<T> {
  return (body) => {
    const result = schema.safeParse(body);
    return result.success ? result.data : undefined;
  };
}

export interface Versioned<T> {
  value: T;
  etag: string | null;
}

async function request<T>(
  method: Method,
  path: string,
  schema: z.ZodMiniType<T>,
  options: { body?: unknown; etag?: string | null; signal?: AbortSignal } = {},
): Promise<Versioned<T>> {
  const headers: Record<string, string> = options.etag ? { 'If-Match': options.etag } : {};
  const response = await apiRequest(method, `${API_BASE}${path}`, {
    headers,
    ...(options.body !== undefined ? { body: options.body } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const value = parserOf(schema)(response.body);
  if (value === undefined) throw new ApiError('invalid-response', response.status);
  return { value, etag: response.headers.get('ETag') };
}

/** GET with the ETag; `path` null disables the query (e.g. while an id is not known yet). */
export function useGov<T>(key: readonly unknown[], path: string | null, schema: z.ZodMiniType<T>) {
  return useQuery({
    queryKey: [...GOVERNANCE_KEY, ...key],
    queryFn: ({ signal }) => request('GET', path ?? '', schema, { signal }),
    enabled: path !== null,
    staleTime: 0,
  });
}

/** A write (POST, PUT, PATCH) with a JSON answer; `etag` becomes If-Match. */
export const govSend = <T>(
  method: Method,
  path: string,
  schema: z.ZodMiniType<T>,
  body: unknown,
  etag?: string | null,
) => request(method, path, schema, { body, etag: etag ?? null });

/** The answer was 404: the resource does not exist or the caller may not see it (Art. 5.7, 7.5). */
export const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404;

/** The answer was 412: someone else changed the resource first. */
export const isStale = (error: unknown) => error instanceof ApiError && error.status === 412;

/** The usual list envelope `{ items: [...] }`. */
export const itemsOf = <T>(item: z.ZodMiniType<T>) => z.object({ items: z.array(item) });

export const ref = z.object({ id: z.string(), name: z.string() });
export const bodyRef = z.object({ id: z.string(), key: z.string(), name: z.string() });
export type Ref = z.infer<typeof ref>;
export type BodyRef = z.infer<typeof bodyRef>;

export const nullableString = z.nullable(z.string());
/** Actions the server allows the caller; unknown (newer) actions are simply not offered. */
export const permissions = z.array(z.string());
