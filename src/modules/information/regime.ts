/**
 * Art. 15.2: the check that a party may provide information under the chosen legal regime, against
 * the special regimes the house configuration gave it (`parties.special_regimes`; rules/regime.ts).
 * Called inside the transaction of every command that creates an item or sets its regime — item
 * creation, a triage answer, a correction of the conditions — before anything is written, so a
 * refusal (422 `regime-not-allowed`) stores nothing and logs no processing.
 */
import type { Kysely, Transaction } from 'kysely';
import type { SpecialRegime } from '../../platform/config/house-config.js';
import type { Database, InformationRegime } from '../../platform/db/schema.js';
import { ProblemError } from '../../platform/http/problem.js';
import { checkRegime, parseSpecialRegimes } from './rules/regime.js';

/** The special regimes (Wpg, Wjsg) a party may provide; none for an unknown party. */
export async function specialRegimesOf(
  db: Kysely<Database> | Transaction<Database>,
  partyId: string,
): Promise<SpecialRegime[]> {
  const row = await db
    .selectFrom('parties')
    .select('special_regimes')
    .where('id', '=', partyId)
    .executeTakeFirst();
  return parseSpecialRegimes(row?.special_regimes);
}

/** Art. 15.2: refuses with 422 `regime-not-allowed` a regime the providing party may not provide. */
export async function requireProvidableRegime(
  trx: Transaction<Database>,
  providerPartyId: string,
  regime: InformationRegime,
  provider: 'party' | 'house' = 'party',
): Promise<void> {
  const refusal = checkRegime(regime, await specialRegimesOf(trx, providerPartyId), provider);
  if (refusal) throw new ProblemError(refusal.code, refusal.reason);
}
