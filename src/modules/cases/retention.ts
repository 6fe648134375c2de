/**
 * The case module's retention remover (Art. 1.10, 15.3): after the retention period of the case's
 * privacy protocol, deletes all of the case's rows inside the engine's removal transaction. The
 * case key is shredded by the engine before; its tombstone in case_keys stays.
 */
import type { Remover } from '../../platform/retention/engine.js';

export const removeCaseRows: Remover = async (trx, dossierId) => {
  for (const table of ['case_questions', 'case_events', 'case_procesregisseurs', 'case_persons'] as const) {
    await trx.deleteFrom(table).where('case_id', '=', dossierId).execute();
  }
  await trx.deleteFrom('cases').where('id', '=', dossierId).execute();
};
