/**
 * Who a case-flow notification goes to. Only active users: a disabled account gets nothing, and the
 * notification itself carries no personal data (kind and link only, see notifications/notify.ts).
 */
import type { Transaction } from 'kysely';
import type { Role } from '../../platform/auth/principal.js';
import type { Database } from '../../platform/db/schema.js';

/** Active users holding a house role (e.g. every procesregisseur for a new registration). */
export async function activeUsersWithRole(trx: Transaction<Database>, role: Role): Promise<string[]> {
  const rows = await trx
    .selectFrom('user_roles')
    .innerJoin('users', 'users.id', 'user_roles.user_id')
    .select('users.id')
    .where('user_roles.role', '=', role)
    .where('users.status', '=', 'active')
    .execute();
  return rows.map((r) => r.id);
}
