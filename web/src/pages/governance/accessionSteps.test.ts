/** The accession steps shown on screen follow the workflow of Art. 20. */
import { describe, expect, it } from 'vitest';
import type { Accession } from '../../api/governanceMembership';
import { accessionStepStates } from './accessionSteps';

const consents = (complete: boolean) => ({
  needed: 2,
  agreed: complete ? 2 : 1,
  refused: 0,
  missing: complete ? 0 : 1,
  complete,
  items: [],
});
const sig = { signatory: 'A', signedOn: '2025-01-01', place: 'Den Haag' };
const base: Pick<Accession, 'status' | 'notifiedAt' | 'consents' | 'decision' | 'signatures'> = {
  status: 'requested',
  notifiedAt: null,
  consents: consents(false),
  decision: null,
  signatures: { organisation: null, chair: null },
};

describe('accessionStepStates', () => {
  it('starts with informing the parties (Art. 20.3)', () => {
    expect(accessionStepStates(base)).toEqual({
      request: 'done',
      notify: 'current',
      consent: 'todo',
      decision: 'todo',
      signatures: 'todo',
      active: 'todo',
    });
  });

  it('waits for the consent of all parties once they are informed (Art. 20.4)', () => {
    const s = accessionStepStates({ ...base, status: 'notified', notifiedAt: '2025-01-02T10:00:00Z' });
    expect(s.notify).toBe('done');
    expect(s.consent).toBe('current');
  });

  it('asks for the decision when all consented, then for both signatures', () => {
    const notified = { ...base, status: 'notified' as const, notifiedAt: 'x', consents: consents(true) };
    expect(accessionStepStates(notified).decision).toBe('current');
    const approved = {
      ...notified,
      status: 'approved' as const,
      decision: { decidedOn: '2025-02-01', outcome: 'approved' as const, reference: 'SG-1' },
      signatures: { organisation: sig, chair: null },
    };
    expect(accessionStepStates(approved).signatures).toBe('current');
    const acceded = {
      ...approved,
      status: 'acceded' as const,
      signatures: { organisation: sig, chair: sig },
    };
    expect(Object.values(accessionStepStates(acceded))).toEqual(Array(6).fill('done'));
  });

  it('skips signing after a refusal', () => {
    const refused = {
      ...base,
      status: 'refused' as const,
      notifiedAt: 'x',
      decision: { decidedOn: '2025-02-01', outcome: 'refused' as const, reference: 'SG-2' },
    };
    const s = accessionStepStates(refused);
    expect([s.consent, s.decision, s.signatures, s.active]).toEqual([
      'skipped',
      'done',
      'skipped',
      'skipped',
    ]);
  });
});
