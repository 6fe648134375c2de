/**
 * Errors from the Ketenhuis API are RFC 9457 problem details whose `type` is a stable URN
 * `urn:ketenhuis:problem:<code>`. This module turns such a problem (or a network failure) into
 * the translation key of a message the user can understand, falling back to a generic one.
 * It has no React or i18next dependency, so it can be tested on its own.
 */

export const PROBLEM_TYPE_PREFIX = 'urn:ketenhuis:problem:';

/** Problem codes the UI has a specific message for (keys under `problems.codes` in the locales). */
export const PROBLEM_CODES = [
  'malformed-request',
  'validation',
  'unauthenticated',
  'forbidden',
  'not-found',
  'method-not-allowed',
  'not-acceptable',
  'conflict',
  'precondition-failed',
  'precondition-required',
  'payload-too-large',
  'unsupported-media-type',
  'uri-too-long',
  'rate-limited',
  'internal',
  'unavailable',
  'invalid-credentials',
  'account-locked',
  'mfa-required',
  'reauth-required',
  'csrf',
  'weak-password',
  'password-change-required',
  'email-in-use',
  'self-lockout',
  'not-usable-in-action-plan',
  'regime-not-allowed',
  'sso-failed',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
}

/** Why a request failed: the server answered with a problem, the server was unreachable, or it
 * answered something we could not read. */
export type FailureKind = 'problem' | 'network' | 'invalid-response';

export class ApiError extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly status?: number,
    readonly problem?: Problem,
  ) {
    super(problem?.title ?? kind);
    this.name = 'ApiError';
  }
}

export type ProblemMessageKey =
  | `problems.codes.${ProblemCode}`
  | 'problems.generic'
  | 'problems.network'
  | 'problems.invalidResponse';

export const isProblemCode = (value: string): value is ProblemCode =>
  (PROBLEM_CODES as readonly string[]).includes(value);

/** The problem code in a `type` URN, or undefined if it is not a Ketenhuis problem type. */
export function problemCode(type: string | undefined): ProblemCode | undefined {
  if (!type?.startsWith(PROBLEM_TYPE_PREFIX)) return undefined;
  const code = type.slice(PROBLEM_TYPE_PREFIX.length);
  return isProblemCode(code) ? code : undefined;
}

/** The translation key for a problem `type`; unknown types get the generic message. */
export function problemMessageKey(type: string | undefined): ProblemMessageKey {
  const code = problemCode(type);
  return code ? `problems.codes.${code}` : 'problems.generic';
}

/** The translation key for any error thrown while talking to the API. */
export function errorMessageKey(error: unknown): ProblemMessageKey {
  if (!(error instanceof ApiError)) return 'problems.generic';
  switch (error.kind) {
    case 'network':
      return 'problems.network';
    case 'invalid-response':
      return 'problems.invalidResponse';
    case 'problem':
      return problemMessageKey(error.problem?.type);
  }
}

/** The problem code of an error thrown while talking to the API, if it is a known problem. */
export function errorCode(error: unknown): ProblemCode | undefined {
  return error instanceof ApiError && error.kind === 'problem' ? problemCode(error.problem?.type) : undefined;
}

/** Why the server refused a new password (the reasons listed in a weak-password problem's detail). */
export const PASSWORD_PROBLEMS = [
  'too-short',
  'too-long',
  'common',
  'contains-personal',
  'repetitive',
  'same-as-current',
] as const;
export type PasswordProblem = (typeof PASSWORD_PROBLEMS)[number];

/**
 * The known reasons named in a weak-password detail. The server ends the detail with the field and
 * its reasons ("… initialPassword: too-short, common", "… newPassword: same-as-current"); whatever
 * the field is called, the reasons are read from after its colon. Unknown reasons are skipped.
 */
export function weakPasswordReasons(detail: string | undefined): PasswordProblem[] {
  if (!detail) return [];
  const colon = detail.lastIndexOf(':');
  const words = detail.slice(colon + 1).split(/[\s,;]+/);
  return PASSWORD_PROBLEMS.filter((reason) => words.includes(reason));
}

/** Parses a problem+json body; returns undefined when it is not a usable problem document. */
export function parseProblem(body: unknown): Problem | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  const { type, title, status, detail, instance } = body as Record<string, unknown>;
  if (typeof type !== 'string' || typeof status !== 'number') return undefined;
  return {
    type,
    title: typeof title === 'string' ? title : '',
    status,
    ...(typeof detail === 'string' ? { detail } : {}),
    ...(typeof instance === 'string' ? { instance } : {}),
  };
}
