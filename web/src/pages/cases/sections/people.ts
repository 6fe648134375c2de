/**
 * Who did something on a case, in words: by name and role where the case names them (`userNames`,
 * issue 5: display name and party, never an e-mail address), else by role only. The case says who
 * registered it and who holds the procesregie, which is what the reader needs to follow the
 * timeline and the question thread.
 */
import type { TFunction } from 'i18next';
import { nameDirectory, userNamesOf } from '../../../api/caseFlowNames';
import type { Case } from '../../../api/cases';
import { namedLabel } from '../names';

export type PersonRole = 'you' | 'registering' | 'procesregisseur' | 'other';

export function roleOf(
  c: Pick<Case, 'registeringUserId' | 'procesregisseurs'>,
  userId: string,
  me: string | undefined,
): PersonRole {
  if (me !== undefined && userId === me) return 'you';
  if (userId === c.registeringUserId) return 'registering';
  if (c.procesregisseurs.some((r) => r.userId === userId)) return 'procesregisseur';
  return 'other';
}

/**
 * "Jan Jansen (melder, Politie)"; "u" for the caller; "de melder" when the case does not name them.
 * `userId` null is the system itself (the caller says so).
 */
export function personLabel(
  t: TFunction,
  c: Pick<Case, 'registeringUserId' | 'procesregisseurs' | 'raw'>,
  userId: string,
  me: string | undefined,
): string {
  const role = roleOf(c, userId, me);
  const name = role === 'you' ? undefined : nameDirectory(userNamesOf(c.raw)).get(userId);
  return name ? namedLabel(t, name, role === 'you' ? 'other' : role) : t(`cases.people.${role}`);
}
