/**
 * The case module's retention remover (Art. 1.10, 15.3): after the retention period of the case's
 * privacy protocol, deletes all of the case's rows inside the engine's removal transaction. The
 * case key is shredded by the engine before; its tombstone in case_keys stays.
 */
import type { Remover } from '../../platform/retention/engine.js';
import { removeItemRows } from '../information/retention.js';

export const removeCaseRows: Remover = async (trx, dossierId) => {
  // Information items (issue 6) first: they point at persons and information requests.
  await removeItemRows(trx, dossierId);
  // Children before parents: actions, roles and the coordinator point at conferences.
  for (const table of [
    // Execution and de-escalation (Art. 1.10, 11.3d, 13): they point at actions and conferences.
    'case_scrub_decisions',
    'case_deescalations',
    'case_progress_reports',
    'case_action_status_changes',
    'case_escalations',
    'case_actions',
    'case_party_roles',
    'case_coordinators',
    'case_conference_participants',
    'case_triage_outcomes',
    'case_information_requests',
    'case_questions',
    'case_events',
    'case_procesregisseurs',
    'case_persons',
  ] as const) {
    await trx.deleteFrom(table).where('case_id', '=', dossierId).execute();
  }
  const conferences = trx.selectFrom('case_conferences').select('id').where('case_id', '=', dossierId);
  await trx.deleteFrom('case_conference_parties').where('conference_id', 'in', conferences).execute();
  await trx.deleteFrom('case_conferences').where('case_id', '=', dossierId).execute();
  await trx.deleteFrom('cases').where('id', '=', dossierId).execute();
};
