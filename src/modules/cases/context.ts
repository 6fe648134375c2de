/**
 * What the case module's commands and queries share: the database, the master key (which unwraps
 * each case key, never cached: a shred holds from the next request) and the keys derived from the
 * root key for blind indexes and processing-log pseudonyms (domain.md §4), and the shred ledger,
 * written before a removed information item's key is destroyed (issue 6 §5).
 */
import type { Kysely } from 'kysely';
import { type Settings, shredLedgerPath } from '../../platform/config/env.js';
import { type BlindIndexKeys, blindIndexKeys } from '../../platform/crypto/blind-index.js';
import type { Database } from '../../platform/db/schema.js';
import type { AppDeps } from '../../platform/http/app.js';
import { type ProcessingLogKeys, processingLogKeys } from '../../platform/processing-log/index.js';

export interface CaseContext {
  db: Kysely<Database>;
  masterKey: Buffer;
  index: BlindIndexKeys;
  log: ProcessingLogKeys;
  ledgerPath: string;
}

export const caseContext = (deps: AppDeps): CaseContext => ({
  db: deps.db.kysely,
  masterKey: deps.masterKey,
  index: blindIndexKeys(deps.rootKey),
  log: processingLogKeys(deps.rootKey),
  // The demo seeder passes no settings: it gets the default ledger (platform/config/env.ts).
  ledgerPath: shredLedgerPath(deps.settings ?? ({} as Settings)),
});
