/**
 * A professional's sections of "Mijn taken": information requests to my party (Art. 1.8,
 * 12.2b — the party sees its requests, not the case, so no phase is shown), conferences I am
 * invited to (Art. 8.2), overdue actions of my party in cases I take part in and every overdue
 * action of cases I coordinate (Art. 13.2, as execution/overdue-query.ts defines them), and
 * de-escalations waiting for my approval as coordinator (Art. 1.10, 8.4d). Every case-page item
 * is also within `casesVisibleTo`, so a protocol that does not admit my party hides it (Art. 15.3).
 */
import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import type { Database } from '../../platform/db/schema.js';
import { casesVisibleTo } from '../cases/visibility-sql.js';
import { caseLink, requestLink, spec } from './section.js';
import { deescalationsSection, overdueActionsSection } from './section-query.js';

type CasesEb = ExpressionBuilder<Database, 'cases'>;

export function partySections(
  db: Kysely<Database>,
  p: Principal & { partyId: string },
  now: string,
  today: string,
) {
  const { userId: me, partyId } = p;
  const visible = (eb: unknown) => casesVisibleTo(eb as CasesEb, p);
  // My cases as small id sets from the user indexes, so the queries start there (IN, not EXISTS).
  const coordinated = db
    .selectFrom('case_coordinators as co')
    .select('co.case_id')
    .where('co.user_id', '=', me)
    .where('co.party_id', '=', partyId);
  const participated = db
    .selectFrom('case_conference_participants as cp')
    .innerJoin('case_conferences as pc', 'pc.id', 'cp.conference_id')
    .select('cp.case_id')
    .where('cp.user_id', '=', me)
    .where('cp.party_id', '=', partyId)
    .where('pc.status', '!=', 'cancelled');

  return [
    spec({
      key: 'information-requests',
      at: 'due',
      query: db
        .selectFrom('case_information_requests as r')
        .innerJoin('cases', 'cases.id', 'r.case_id')
        .select([
          'cases.id as case_id',
          'cases.case_number',
          sql<string | null>`null`.as('status'),
          'r.deadline as at',
          'r.id as ref_id',
        ])
        .where('r.party_id', '=', partyId)
        .where('r.status', '=', 'open'),
      orderBy: (q) => q.orderBy('r.deadline').orderBy('r.id'),
      link: requestLink,
    }),
    spec({
      key: 'conferences',
      at: 'starts',
      query: db
        .selectFrom('case_conference_participants as me')
        .innerJoin('case_conferences as cc', 'cc.id', 'me.conference_id')
        .innerJoin('cases', 'cases.id', 'cc.case_id')
        .select([
          'cases.id as case_id',
          'cases.case_number',
          'cases.status',
          'cc.starts_at as at',
          'cc.id as ref_id',
        ])
        .where('me.user_id', '=', me)
        .where('me.party_id', '=', partyId)
        .where('cc.status', '=', 'planned')
        .where('cc.starts_at', '>=', now)
        .where((eb) => visible(eb)),
      orderBy: (q) => q.orderBy('cc.starts_at').orderBy('cc.id'),
      link: caseLink,
    }),
    overdueActionsSection(db, today, (q) =>
      q
        .where((eb) =>
          eb.or([
            eb('ca.case_id', 'in', coordinated),
            eb.and([eb('ca.owner_party_id', '=', partyId), eb('ca.case_id', 'in', participated)]),
          ]),
        )
        .where((eb) => visible(eb)),
    ),
    deescalationsSection(db, (q) =>
      q
        .where('d.coordinator_user_id', 'is', null)
        .where((eb) =>
          eb.or([eb('d.procesregisseur_user_id', 'is', null), eb('d.procesregisseur_user_id', '!=', me)]),
        )
        .where('d.case_id', 'in', coordinated)
        .where((eb) => visible(eb)),
    ),
  ];
}
