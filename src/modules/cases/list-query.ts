/**
 * The caller's case list, filtered in SQL by the one visibility predicate (visibility-sql.ts,
 * domain.md §4 need to know), with what is needed to name the caller's relation to each row the
 * way `relationOf` in policy.ts does.
 */
import type { Kysely } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import type { Database } from '../../platform/db/schema.js';
import type { Cursor } from '../../platform/http/pagination.js';
import type { CaseRelation } from './policy.js';
import type { CaseStatus } from './rules/state-machine.js';
import { assignedTo, casesVisibleTo, protocolAdmits } from './visibility-sql.js';

const NO_PARTY = '00000000-0000-0000-0000-000000000000';

export async function listCaseRows(
  db: Kysely<Database>,
  p: Principal,
  status: CaseStatus | undefined,
  limit: number,
  after: Cursor | undefined,
) {
  const partyId = p.roles.includes('professional') && p.partyId !== null ? p.partyId : NO_PARTY;
  let q = db
    .selectFrom('cases')
    .select([
      'id',
      'case_number',
      'status',
      'case_type',
      'protocol_key',
      'registering_user_id',
      'registering_party_id',
      'created_at',
      'submitted_at',
      'updated_at',
    ])
    .select((eb) => [
      assignedTo(eb, p.userId).as('assigned'),
      protocolAdmits(eb, partyId).as('admitted'),
      eb
        .exists(
          eb
            .selectFrom('case_coordinators')
            .select('case_coordinators.user_id')
            .whereRef('case_coordinators.case_id', '=', 'cases.id')
            .where('case_coordinators.user_id', '=', p.userId)
            .where('case_coordinators.party_id', '=', partyId),
        )
        .as('coordinator'),
      eb
        .exists(
          eb
            .selectFrom('case_conference_participants as cp')
            .innerJoin('case_conferences as cc', 'cc.id', 'cp.conference_id')
            .select('cp.user_id')
            .whereRef('cp.case_id', '=', 'cases.id')
            .where('cp.user_id', '=', p.userId)
            .where('cp.party_id', '=', partyId)
            .where('cc.status', '!=', 'cancelled'),
        )
        .as('participant'),
    ])
    .where((eb) => casesVisibleTo(eb, p));
  if (status) q = q.where('status', '=', status);
  if (after)
    q = q.where((eb) =>
      eb.or([
        eb('created_at', '<', after.k),
        eb.and([eb('created_at', '=', after.k), eb('id', '<', after.id)]),
      ]),
    );
  const rows = await q
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
  return rows.map((r) => {
    const status = r.status as CaseStatus;
    return { ...r, status, relation: rowRelation(p, { ...r, status }) };
  });
}

interface RelationFlags {
  status: CaseStatus;
  registering_user_id: string;
  registering_party_id: string;
  assigned: unknown;
  admitted: unknown;
  coordinator: unknown;
  participant: unknown;
}

/** The same precedence as relationOf in policy.ts, on a row the predicate let through. */
function rowRelation(p: Principal, r: RelationFlags): CaseRelation {
  if (p.roles.includes('professional') && p.partyId !== null && r.admitted) {
    if (r.registering_user_id === p.userId && r.registering_party_id === p.partyId) return 'registering';
    if (r.coordinator) return 'coordinator';
    if (r.participant) return 'participant';
  }
  if (p.roles.includes('procesregisseur') && r.assigned) return 'assigned';
  if (p.roles.includes('procesregisseur') && r.status === 'aangemeld') return 'to-pick-up';
  if (p.roles.includes('informatiecentrum') && r.status === 'in_triage') return 'informatiecentrum';
  // Art. 11.3d: what the predicate lets through beyond these is an escalated case, for the manager.
  return 'escalated-manager';
}
