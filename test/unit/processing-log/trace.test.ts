/** W3C traceparent parsing: valid headers are honoured, everything else starts a new trace. */
import { describe, expect, it } from 'vitest';
import {
  newSpanId,
  newTraceId,
  parseTraceparent,
  traceOf,
} from '../../../src/platform/processing-log/index.js';

const VALID = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

describe('parseTraceparent', () => {
  it('reads the trace id and the parent span of a valid header', () => {
    expect(parseTraceparent(VALID)).toEqual({
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      parentSpanId: '00f067aa0ba902b7',
    });
    expect(parseTraceparent(`  ${VALID} `)).not.toBeNull();
    // A future version may append fields.
    expect(parseTraceparent(`01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra`)).not.toBeNull();
  });

  it('refuses malformed, all-zero, upper-case, version ff and over-long version 00 headers', () => {
    for (const bad of [
      undefined,
      '',
      ['a', 'b'],
      'ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
      '00-00000000000000000000000000000000-00f067aa0ba902b7-01',
      '00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01',
      '00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01',
      '00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01',
      `${VALID}-extra`,
    ])
      expect(parseTraceparent(bad), String(bad)).toBeNull();
  });
});

describe('trace ids', () => {
  it('makes 16-byte trace ids and 8-byte span ids in lowercase hex', () => {
    expect(newTraceId()).toMatch(/^[0-9a-f]{32}$/);
    expect(newSpanId()).toMatch(/^[0-9a-f]{16}$/);
    expect(newTraceId()).not.toBe(newTraceId());
  });

  it('keeps one trace per request', () => {
    const request = { headers: {} };
    expect(traceOf(request)).toBe(traceOf(request));
    expect(traceOf(request).parentSpanId).toBeNull();
    expect(traceOf({ headers: { traceparent: VALID } }).traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
  });
});
