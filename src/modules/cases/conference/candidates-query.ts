/**
 * The people a procesregisseur may name as participants of a case conference (Art. 8.2: the
 * delegates of the invited parties; Art. 12.2e: only parties that may lawfully attend; Art. 15.3:
 * the case's privacy protocol names them; Art. 20, 23.2: only active parties): per admitted active
 * party, its active professionals with their display names. The same rule party-admission.ts
 * applies when a plan is checked, so whoever is offered here is accepted there. Staff names only —
 * no personal data of the case's data subjects, so no processing-log entry (Art. 17: the log is
 * about the persons in a case, not the professionals of the covenant).
 */
import type { Kysely } from 'kysely';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Database } from '../../../platform/db/schema.js';
import type { ProblemError } from '../../../platform/http/problem.js';
import { admits, type LoadedCase } from '../state.js';
import { checkChange, checkPlan } from './access.js';

export interface CandidateParty {
  partyId: string;
  name: string;
  professionals: { userId: string; displayName: string }[];
}

/**
 * Only the one who may plan a conference now, or change the planned one (Art. 12.2e: the assigned
 * procesregisseur, while the case is on the agenda): the conference policy decides, so a case
 * relation without that right is refused (403), a phase without planning is a conflict (409).
 */
export function checkCandidates(p: Principal, c: LoadedCase): ProblemError | null {
  const plan = checkPlan(p, c);
  if (plan === null) return null;
  if (c.plannedConferenceId !== null && checkChange(p, c, { status: 'planned' }) === null) return null;
  return plan;
}

/** Admitted active parties (optionally one), by name, each with its active professionals. */
export async function participantCandidates(
  db: Kysely<Database>,
  c: LoadedCase,
  onlyPartyId?: string,
): Promise<CandidateParty[]> {
  let parties = db.selectFrom('parties').select(['id', 'name']).where('status', '=', 'active');
  if (onlyPartyId !== undefined) parties = parties.where('id', '=', onlyPartyId);
  const admitted = (await parties.orderBy('name').orderBy('id').execute()).filter((r) => admits(c, r.id));
  if (admitted.length === 0) return [];
  const people = await db
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select(['users.id', 'users.display_name', 'users.party_id'])
    .where(
      'users.party_id',
      'in',
      admitted.map((r) => r.id),
    )
    .where('users.status', '=', 'active')
    .where('user_roles.role', '=', 'professional')
    .orderBy('users.display_name')
    .orderBy('users.id')
    .execute();
  return admitted.map((r) => ({
    partyId: r.id,
    name: r.name,
    professionals: people
      .filter((u) => u.party_id === r.id)
      .map((u) => ({ userId: u.id, displayName: u.display_name })),
  }));
}
