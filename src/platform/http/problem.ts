/**
 * Errors as RFC 9457 problem details. Every kind of error has a stable code; its `type` is the URN
 * `urn:ketenhuis:problem:<code>`, which the UI maps to a Dutch or English message. Only the
 * members the NL API Design Rules allow are sent: type, title, status, detail, instance.
 */
import { z } from 'zod';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const problemCodes = {
  'malformed-request': { status: 400, title: 'Onleesbaar verzoek' },
  validation: { status: 400, title: 'Ongeldige invoer' },
  'weak-password': { status: 400, title: 'Wachtwoord niet sterk genoeg' },
  unauthenticated: { status: 401, title: 'Niet ingelogd' },
  'invalid-credentials': { status: 401, title: 'Inloggegevens onjuist' },
  'mfa-required': { status: 401, title: 'Tweede factor nodig' },
  'reauth-required': { status: 401, title: 'Opnieuw bevestigen nodig' },
  'password-change-required': { status: 403, title: 'Kies eerst een nieuw wachtwoord' },
  csrf: { status: 403, title: 'Verzoek niet vertrouwd (CSRF)' },
  forbidden: { status: 403, title: 'Geen toegang' },
  'not-found': { status: 404, title: 'Niet gevonden' },
  'method-not-allowed': { status: 405, title: 'Methode niet toegestaan' },
  'not-acceptable': { status: 406, title: 'Formaat niet beschikbaar' },
  conflict: { status: 409, title: 'Conflict' },
  'email-in-use': { status: 409, title: 'E-mailadres al in gebruik' },
  'self-lockout': { status: 409, title: 'U kunt uzelf niet buitensluiten' },
  'not-usable-in-action-plan': { status: 409, title: 'Niet bruikbaar in het plan van aanpak' },
  'precondition-failed': { status: 412, title: 'Gegevens zijn intussen gewijzigd' },
  'payload-too-large': { status: 413, title: 'Verzoek te groot' },
  'unsupported-media-type': { status: 415, title: 'Niet-ondersteund formaat' },
  'uri-too-long': { status: 414, title: 'URL te lang' },
  /** Art. 15.2: the providing party may not provide police (Wpg) or judicial (Wjsg) data. */
  'regime-not-allowed': { status: 422, title: 'Regime niet toegestaan voor deze partij' },
  'precondition-required': { status: 428, title: 'If-Match ontbreekt' },
  'rate-limited': { status: 429, title: 'Te veel verzoeken' },
  'account-locked': { status: 429, title: 'Account tijdelijk geblokkeerd' },
  internal: { status: 500, title: 'Interne fout' },
  unavailable: { status: 503, title: 'Tijdelijk niet beschikbaar' },
} as const;

export type ProblemCode = keyof typeof problemCodes;

export const problemType = (code: ProblemCode): string => `urn:ketenhuis:problem:${code}`;

export const problemSchema = z.strictObject({
  type: z.string().describe('Stabiele code van de fout, urn:ketenhuis:problem:<code>'),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().describe('Verwijst naar dit verzoek: urn:ketenhuis:request:<request-id>'),
});

export type Problem = z.infer<typeof problemSchema>;

/** An error the caller can do something about; it becomes a problem response, never a 500. */
export class ProblemError extends Error {
  readonly status: number;
  readonly code: ProblemCode;
  readonly detail: string;
  constructor(code: ProblemCode, detail: string) {
    // The caller's to fix, not a bug to trace: no stack trace. Capturing one was most of the cost
    // of the policy's dry runs, which make a problem per refused action on every case read.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(detail);
    Error.stackTraceLimit = limit;
    this.code = code;
    this.detail = detail;
    this.name = 'ProblemError';
    this.status = problemCodes[code].status;
  }
}

export const notFound = (what = 'De gevraagde bron bestaat niet of u heeft er geen toegang toe.') =>
  new ProblemError('not-found', what);

export function toProblem(code: ProblemCode, detail: string, requestId: string): Problem {
  const { status, title } = problemCodes[code];
  return { type: problemType(code), title, status, detail, instance: `urn:ketenhuis:request:${requestId}` };
}
