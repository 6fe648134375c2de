/**
 * A small fetch wrapper for the Ketenhuis API (same origin, JSON, the session cookie). Failures
 * become an ApiError: a parsed RFC 9457 problem when the server sent one, otherwise a network or
 * invalid-response error. Response bodies are checked by the caller's `parse` function before
 * they are trusted.
 *
 * CSRF: while a session exists, every request that is not a GET carries the session's token in
 * X-CSRF-Token. The token comes from the latest GET /session (or login) response and is kept here,
 * so that every mutation gets it without the caller having to think about it. When the server
 * refuses a stale token (problem `csrf`), the token is fetched again and the request retried once.
 *
 * Listeners registered with `onSessionProblem` hear about answers that mean the session ended or
 * is not complete (`unauthenticated`, `mfa-required`, `password-change-required`), so the auth
 * layer can re-check the session and the route guard can send the user where they must go.
 */
import { ApiError, parseProblem, problemCode } from './problem';

export type Parser<T> = (body: unknown) => T | undefined;
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export const API_BASE = '/api/v1';
export const SESSION_PATH = `${API_BASE}/session`;
export const CSRF_HEADER = 'X-CSRF-Token';

const ACCEPT = 'application/json, application/problem+json';

let csrfToken: string | null = null;

/** Remembers the CSRF token of the current session (null when there is none). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

export const SESSION_PROBLEMS = ['unauthenticated', 'mfa-required', 'password-change-required'] as const;
export type SessionProblem = (typeof SESSION_PROBLEMS)[number];
const isSessionProblem = (code: string | undefined): code is SessionProblem =>
  code !== undefined && (SESSION_PROBLEMS as readonly string[]).includes(code);

type SessionProblemListener = (code: SessionProblem) => void;
const sessionProblemListeners = new Set<SessionProblemListener>();

/**
 * Subscribes to "the session ended, needs a second factor or a new password"; returns the
 * unsubscribe function.
 */
export function onSessionProblem(listener: SessionProblemListener): () => void {
  sessionProblemListeners.add(listener);
  return () => {
    sessionProblemListeners.delete(listener);
  };
}

/** The headers of a request: Accept, JSON content type when there is a body, CSRF for mutations. */
export function requestHeaders(
  method: Method,
  hasBody: boolean,
  extra: Record<string, string> = {},
  token: string | null = csrfToken,
): Record<string, string> {
  const headers: Record<string, string> = { Accept: ACCEPT, ...extra };
  if (hasBody) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && token !== null) headers[CSRF_HEADER] = token;
  return headers;
}

export interface RequestOptions {
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

async function rawFetch(method: Method, path: string, options: RequestOptions): Promise<Response> {
  const hasBody = options.body !== undefined;
  try {
    return await fetch(path, {
      method,
      headers: requestHeaders(method, hasBody, options.headers),
      credentials: 'same-origin',
      ...(hasBody ? { body: JSON.stringify(options.body) } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError('network');
  }
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  return response.json().catch(() => undefined);
}

/** Fetches the current CSRF token again (after the server refused ours, or rotated the session). */
export async function refreshCsrfToken(signal?: AbortSignal): Promise<boolean> {
  const response = await rawFetch('GET', SESSION_PATH, signal ? { signal } : {});
  if (!response.ok) return false;
  const body = await readBody(response);
  const token = isRecord(body) && isString(body.csrfToken) ? body.csrfToken : null;
  setCsrfToken(token);
  return token !== null;
}

export interface ApiResponse {
  status: number;
  body: unknown;
  headers: Headers;
}

/**
 * Sends a request and returns the status, headers and parsed body of a successful answer; throws
 * an ApiError for everything else.
 */
export async function apiRequest(
  method: Method,
  path: string,
  options: RequestOptions = {},
): Promise<ApiResponse> {
  let response = await rawFetch(method, path, options);
  let body = await readBody(response);
  if (!response.ok && method !== 'GET' && problemCode(parseProblem(body)?.type) === 'csrf') {
    // The token may have been rotated (login, second factor): fetch the current one, retry once.
    if (await refreshCsrfToken(options.signal)) {
      response = await rawFetch(method, path, options);
      body = await readBody(response);
    }
  }
  if (!response.ok) {
    const problem = parseProblem(body);
    if (!problem) throw new ApiError('invalid-response', response.status);
    const code = problemCode(problem.type);
    if (isSessionProblem(code) && path !== SESSION_PATH) {
      for (const listener of sessionProblemListeners) listener(code);
    }
    throw new ApiError('problem', response.status, problem);
  }
  return { status: response.status, body, headers: response.headers };
}

function parsed<T>(response: ApiResponse, parse: Parser<T>): T {
  const value = parse(response.body);
  if (value === undefined) throw new ApiError('invalid-response', response.status);
  return value;
}

export async function getJson<T>(path: string, parse: Parser<T>, signal?: AbortSignal): Promise<T> {
  return parsed(await apiRequest('GET', path, signal ? { signal } : {}), parse);
}

/** GET that also returns the ETag, for resources that are updated with If-Match. */
export async function getJsonWithEtag<T>(
  path: string,
  parse: Parser<T>,
  signal?: AbortSignal,
): Promise<{ value: T; etag: string | null }> {
  const response = await apiRequest('GET', path, signal ? { signal } : {});
  return { value: parsed(response, parse), etag: response.headers.get('ETag') };
}

/** A request with a JSON answer (POST, PATCH, …). */
export async function sendJson<T>(
  method: Method,
  path: string,
  parse: Parser<T>,
  options: RequestOptions = {},
): Promise<T> {
  return parsed(await apiRequest(method, path, options), parse);
}

/** A request whose answer has no body we need (typically 204 No Content). */
export async function send(method: Method, path: string, options: RequestOptions = {}): Promise<void> {
  await apiRequest(method, path, options);
}

/** Type guards used by the parsers. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export const isString = (value: unknown): value is string => typeof value === 'string';

export const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

export const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every(isString);

export const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value);

/** Parser for answers whose body we ignore. */
export const ignoreBody: Parser<true> = () => true;
