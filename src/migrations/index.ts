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

export const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-identity': m0002,
  '0010-processing-log': m0010,
  '0011-case-keys': m0011,
  '0012-password-change': m0012,
  '0013-retention': m0013,
  '0014-cases': m0014,
};
