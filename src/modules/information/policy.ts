/**
 * Who may do what with information items (Art. 12.2f, 15.1, 16.2). Seeing is decided by
 * rules/visibility.ts (404 otherwise); this file decides the writes on what the caller sees (403):
 * providing an item into a case, changing its conditions, the reading-beforehand steps.
 */
import type { Principal } from '../../platform/auth/principal.js';
import { ProblemError } from '../../platform/http/problem.js';
import type { LoadedCase } from '../cases/state.js';
import type { ItemRow } from './access.js';
import { conditionsOf, viewerOf } from './access.js';
import { type CaseView, isProvider, participantRelations } from './rules/visibility.js';

/** The phases in which information is exchanged in the case (domain.md §3). */
const openStatuses = [
  'concept',
  'aangemeld',
  'in_beoordeling',
  'in_triage',
  'overleg_gepland',
  'in_uitvoering',
];

/**
 * Art. 15.1: a professional with a role in the case provides information for their own party; the
 * assigned procesregisseur adds the house's own notes. Null when allowed.
 */
export function canCreate(p: Principal, loaded: LoadedCase, view: CaseView): ProblemError | null {
  const professional =
    p.roles.includes('professional') &&
    p.partyId !== null &&
    (participantRelations as readonly (string | null)[]).includes(view.relation);
  if (!professional && view.relation !== 'assigned')
    return new ProblemError(
      'forbidden',
      'alleen wie een rol in de casus heeft namens een partij, of de procesregisseur, verstrekt informatie (Art. 15.1)',
    );
  if (!openStatuses.includes(loaded.row.status) || loaded.row.closed_at !== null)
    return new ProblemError(
      'conflict',
      'in deze fase van de casus wordt geen informatie meer gedeeld (Art. 1.10)',
    );
  return null;
}

/** Art. 16.2: only the provider changes its item's conditions, withdraws it or adds to it. */
export function checkProvider(p: Principal, item: ItemRow, view: CaseView): ProblemError | null {
  if (!isProvider(conditionsOf(item), viewerOf(p), view))
    return new ProblemError('forbidden', 'alleen de verstrekkende partij bepaalt het gebruik (Art. 16.2)');
  if (item.withdrawn_at !== null)
    return new ProblemError('conflict', 'de informatie is ingetrokken (Art. 16.2)');
  return null;
}

/** Art. 12.2f: the assigned procesregisseur assesses what may be read before the conference. */
export function checkAssessor(view: CaseView): ProblemError | null {
  if (view.relation !== 'assigned')
    return new ProblemError('forbidden', 'de procesregisseur beoordeelt inzage vooraf (Art. 12.2f)');
  return null;
}
