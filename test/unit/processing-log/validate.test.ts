/** What the log refuses to store: anything that would not round-trip exactly, or a bare BSN. */
import { describe, expect, it } from 'vitest';
import type { ProcessingEntryInput } from '../../../src/platform/processing-log/types.js';
import { ProcessingLogError, validateEntryInput } from '../../../src/platform/processing-log/validate.js';

const valid: ProcessingEntryInput = {
  name: 'case.read',
  operation: 'read',
  processingActivityId: 'urn:ketenhuis:haaglanden:verwerking:aanmelding',
  actor: { userId: 'u', partyId: null },
  dataSubject: { id: 'a'.repeat(64), type: 'bsn-pseudonym' },
  trace: { traceId: 'a'.repeat(32), parentSpanId: null },
  startTime: '2025-03-01T10:00:00.000Z',
  endTime: '2025-03-01T10:00:00.001Z',
};

describe('validateEntryInput', () => {
  it('accepts a complete entry', () => {
    expect(() => validateEntryInput(valid)).not.toThrow();
    expect(() => validateEntryInput({ ...valid, dataSubject: null, caseId: 'c' })).not.toThrow();
  });

  it.each([
    ['a BSN as data subject', { dataSubject: { id: '111222333', type: 'bsn' } }],
    ['a short pseudonym', { dataSubject: { id: 'abc', type: 'bsn-pseudonym' } }],
    ['a bad name', { name: 'Case Read' }],
    ['an unknown operation', { operation: 'peek' }],
    ['a local time', { startTime: '2025-03-01T11:00:00+01:00' }],
    ['an end before the start', { endTime: '2025-03-01T09:00:00.000Z' }],
    ['a NUL character', { purpose: 'a\u0000b' }],
    ['a lone surrogate', { caseId: 'a\uD800b' }],
    ['an upper-case trace id', { trace: { traceId: 'A'.repeat(32), parentSpanId: null } }],
    ['an empty activity', { processingActivityId: '' }],
  ])('refuses %s', (_label, change) => {
    expect(() => validateEntryInput({ ...valid, ...(change as Partial<ProcessingEntryInput>) })).toThrow(
      ProcessingLogError,
    );
  });
});
