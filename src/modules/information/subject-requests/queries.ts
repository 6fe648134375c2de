/**
 * Reading data-subject requests, scoped in SQL (policy.ts): the contact point sees every request;
 * a party's professional sees only requests routed to their party, with only that party's route.
 * A request outside the caller's scope is 404. Deadlines are computed on the house's clock.
 */
import type { Kysely } from 'kysely';
import type { Database, SubjectRequestTable } from '../../../platform/db/schema.js';
import { type Cursor, toPage } from '../../../platform/http/pagination.js';
import type { SubjectContext } from './context.js';
import { houseToday } from './log.js';
import { notFound, type SubjectScope } from './policy.js';
import { deadlineState, effectiveDue, extensionRefusal } from './rules/deadline.js';
import type { SubjectRequestView } from './schemas.js';
import { openOrNull, openText } from './sealing.js';

function scoped(db: Kysely<Database>, scope: SubjectScope) {
  let q = db.selectFrom('subject_requests as r').selectAll('r');
  if (scope.kind === 'party') {
    const partyId = scope.partyId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('subject_request_routes as rt')
          .select('rt.party_id')
          .whereRef('rt.request_id', '=', 'r.id')
          .where('rt.party_id', '=', partyId),
      ),
    );
  }
  return q;
}

export function deadlineOf(r: SubjectRequestTable, today: string) {
  const d = { dueOn: r.due_on, extendedDueOn: r.extended_due_on };
  return {
    receivedOn: r.received_on,
    dueOn: r.due_on,
    extendedDueOn: r.extended_due_on,
    effectiveDueOn: effectiveDue(d),
    state: deadlineState(d, r.status === 'open', today),
  };
}

const summary = (r: SubjectRequestTable, today: string) => ({
  id: r.id,
  reference: r.reference,
  kind: r.kind,
  status: r.status,
  deadline: deadlineOf(r, today),
  createdAt: r.created_at,
});

/** Newest first, by (created_at, id). */
export async function listRequests(db: Kysely<Database>, scope: SubjectScope, limit: number, after?: Cursor) {
  let q = scoped(db, scope);
  if (after)
    q = q.where((eb) =>
      eb.or([
        eb('r.created_at', '<', after.k),
        eb.and([eb('r.created_at', '=', after.k), eb('r.id', '<', after.id)]),
      ]),
    );
  const rows = await q
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(limit + 1)
    .execute();
  const today = await houseToday(db);
  const page = toPage(rows, limit, (r) => ({ k: r.created_at, id: r.id }));
  return { items: page.items.map((r) => summary(r, today)), nextCursor: page.nextCursor };
}

/** The request row in the caller's scope, or 404. */
export async function requestInScope(db: Kysely<Database>, scope: SubjectScope, id: string) {
  const row = await scoped(db, scope).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

export async function requestView(
  ctx: SubjectContext,
  scope: SubjectScope,
  id: string,
): Promise<SubjectRequestView> {
  const r = await requestInScope(ctx.db, scope, id);
  let routes = ctx.db
    .selectFrom('subject_request_routes as rt')
    .innerJoin('parties', 'parties.id', 'rt.party_id')
    .selectAll('rt')
    .select('parties.name as party_name')
    .where('rt.request_id', '=', id);
  if (scope.kind === 'party') routes = routes.where('rt.party_id', '=', scope.partyId);
  const routeRows = await routes.orderBy('parties.name').execute();
  const matches =
    scope.kind === 'contact-point'
      ? Number(
          (
            await ctx.db
              .selectFrom('subject_request_matches')
              .select((eb) => eb.fn.countAll().as('n'))
              .where('request_id', '=', id)
              .executeTakeFirstOrThrow()
          ).n,
        )
      : null;
  const o = (column: string, sealed: string) => openText(ctx.sealKey, 'subject_requests', column, id, sealed);
  const subject = JSON.parse(o('subject', r.subject_enc)) as {
    name: string | null;
    birthDate: string | null;
  };
  const today = await houseToday(ctx.db);
  return {
    ...summary(r, today),
    identifiedBy: r.identified_by,
    subject: { name: subject.name, birthDate: subject.birthDate },
    description: o('description', r.description_enc),
    extensionReason: openOrNull(
      ctx.sealKey,
      'subject_requests',
      'extension_reason',
      id,
      r.extension_reason_enc,
    ),
    casesFound: matches,
    routes: routeRows.map((rt) => ({
      partyId: rt.party_id,
      partyName: rt.party_name,
      grounds: JSON.parse(rt.grounds),
      decision: rt.decision,
      reasoning: openOrNull(
        ctx.sealKey,
        'subject_request_routes',
        'reasoning',
        `${id}:${rt.party_id}`,
        rt.reasoning_enc,
      ),
      decidedByUserId: rt.decided_by_user_id,
      decidedAt: rt.decided_at,
      version: rt.version,
      permissions: [
        ...(scope.kind === 'party' && rt.decision === 'pending' ? (['decide'] as const) : []),
        'export' as const,
      ],
    })),
    version: r.version,
    permissions:
      scope.kind === 'contact-point' &&
      extensionRefusal({ dueOn: r.due_on, extendedDueOn: r.extended_due_on }, r.status === 'open', today) ===
        null
        ? ['extend']
        : [],
  };
}
