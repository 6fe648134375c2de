/**
 * Checks a caller's entry before it is chained. What is stored must round-trip exactly through
 * both databases (so that "hash what is stored" holds): no NUL characters, no lone surrogates,
 * timestamps in one fixed UTC format, and a data-subject id that can never be a bare BSN.
 */
import { operations, type ProcessingEntryInput, statusCodes } from './types.js';

export class ProcessingLogError extends Error {
  override name = 'ProcessingLogError';
}

export const ISO_MS_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const NAME = /^[a-z][a-z0-9_-]*(\.[a-z0-9_-]+)*$/;
const HEX = (n: number) => new RegExp(`^[0-9a-f]{${n}}$`);
const SUBJECT_TYPE = /^[a-z][a-z0-9.:_-]{0,63}$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function text(label: string, value: string | null | undefined, max: number, required = true): void {
  if (value === null || value === undefined) {
    if (required) throw new ProcessingLogError(`${label}: ontbreekt`);
    return;
  }
  if (typeof value !== 'string') throw new ProcessingLogError(`${label}: geen tekst`);
  if (required && value.length === 0) throw new ProcessingLogError(`${label}: leeg`);
  if (value.length > max) throw new ProcessingLogError(`${label}: langer dan ${max} tekens`);
  if (value.includes('\u0000') || LONE_SURROGATE.test(value))
    throw new ProcessingLogError(`${label}: bevat tekens die niet exact kunnen worden opgeslagen`);
}

/** Throws ProcessingLogError naming the first problem with the entry. */
export function validateEntryInput(input: ProcessingEntryInput): void {
  text('name', input.name, 100);
  if (!NAME.test(input.name)) throw new ProcessingLogError('name: verwacht bijvoorbeeld case.read');
  if (!operations.includes(input.operation)) throw new ProcessingLogError('operation: onbekend');
  text('processingActivityId', input.processingActivityId, 300);
  text('purpose', input.purpose, 2000, false);
  text('actor.userId', input.actor.userId, 100, false);
  text('actor.partyId', input.actor.partyId, 100, false);
  text('caseId', input.caseId, 100, false);
  if (!HEX(32).test(input.trace.traceId)) throw new ProcessingLogError('trace.traceId: verwacht 32 hex');
  if (input.trace.parentSpanId !== null && !HEX(16).test(input.trace.parentSpanId))
    throw new ProcessingLogError('trace.parentSpanId: verwacht 16 hex');
  if (input.statusCode !== undefined && !statusCodes.includes(input.statusCode))
    throw new ProcessingLogError('statusCode: onbekend');
  for (const [label, t] of [
    ['startTime', input.startTime],
    ['endTime', input.endTime],
  ] as const) {
    if (t !== undefined && !ISO_MS_UTC.test(t))
      throw new ProcessingLogError(`${label}: verwacht ISO-8601 UTC met milliseconden`);
  }
  if (input.startTime && input.endTime && input.endTime < input.startTime)
    throw new ProcessingLogError('endTime: ligt voor startTime');
  const subject = input.dataSubject;
  if (subject) {
    if (!SUBJECT_TYPE.test(subject.type)) throw new ProcessingLogError('dataSubject.type: ongeldig');
    text('dataSubject.id', subject.id, 200);
    if (/^\d{8,9}$/.test(subject.id))
      throw new ProcessingLogError('dataSubject.id: lijkt een BSN; log alleen een pseudoniem');
    if (subject.type === 'bsn-pseudonym' && !HEX(64).test(subject.id))
      throw new ProcessingLogError('dataSubject.id: een bsn-pseudonym is 64 hex (HMAC-SHA256)');
  }
}
