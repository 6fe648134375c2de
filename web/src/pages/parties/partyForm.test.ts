/** Tests the party form rules: the name check and sending only what changed. */
import { describe, expect, it } from 'vitest';
import { partyChanges, partyNameProblem } from './partyForm';

describe('party form', () => {
  it('checks the name as the server does', () => {
    expect(partyNameProblem('   ')).toBe('required');
    expect(partyNameProblem(' A ')).toBe('length');
    expect(partyNameProblem('x'.repeat(201))).toBe('length');
    expect(partyNameProblem(' Politie ')).toBeNull();
  });

  it('sends only what changed, with the name trimmed', () => {
    const party = { name: 'Politie', domain: 'justice' } as const;
    expect(partyChanges(party, { name: ' Politie ', domain: 'justice' })).toEqual({});
    expect(partyChanges(party, { name: 'Politie Haaglanden', domain: 'justice' })).toEqual({
      name: 'Politie Haaglanden',
    });
    expect(partyChanges(party, { name: 'Politie', domain: 'care' })).toEqual({ domain: 'care' });
  });
});
