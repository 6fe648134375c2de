/**
 * The ordered list of migrations. Listed by hand (not read from the folder) so that the compiled
 * and the source tree behave alike and a stray file is never run.
 */
import type { Migration } from 'kysely';
import * as m0001 from './0001-foundation.js';
import * as m0002 from './0002-identity.js';
import * as m0010 from './0010-processing-log.js';
import * as m0011 from './0011-case-keys.js';
import * as m0012 from './0012-password-change.js';
import * as m0013 from './0013-retention.js';
import * as m0014 from './0014-cases.js';
import * as m0015 from './0015-case-flow.js';
import * as m0017 from './0017-case-execution.js';
import * as m0019 from './0019-notifications.js';
import * as m0020 from './0020-governance-meetings.js';
import * as m0021 from './0021-governance-decisions.js';
import * as m0022 from './0022-governance-plans.js';
import * as m0023 from './0023-governance-register.js';
import * as m0025 from './0025-accessions.js';
import * as m0026 from './0026-covenant-versions.js';
import * as m0027 from './0027-terminations.js';
import * as m0028 from './0028-disputes.js';
import * as m0029 from './0029-statements.js';
import * as m0030 from './0030-information-items.js';
import * as m0031 from './0031-disclosures.js';
import * as m0032 from './0032-subject-requests.js';
import * as m0033 from './0033-performance-indexes.js';
import * as m0034 from './0034-information-item-keys.js';
import * as m0035 from './0035-triage-answer-content.js';
import * as m0036 from './0036-worklist-indexes.js';
import * as m0037 from './0037-action-citations.js';
import * as m0038 from './0038-party-regimes.js';
import * as m0039 from './0039-worklist-revision.js';

export const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-identity': m0002,
  '0010-processing-log': m0010,
  '0011-case-keys': m0011,
  '0012-password-change': m0012,
  '0013-retention': m0013,
  '0014-cases': m0014,
  '0015-case-flow': m0015,
  '0017-case-execution': m0017,
  '0019-notifications': m0019,
  '0020-governance-meetings': m0020,
  '0021-governance-decisions': m0021,
  '0022-governance-plans': m0022,
  '0023-governance-register': m0023,
  '0025-accessions': m0025,
  '0026-covenant-versions': m0026,
  '0027-terminations': m0027,
  '0028-disputes': m0028,
  '0029-statements': m0029,
  '0030-information-items': m0030,
  '0031-disclosures': m0031,
  '0032-subject-requests': m0032,
  '0033-performance-indexes': m0033,
  '0034-information-item-keys': m0034,
  '0035-triage-answer-content': m0035,
  '0036-worklist-indexes': m0036,
  '0037-action-citations': m0037,
  '0038-party-regimes': m0038,
  '0039-worklist-revision': m0039,
};
