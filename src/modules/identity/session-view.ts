/** The session state the web app reads: who is logged in, at which stage, and the CSRF token. */
import type { Kysely } from 'kysely';
import type { Role } from '../../platform/auth/principal.js';
import type { Database, SessionTable } from '../../platform/db/schema.js';
import { parseSpecialRegimes, providableRegimes } from '../information/rules/regime.js';
import type { IdentityContext } from './context.js';
import { idleExpiry } from './session-store.js';
import { findUser, houseName } from './user-queries.js';

/**
 * Art. 15.2: the regimes the user may provide information under — their party's, or for house
 * staff the centrumgemeente's (the controller of the house's notes, Art. 1.12). The web app offers
 * only these; the server checks them again on every write (information/regime.ts).
 */
async function regimesFor(db: Kysely<Database>, partyId: string | null) {
  const row = partyId
    ? await db.selectFrom('parties').select('special_regimes').where('id', '=', partyId).executeTakeFirst()
    : await db
        .selectFrom('house')
        .innerJoin('parties', 'parties.id', 'house.centrumgemeente_party_id')
        .select('parties.special_regimes')
        .executeTakeFirst();
  return providableRegimes(parseSpecialRegimes(row?.special_regimes));
}

export async function sessionState(ctx: IdentityContext, session: SessionTable | undefined) {
  if (!session) return { authenticated: false as const };
  const found = await findUser(ctx.db.kysely, session.user_id);
  if (!found) return { authenticated: false as const };
  const { row, roles } = found;
  return {
    authenticated: true as const,
    stage: session.stage,
    user: {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      organisation: {
        kind: row.party_id ? ('party' as const) : ('house' as const),
        partyId: row.party_id,
        name: row.party_name ?? (await houseName(ctx.db.kysely)),
      },
      roles: roles as Role[],
      isDemo: row.is_demo === 1,
      totpEnabled: row.totp_enabled === 1,
      passwordChangeRequired: row.password_change_required === 1,
      providableRegimes: await regimesFor(ctx.db.kysely, row.party_id),
    },
    csrfToken: session.csrf_token,
    expiresAt: session.expires_at,
    idleExpiresAt: idleExpiry(session, ctx.settings),
  };
}
