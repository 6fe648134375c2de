/**
 * What the data-subject request code shares (Wgs contact point): the database, the master key
 * (to open the keys of the cases a person is found in), the blind-index keys (to find the person
 * without decrypting anything), the processing-log keys (pseudonyms) and the key that seals the
 * request's own texts, derived from the root key for this purpose only.
 */
import type { Kysely } from 'kysely';
import { deriveKey } from '../../../platform/crypto/aead.js';
import { type BlindIndexKeys, blindIndexKeys } from '../../../platform/crypto/blind-index.js';
import type { Database } from '../../../platform/db/schema.js';
import type { AppDeps } from '../../../platform/http/app.js';
import { type ProcessingLogKeys, processingLogKeys } from '../../../platform/processing-log/index.js';

export interface SubjectContext {
  db: Kysely<Database>;
  masterKey: Buffer;
  index: BlindIndexKeys;
  log: ProcessingLogKeys;
  sealKey: Buffer;
}

export const subjectContext = (deps: AppDeps): SubjectContext => ({
  db: deps.db.kysely,
  masterKey: deps.masterKey,
  index: blindIndexKeys(deps.rootKey),
  log: processingLogKeys(deps.rootKey),
  sealKey: deriveKey(deps.rootKey, 'subject-requests'),
});
