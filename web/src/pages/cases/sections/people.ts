/**
 * Who did something on a case, in words. The API gives user ids only (no names: data
 * minimisation); the case says who registered it and who holds the procesregie, which is what the
 * reader needs to follow the timeline and the question thread.
 */
import type { Case } from '../../../api/cases';

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
