/** The governance data layer: answers are checked before they are trusted; amounts read as euros. */
import { describe, expect, it } from 'vitest';
import { emptyParts, formatEuros, parseEuros } from './governanceAnnual';
import { parserOf } from './governanceClient';
import { decisionSchema } from './governanceMeetings';
import { accessionSchema, termSchema } from './governanceMembership';

const term = {
  date: '2025-06-01',
  effectiveFrom: '2019-01-01',
  initialTermYears: 5,
  renewalTermYears: 1,
  inForce: true,
  period: { number: 3, kind: 'renewal', start: '2025-01-01', end: '2025-12-31' },
  nextRenewal: '2026-01-01',
  article: '23.1',
};

describe('parserOf', () => {
  it('accepts the term as the server sends it (Art. 23.1)', () => {
    expect(parserOf(termSchema)(term)?.nextRenewal).toBe('2026-01-01');
  });

  it('refuses an answer of the wrong shape', () => {
    expect(parserOf(termSchema)({ ...term, inForce: 'yes' })).toBeUndefined();
    expect(parserOf(termSchema)({ ...term, period: { ...term.period, kind: 'forever' } })).toBeUndefined();
    expect(parserOf(termSchema)(null)).toBeUndefined();
  });

  it('reads an accession with its consents and keeps unknown permissions as plain strings', () => {
    const accession = {
      id: 'a',
      status: 'notified',
      party: { id: 'p', key: 'x', name: 'X', kind: 'partner', domain: 'care', status: 'accession_pending' },
      request: {
        receivedVia: { id: 'u', displayName: 'Sander' },
        receivedOn: '2025-05-01',
        seat: 'Den Haag',
        officeAddress: 'Laan 1',
        representative: { name: 'A', function: 'B' },
        motivation: 'M',
      },
      notifiedAt: '2025-05-02T10:00:00.000Z',
      consents: { needed: 2, agreed: 1, refused: 0, missing: 1, complete: false, items: [] },
      decision: null,
      signatures: { organisation: null, chair: null },
      version: 2,
      permissions: ['consent', 'something-newer'],
    };
    const parsed = parserOf(accessionSchema)(accession);
    expect(parsed?.permissions).toEqual(['consent', 'something-newer']);
    expect(parserOf(accessionSchema)({ ...accession, status: 'unknown' })).toBeUndefined();
  });

  it('reads a held decision with the parties it waits for (Art. 5.5, 7.2)', () => {
    const decision = {
      id: 'd',
      body: { id: 'b', key: 'partneroverleg', name: 'Partneroverleg' },
      meetingId: 'm',
      agendaItemId: null,
      title: 'T',
      proposal: 'P',
      status: 'held',
      consensus: false,
      affectedParties: [{ id: 'r', name: 'Reclassering' }],
      writtenInputs: [],
      votes: [],
      tally: null,
      waitingFor: [{ id: 'r', name: 'Reclassering' }],
      subject: null,
      referredFromId: null,
      referredToId: null,
      closedAt: null,
      version: 3,
      votableParties: [],
      permissions: ['record-input', 'close'],
    };
    expect(parserOf(decisionSchema)(decision)?.waitingFor[0]?.name).toBe('Reclassering');
  });
});

describe('parseEuros', () => {
  it.each([
    ['1250', 125000],
    ['1250,5', 125050],
    ['1.250.000,00', 125000000],
    ['1.250', 125000],
    ['1250.75', 125075],
    ['€ 12,00', 1200],
  ])('reads %s as %i cents', (text, cents) => {
    expect(parseEuros(text)).toBe(cents);
  });

  it.each(['', 'twaalf', '1,2,3', '12,345', '-5'])('refuses %j', (text) => {
    expect(parseEuros(text)).toBeUndefined();
  });

  it('formats cents as euros in the interface language', () => {
    expect(formatEuros(125050, 'nl')).toMatch(/1\.250,50/);
    expect(formatEuros(125050, 'en')).toMatch(/1,250\.50/);
  });
});

describe('emptyParts', () => {
  it('names the parts of Art. 4.4 that are still empty', () => {
    expect(
      emptyParts({ longTermVision: 'v', priorities: ' ', budgetAndAccounts: null, qualityAssurance: 'q' }),
    ).toEqual(['priorities', 'budgetAndAccounts']);
  });
});
