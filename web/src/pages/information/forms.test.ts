/** Tests of the pure form logic of the information pages: conditions, files, data-subject requests. */
import { describe, expect, it } from 'vitest';
import { conditionProblems, dayOf, EMPTY_CONDITIONS, expiryInstant, toConditionsInput } from './conditions';
import { fileProblems } from './files';
import { subjectBody, subjectProblems } from './subjectForm';

describe('conditions', () => {
  it('asks for a visibility, a named party when naming, and a future expiry', () => {
    expect(conditionProblems(EMPTY_CONDITIONS, '2025-03-01')).toEqual({ visibility: 'visibility' });
    expect(
      conditionProblems(
        { ...EMPTY_CONDITIONS, visibility: 'named-parties', expiresOn: '2025-02-28' },
        '2025-03-01',
      ),
    ).toEqual({ namedPartyIds: 'namedParties', expiresAt: 'expiresPast' });
    expect(
      conditionProblems(
        { ...EMPTY_CONDITIONS, visibility: 'all-participants', expiresOn: '2025-03-01' },
        '2025-03-01',
      ),
    ).toEqual({});
  });

  it('names parties only with named-parties and ends the expiry day at its last second', () => {
    const input = toConditionsInput({
      visibility: 'all-participants',
      namedPartyIds: ['p1'],
      useInActionPlan: true,
      expiresOn: '2030-06-15',
    });
    expect(input.namedPartyIds).toEqual([]);
    expect(input.useInActionPlan).toBe(true);
    expect(input.expiresAt && dayOf(input.expiresAt)).toBe('2030-06-15');
    expect(new Date(input.expiresAt ?? '').getHours()).toBe(23);
    expect(
      toConditionsInput({ ...EMPTY_CONDITIONS, visibility: 'named-parties', namedPartyIds: ['p1'] }),
    ).toEqual({
      visibility: 'named-parties',
      namedPartyIds: ['p1'],
      useInActionPlan: false,
      expiresAt: null,
    });
    expect(expiryInstant('morgen')).toBeNull();
  });
});

describe('files', () => {
  it('flags files over the limit first, then unknown extensions', () => {
    expect(
      fileProblems(
        [
          { name: 'groot.pdf', size: 11 },
          { name: 'script.exe', size: 1 },
          { name: 'Scan.JPG', size: 1 },
          { name: 'brief.docx', size: 1 },
        ],
        10,
      ),
    ).toEqual([
      { kind: 'too-large', name: 'groot.pdf' },
      { kind: 'type', name: 'script.exe' },
    ]);
  });
});

describe('data-subject request form', () => {
  const base = {
    kind: 'access' as const,
    identify: 'bsn' as const,
    bsn: '111 222 333',
    name: '',
    birthDate: '',
    description: 'Wil inzage',
    receivedOn: '2025-03-01',
  };

  it('accepts a valid BSN and puts it in the body only, without spaces', () => {
    expect(subjectProblems(base, '2025-03-02')).toEqual({});
    expect(subjectBody(base)).toEqual({
      kind: 'access',
      subject: { bsn: '111222333' },
      description: 'Wil inzage',
      receivedOn: '2025-03-01',
    });
  });

  it('checks the elfproef, the name with birth date, and dates not in the future', () => {
    expect(subjectProblems({ ...base, bsn: '123456789' }, '2025-03-02')).toEqual({ bsn: 'bsn' });
    expect(
      subjectProblems({ ...base, identify: 'name', bsn: 'x', receivedOn: '2025-04-01' }, '2025-03-02'),
    ).toEqual({ name: 'name', birthDate: 'birthDate', receivedOn: 'receivedOnFuture' });
    const byName = { ...base, identify: 'name' as const, name: ' Sem ', birthDate: '1987-03-14' };
    expect(subjectProblems(byName, '2025-03-02')).toEqual({});
    expect(subjectBody(byName).subject).toEqual({ name: 'Sem', birthDate: '1987-03-14' });
    expect(subjectProblems({ ...base, kind: '', description: ' ' }, '2025-03-02')).toEqual({
      kind: 'kind',
      description: 'description',
    });
  });
});
