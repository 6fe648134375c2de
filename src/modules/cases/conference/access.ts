/**
 * Who does what with a case conference (Art. 12.2c–e: the procesregisseur prepares, plans and
 * organises it; Art. 8.2: the named delegates of the invited parties take part). Everyone with a
 * relation to the case reads its conferences; only the assigned procesregisseur plans, changes,
 * cancels and records them; the invitation (.ics) is for the procesregisseur and the invitees.
 */
import type { Kysely } from 'kysely';
import type { Principal } from '../../../platform/auth/principal.js';
import type { CaseConferenceTable, Database } from '../../../platform/db/schema.js';
import { ProblemError } from '../../../platform/http/problem.js';
import { notFoundProblem, relationOf } from '../policy.js';
import type { LoadedCase } from '../state.js';
import type { ConferenceAction } from './schemas.js';

const onlyRegisseur = () =>
  new ProblemError('forbidden', 'de toegewezen procesregisseur organiseert het casusoverleg (Art. 12.2e)');

/** Art. 12.2d–e: a conference is planned once triage (or a follow-up) put the case on the agenda. */
export function checkPlan(p: Principal, c: LoadedCase): ProblemError | null {
  if (relationOf(p, c) !== 'assigned') return onlyRegisseur();
  if (c.row.status !== 'overleg_gepland')
    return new ProblemError(
      'conflict',
      'een casusoverleg wordt gepland na de triage of voor een vervolgoverleg (Art. 8.1)',
    );
  if (c.plannedConferenceId !== null)
    return new ProblemError('conflict', 'er is al een casusoverleg gepland; verzet of annuleer dat eerst');
  return null;
}

/** Rescheduling, cancelling or recording: the assigned procesregisseur, while it is planned. */
export function checkChange(p: Principal, c: LoadedCase, conf: Pick<CaseConferenceTable, 'status'>) {
  if (relationOf(p, c) !== 'assigned') return onlyRegisseur();
  if (conf.status !== 'planned')
    return new ProblemError('conflict', 'dit casusoverleg is niet (meer) gepland');
  return null;
}

export function checkInvitation(p: Principal, c: LoadedCase, conferenceId: string): ProblemError | null {
  if (relationOf(p, c) === 'assigned') return null;
  if (
    c.participants.some(
      (x) => x.conferenceId === conferenceId && x.userId === p.userId && x.partyId === p.partyId,
    )
  )
    return null;
  return new ProblemError(
    'forbidden',
    'de uitnodiging is voor de procesregisseur en de genoemde deelnemers (Art. 8.2)',
  );
}

export function conferencePermissions(
  p: Principal,
  c: LoadedCase,
  conf: Pick<CaseConferenceTable, 'id' | 'status'>,
): ConferenceAction[] {
  const out: ConferenceAction[] = [];
  if (checkChange(p, c, conf) === null) {
    out.push('reschedule', 'cancel');
    if (c.row.status === 'overleg_gepland') out.push('hold');
  }
  if (checkInvitation(p, c, conf.id) === null) out.push('download-invitation');
  return out;
}

/** The conference of this case, or 404. */
export async function conferenceOf(db: Kysely<Database>, caseId: string, conferenceId: string) {
  const row = await db
    .selectFrom('case_conferences')
    .selectAll()
    .where('id', '=', conferenceId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!row) throw notFoundProblem();
  return row;
}
