/** Tests which roles an organisation may hold. */
import { describe, expect, it } from 'vitest';
import nl from '../i18n/locales/nl.json';
import { allowedRoles, HOUSE_ROLES, knownRoles, ROLES, rolesFor, separationOfDutiesConflicts } from './roles';

describe('roles', () => {
  it('gives house staff the house roles and party staff only professional', () => {
    expect(rolesFor('house')).toEqual(HOUSE_ROLES);
    expect(rolesFor('house')).not.toContain('professional');
    expect(rolesFor('party')).toEqual(['professional']);
  });

  it('drops roles that do not fit a new organisation', () => {
    expect(allowedRoles('party', ['manager', 'professional'])).toEqual(['professional']);
    expect(allowedRoles('house', ['professional', 'secretaris'])).toEqual(['secretaris']);
  });

  it('ignores unknown roles and keeps the canonical order', () => {
    expect(knownRoles(['secretaris', 'astronaut', 'manager'])).toEqual(['manager', 'secretaris']);
  });

  it('has a name and a description for every role', () => {
    for (const role of ROLES) {
      expect(nl.enums.role[role]).toBeTypeOf('string');
      expect(nl.enums.roleDescription[role]).toBeTypeOf('string');
    }
  });
});

describe('separation of duties', () => {
  it('does not combine functioneel beheer with roles that read cases', () => {
    expect(separationOfDutiesConflicts(['functioneel_beheer', 'secretaris'])).toEqual([]);
    expect(separationOfDutiesConflicts(['functioneel_beheer', 'manager', 'privacy_officer'])).toEqual([
      'manager',
    ]);
    expect(separationOfDutiesConflicts(['manager', 'procesregisseur'])).toEqual([]);
  });
});
