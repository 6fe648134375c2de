/**
 * Which roles fit which organisation (domain.md §2): house roles only for the house's own staff,
 * the professional role only for employees of a party. Functioneel beheer is never combined with a
 * role that reads case content (separation of duties).
 */
import { houseRoles, partyRoles, type Role } from '../../../platform/auth/principal.js';

const CASE_READERS: readonly Role[] = ['manager', 'procesregisseur', 'informatiecentrum', 'professional'];

export function roleProblems(roles: readonly Role[], isHouseStaff: boolean): string[] {
  const problems: string[] = [];
  const allowed: readonly string[] = isHouseStaff ? houseRoles : partyRoles;
  for (const r of roles) {
    if (!allowed.includes(r)) {
      problems.push(
        isHouseStaff
          ? `${r} is geen rol voor medewerkers van het huis`
          : `${r} is alleen voor medewerkers van het huis`,
      );
    }
  }
  if (roles.includes('functioneel_beheer') && roles.some((r) => CASE_READERS.includes(r))) {
    problems.push(
      'functioneel beheer gaat niet samen met een rol die casusinhoud leest (scheiding van taken)',
    );
  }
  return problems;
}
