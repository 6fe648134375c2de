/** Tests the case request helpers: list address, ETags, transition bodies, admitted protocols. */
import { describe, expect, it } from 'vitest';
import { admittedProtocols, casePath, casesListPath, etagOf, transitionBody } from './casesRequests';
import type { PrivacyProtocol } from './privacyProtocols';

const protocol = (key: string, admitsAll: boolean, parties: string[]): PrivacyProtocol => ({
  id: key,
  key,
  name: key,
  article: '15.3',
  admitsAll,
  admittedParties: parties.map((id) => ({ id, name: id })),
  retentionMonths: 24,
  permissions: [],
});

describe('case requests', () => {
  it('builds the list address with limit, cursor and phase', () => {
    expect(casesListPath(undefined, null)).toBe('/api/v1/cases?limit=25');
    expect(casesListPath('in_beoordeling', 'c1')).toBe(
      '/api/v1/cases?limit=25&cursor=c1&status=in_beoordeling',
    );
  });

  it('builds case and action addresses, escaping the id', () => {
    expect(casePath('a/b')).toBe('/api/v1/cases/a%2Fb');
    expect(casePath('x', 'pick-up')).toBe('/api/v1/cases/x/pick-up');
  });

  it('writes the ETag the server expects in If-Match', () => {
    expect(etagOf(7)).toBe('"v7"');
  });

  it('sends only the texts a transition needs', () => {
    expect(transitionBody({ action: 'submit' })).toEqual({});
    expect(transitionBody({ action: 'reject', reason: 'r', advice: 'a' })).toEqual({
      reason: 'r',
      advice: 'a',
    });
    expect(transitionBody({ action: 'accept', reasoning: 'x' })).toEqual({ reasoning: 'x' });
  });

  it('offers only the protocols that admit the party (Art. 15.3)', () => {
    const list = [
      protocol('multi', true, []),
      protocol('radi', false, ['politie']),
      protocol('jeugd', false, ['ggz']),
    ];
    expect(admittedProtocols(list, 'politie').map((p) => p.key)).toEqual(['multi', 'radi']);
    expect(admittedProtocols(list, 'gemeente').map((p) => p.key)).toEqual(['multi']);
    expect(admittedProtocols(list, null)).toEqual([]);
  });
});
