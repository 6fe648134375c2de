/**
 * The caller's case list, filtered in SQL by their relation (domain.md §4 need to know): the
 * registering professional sees their own registrations; a procesregisseur sees registrations
 * waiting to be picked up and the cases assigned to them (Art. 12.2a); everyone else sees nothing.
 */
import type { Kysely } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import type { Database } from '../../platform/db/schema.js';
import type { Cursor } from '../../platform/http/pagination.js';
import type { CaseStatus } from './rules/state-machine.js';

export async function listCaseRows(
  db: Kysely<Database>,
  p: Principal,
  status: CaseStatus | undefined,
  limit: number,
  after: Cursor | undefined,
) {
  const professional = p.roles.includes('professional') && p.partyId !== null;
  const regisseur = p.roles.includes('procesregisseur');
  if (!professional && !regisseur) return [];
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
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('case_procesregisseurs')
            .select('case_procesregisseurs.user_id')
            .whereRef('case_procesregisseurs.case_id', '=', 'cases.id')
            .where('case_procesregisseurs.user_id', '=', p.userId),
        )
        .as('assigned'),
    )
    .where((eb) => {
      const ors = [];
      if (professional)
        ors.push(
          eb.and([
            eb('registering_user_id', '=', p.userId),
            eb('registering_party_id', '=', p.partyId as string),
          ]),
        );
      if (regisseur) {
        ors.push(eb('status', '=', 'aangemeld'));
        ors.push(
          eb.exists(
            eb
              .selectFrom('case_procesregisseurs')
              .select('case_procesregisseurs.user_id')
              .whereRef('case_procesregisseurs.case_id', '=', 'cases.id')
              .where('case_procesregisseurs.user_id', '=', p.userId),
          ),
        );
      }
      return eb.or(ors);
    });
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
  return rows.map((r) => ({ ...r, status: r.status as CaseStatus, assigned: Boolean(r.assigned) }));
}
