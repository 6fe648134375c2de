/** Reads of user accounts, with their roles and organisation, shaped for the API. */
import type { Kysely } from 'kysely';
import { permissionsOf } from '../../platform/auth/policy.js';
import type { Principal, Role } from '../../platform/auth/principal.js';
import type { Database } from '../../platform/db/schema.js';
import type { Cursor } from '../../platform/http/pagination.js';
import { userPolicy } from './policy.js';
import { userActions } from './schemas.js';

const baseQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('users')
    .leftJoin('parties', 'parties.id', 'users.party_id')
    .select([
      'users.id',
      'users.email',
      'users.display_name',
      'users.party_id',
      'users.status',
      'users.totp_enabled',
      'users.is_demo',
      'users.password_change_required',
      'users.last_login_at',
      'users.version',
      'parties.name as party_name',
    ]);

type UserRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

async function rolesOf(db: Kysely<Database>, ids: string[]): Promise<Map<string, Role[]>> {
  const map = new Map<string, Role[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return map;
  const rows = await db
    .selectFrom('user_roles')
    .select(['user_id', 'role'])
    .where('user_id', 'in', ids)
    .orderBy('role')
    .execute();
  for (const r of rows) map.get(r.user_id)?.push(r.role as Role);
  return map;
}

export function userView(row: UserRow, roles: Role[], houseName: string, principal: Principal | null) {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    organisation: {
      kind: row.party_id ? ('party' as const) : ('house' as const),
      partyId: row.party_id,
      name: row.party_name ?? houseName,
    },
    roles,
    status: row.status,
    totpEnabled: row.totp_enabled === 1,
    isDemo: row.is_demo === 1,
    lastLoginAt: row.last_login_at,
    permissions: permissionsOf(userPolicy, principal, userActions, row),
  };
}

export async function houseName(db: Kysely<Database>): Promise<string> {
  return (await db.selectFrom('house').select('name').executeTakeFirst())?.name ?? 'Zorg- en Veiligheidshuis';
}

export async function findUser(db: Kysely<Database>, id: string) {
  const row = await baseQuery(db).where('users.id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return { row, roles: (await rolesOf(db, [row.id])).get(row.id) ?? [] };
}

export async function listUsers(db: Kysely<Database>, q: string | undefined, limit: number, after?: Cursor) {
  let query = baseQuery(db);
  if (q) {
    const like = `%${q.toLowerCase().replace(/[\\%_]/g, '')}%`; // wildcards dropped, not escaped: portable
    query = query.where((eb) =>
      eb.or([eb('users.email', 'like', like), eb(eb.fn('lower', ['users.display_name']), 'like', like)]),
    );
  }
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('users.email', '>', after.k),
        eb.and([eb('users.email', '=', after.k), eb('users.id', '>', after.id)]),
      ]),
    );
  }
  const rows = await query
    .orderBy('users.email')
    .orderBy('users.id')
    .limit(limit + 1)
    .execute();
  const roles = await rolesOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({ row, roles: roles.get(row.id) ?? [] }));
}
