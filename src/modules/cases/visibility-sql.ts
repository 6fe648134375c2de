/**
 * Which cases a caller sees, as one SQL predicate (domain.md §4 need to know; Art. 8.2, 12, 13,
 * 15.3). It is the SQL twin of `relationOf` in policy.ts and must stay equal to it: a list, a
 * search or a worklist that filters with it shows exactly the cases whose detail the caller may
 * open. test/integration/cases-triage-visibility.test.ts compares both on many cases and users.
 *
 * Relations (full view): registering professional; assigned procesregisseur; any procesregisseur
 * while a registration waits to be picked up; informatiecentrum while the case is in triage;
 * named participant of a conference of the case that is not cancelled; case coordinator.
 * A professional's relations hold only while the case's privacy protocol admits their party.
 * A party that was only asked for information (triage) sees its requests, never the case.
 *
 * @example
 *   db.selectFrom('cases').selectAll().where((eb) => casesVisibleTo(eb, principal))
 */
import { type Expression, type ExpressionBuilder, type ExpressionWrapper, type SqlBool, sql } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import type { Database } from '../../platform/db/schema.js';

type Eb = ExpressionBuilder<Database, 'cases'>;
type Condition = ExpressionWrapper<Database, 'cases', SqlBool>;

const nothing = sql<SqlBool>`1 = 0`;

/** The case's privacy protocol admits the party (Art. 15.3). */
export function protocolAdmits(eb: Eb, partyId: string): Condition {
  return eb.exists(
    eb
      .selectFrom('privacy_protocols')
      .select('privacy_protocols.id')
      .whereRef('privacy_protocols.key', '=', 'cases.protocol_key')
      .where((p) =>
        p.or([
          p('privacy_protocols.admits_all', '=', 1),
          p.exists(
            p
              .selectFrom('privacy_protocol_parties')
              .select('privacy_protocol_parties.party_id')
              .whereRef('privacy_protocol_parties.protocol_id', '=', 'privacy_protocols.id')
              .where('privacy_protocol_parties.party_id', '=', partyId),
          ),
        ]),
      ),
  );
}

/** The caller is an assigned procesregisseur of the case (Art. 12.1). */
export function assignedTo(
  eb: Eb,
  userId: string,
  caseIdRef: 'cases.id' | `${string}.case_id` = 'cases.id',
): Condition {
  return eb.exists(
    eb
      .selectFrom('case_procesregisseurs')
      .select('case_procesregisseurs.user_id')
      // biome-ignore lint/suspicious/noExplicitAny: a case id column of the caller's query (cc.case_id, …)
      .whereRef('case_procesregisseurs.case_id', '=', caseIdRef as any)
      .where('case_procesregisseurs.user_id', '=', userId),
  );
}

export function casesVisibleTo(eb: Eb, p: Principal): Expression<SqlBool> {
  const ors: Expression<SqlBool>[] = [];
  if (p.roles.includes('professional') && p.partyId !== null) {
    const partyId = p.partyId;
    ors.push(
      eb.and([
        protocolAdmits(eb, partyId),
        eb.or([
          eb.and([
            eb('cases.registering_user_id', '=', p.userId),
            eb('cases.registering_party_id', '=', partyId),
          ]),
          // Art. 8.2: a named delegate of an invited party, while the conference is not cancelled.
          eb.exists(
            eb
              .selectFrom('case_conference_participants as cp')
              .innerJoin('case_conferences as cc', 'cc.id', 'cp.conference_id')
              .select('cp.user_id')
              .whereRef('cp.case_id', '=', 'cases.id')
              .where('cp.user_id', '=', p.userId)
              .where('cp.party_id', '=', partyId)
              .where('cc.status', '!=', 'cancelled'),
          ),
          // Art. 13: the case coordinator.
          eb.exists(
            eb
              .selectFrom('case_coordinators')
              .select('case_coordinators.user_id')
              .whereRef('case_coordinators.case_id', '=', 'cases.id')
              .where('case_coordinators.user_id', '=', p.userId)
              .where('case_coordinators.party_id', '=', partyId),
          ),
        ]),
      ]),
    );
  }
  if (p.roles.includes('procesregisseur')) {
    ors.push(eb('cases.status', '=', 'aangemeld'));
    ors.push(assignedTo(eb, p.userId));
  }
  // Art. 1.14, 14.1: the informatiecentrum collects information for the triage.
  if (p.roles.includes('informatiecentrum')) ors.push(eb('cases.status', '=', 'in_triage'));
  // Art. 11.3d: the manager, while an escalation of the case is open.
  if (p.roles.includes('manager'))
    ors.push(
      eb.exists(
        eb
          .selectFrom('case_escalations')
          .select('case_escalations.id')
          .whereRef('case_escalations.case_id', '=', 'cases.id')
          .where('case_escalations.resolved_at', 'is', null),
      ),
    );
  return ors.length ? eb.or(ors) : nothing;
}
