/** Tests reading users and building the list address. */
import { describe, expect, it } from 'vitest';
import { parseTemporaryPassword, parseUser, parseUsersPage, usersListPath } from './users';

const user = {
  id: '0190a5d4-0000-7000-8000-000000000002',
  email: 'politie@demo.ketenhuis.example',
  displayName: 'Pieter Jansen',
  organisation: { kind: 'party', partyId: '0190a5d4-0000-7000-8000-0000000000aa', name: 'Politie' },
  roles: ['professional'],
  status: 'active',
  totpEnabled: false,
  isDemo: true,
  lastLoginAt: null,
  permissions: ['update', 'reset-totp', 'future-action'],
};

describe('users', () => {
  it('reads a user and ignores unknown permissions', () => {
    expect(parseUser(user)?.permissions).toEqual(['update', 'reset-totp']);
    expect(parseUser({ ...user, status: 'gone' })).toBeUndefined();
    expect(parseUser({ ...user, lastLoginAt: 5 })).toBeUndefined();
  });

  it('reads a page', () => {
    expect(parseUsersPage({ items: [user], nextCursor: 'abc' })?.items).toHaveLength(1);
    expect(parseUsersPage({ items: [user, {}], nextCursor: null })).toBeUndefined();
  });

  it('builds the list address with limit, cursor and search', () => {
    expect(usersListPath('', null)).toBe('/api/v1/users?limit=50');
    expect(usersListPath('de vries', 'c1')).toBe('/api/v1/users?limit=50&cursor=c1&q=de+vries');
  });

  it('reads a temporary password', () => {
    expect(parseTemporaryPassword({ temporaryPassword: 'abcd-efgh-jkmn-pqrs-tuvw' })).toBe(
      'abcd-efgh-jkmn-pqrs-tuvw',
    );
    expect(parseTemporaryPassword({ temporaryPassword: '' })).toBeUndefined();
    expect(parseTemporaryPassword({ temporaryPassword: 5 })).toBeUndefined();
    expect(parseTemporaryPassword(null)).toBeUndefined();
  });
});
