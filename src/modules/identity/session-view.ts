/** The session state the web app reads: who is logged in, at which stage, and the CSRF token. */
import type { Role } from '../../platform/auth/principal.js';
import type { SessionTable } from '../../platform/db/schema.js';
import type { IdentityContext } from './context.js';
import { idleExpiry } from './session-store.js';
import { findUser, houseName } from './user-queries.js';

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
    },
    csrfToken: session.csrf_token,
    expiresAt: session.expires_at,
    idleExpiresAt: idleExpiry(session, ctx.settings),
  };
}
