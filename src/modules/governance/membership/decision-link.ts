/**
 * Linking a recorded Stuurgroep decision (Art. 4.5c, 21.1, 23.2) to the decision itself when the
 * governance module holds it (governance_decisions): it must be a Stuurgroep decision and its
 * outcome must match what is recorded here. Without an id, the date and written reference stand.
 */
import { ProblemError } from '../../../platform/http/problem.js';
import type { Db } from './context.js';

export async function checkDecisionLink(
  db: Db,
  decisionId: string | undefined,
  expected: 'adopted' | 'not-adopted',
  article: string,
): Promise<void> {
  if (decisionId === undefined) return;
  const row = await db
    .selectFrom('governance_decisions')
    .innerJoin('bodies', 'bodies.id', 'governance_decisions.body_id')
    .select(['governance_decisions.status', 'bodies.key'])
    .where('governance_decisions.id', '=', decisionId)
    .executeTakeFirst();
  if (row?.key !== 'stuurgroep')
    throw new ProblemError(
      'validation',
      `het besluit moet een besluit van de Stuurgroep zijn (Art. ${article})`,
    );
  const adopted = row.status === 'adopted';
  const settled = adopted || row.status === 'rejected' || row.status === 'undecided';
  if (!settled || adopted !== (expected === 'adopted'))
    throw new ProblemError(
      'validation',
      `de uitkomst wijkt af van het besluit van de Stuurgroep (Art. ${article})`,
    );
}
