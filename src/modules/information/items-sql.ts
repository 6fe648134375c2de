/**
 * The SQL twin of `visibilityReason` (rules/visibility.ts, Art. 12.2f, 16.2): one predicate over
 * `information_items` that holds exactly for the items the viewer may see, so that lists, counts
 * and exports filter in SQL and an invisible item never leaves the database. Change both together;
 * test/property/information-visibility.test.ts checks the API against an independent model.
 *
 * @example
 *   db.selectFrom('information_items').selectAll()
 *     .where('case_id', '=', caseId)
 *     .where((eb) => itemsVisibleTo(eb, viewer, view, nowUtc()))
 */
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { type CaseView, participantRelations, type Viewer } from './rules/visibility.js';

type Eb = ExpressionBuilder<Database, 'information_items'>;

const nothing = sql<SqlBool>`1 = 0`;

/** Not withdrawn and not past its expiry date (Art. 16.2). */
export function liveItem(eb: Eb, now: string): Expression<SqlBool> {
  return eb.and([
    eb('information_items.withdrawn_at', 'is', null),
    eb.or([eb('information_items.expires_at', 'is', null), eb('information_items.expires_at', '>', now)]),
  ]);
}

export function itemsVisibleTo(eb: Eb, viewer: Viewer, view: CaseView, now: string): Expression<SqlBool> {
  const ors: Expression<SqlBool>[] = [];
  const takesPart = (participantRelations as readonly (string | null)[]).includes(view.relation);
  // The provider always sees its own items (Art. 15.1, 16.2): a professional of the providing
  // party, admitted by the protocol (Art. 15.3), who provided it personally or has a role in the case.
  if (viewer.roles.includes('professional') && viewer.partyId !== null && view.partyAdmitted) {
    const own = [
      eb('information_items.provider_kind', '=', 'party'),
      eb('information_items.provider_party_id', '=', viewer.partyId),
    ];
    if (!takesPart) own.push(eb('information_items.provided_by_user_id', '=', viewer.userId));
    ors.push(eb.and(own));
  }
  if (view.relation === 'assigned') {
    ors.push(eb('information_items.provider_kind', '=', 'house'));
    // Art. 12.2f: the procesregisseur sees every live item.
    ors.push(liveItem(eb, now));
  } else if (takesPart) {
    const partyId = viewer.partyId;
    const audience: Expression<SqlBool>[] = [eb('information_items.visibility', '=', 'all-participants')];
    if (partyId !== null)
      audience.push(
        eb.and([
          eb('information_items.visibility', '=', 'named-parties'),
          eb.exists(
            eb
              .selectFrom('information_item_parties as ip')
              .select('ip.party_id')
              .whereRef('ip.item_id', '=', 'information_items.id')
              .where('ip.party_id', '=', partyId),
          ),
        ]),
      );
    const conditions = [liveItem(eb, now), eb.or(audience)];
    // Art. 12.2f: before the first conference only what the provider approved.
    if (!view.firstConferenceHeld) conditions.push(eb('information_items.pre_conference', '=', 'approved'));
    ors.push(eb.and(conditions));
  }
  return ors.length ? eb.or(ors) : nothing;
}
