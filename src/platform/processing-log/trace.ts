/**
 * W3C Trace Context (https://www.w3.org/TR/trace-context/): a valid incoming `traceparent` header
 * is honoured (its trace id is kept, its span becomes our parent); otherwise a new trace starts.
 * Parsing is pure; new ids come from the system's random source.
 */
import { randomBytes } from 'node:crypto';
import type { TraceContext } from './types.js';

const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;
const ALL_ZERO = /^0+$/;

/**
 * The trace id and parent span of a `traceparent` header, or null when it is absent or invalid:
 * version ff, an all-zero trace or span id, upper-case hex, or extra fields on version 00 are
 * invalid. Later versions may append fields, which are ignored (spec §3.2.4).
 */
export function parseTraceparent(header: unknown): TraceContext | null {
  if (typeof header !== 'string') return null;
  const m = TRACEPARENT.exec(header.trim());
  if (!m) return null;
  const [, version, traceId, spanId, , rest] = m;
  if (!version || !traceId || !spanId || version === 'ff') return null;
  if (version === '00' && rest !== undefined) return null;
  if (ALL_ZERO.test(traceId) || ALL_ZERO.test(spanId)) return null;
  return { traceId, parentSpanId: spanId };
}

/** Random bytes drawn 4 KiB at a time: one call to the system's source per ~340 ids, not per id. */
const POOL = 4096;
let pool = Buffer.alloc(0);
let at = POOL;

function nonZeroHex(bytes: number): string {
  for (;;) {
    if (at + bytes > pool.length) {
      pool = randomBytes(POOL);
      at = 0;
    }
    const hex = pool.toString('hex', at, at + bytes);
    at += bytes;
    if (!ALL_ZERO.test(hex)) return hex;
  }
}

export const newTraceId = (): string => nonZeroHex(16);
export const newSpanId = (): string => nonZeroHex(8);

/** The trace of a request: from its `traceparent` header when valid, else a new one. */
export function traceFromHeaders(headers: Record<string, string | string[] | undefined>): TraceContext {
  return parseTraceparent(headers.traceparent) ?? { traceId: newTraceId(), parentSpanId: null };
}

const perRequest = new WeakMap<object, TraceContext>();

/** The same trace for every entry one request logs (remembered per request object). */
export function traceOf(request: { headers: Record<string, string | string[] | undefined> }): TraceContext {
  let trace = perRequest.get(request);
  if (!trace) {
    trace = traceFromHeaders(request.headers);
    perRequest.set(request, trace);
  }
  return trace;
}
