/**
 * Changes to the house configuration. Each write checks the row version it was based on (ETag),
 * so a stale edit changes nothing.
 */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../platform/db/schema.js';
import { staleWrite } from '../../platform/http/etag.js';
import { ProblemError } from '../../platform/http/problem.js';
import { nowUtc } from '../../platform/ids.js';
import type { houseUpdateSchema, privacyProtocolUpdateSchema } from './schemas.js';

export async function updateHouse(
  db: Kysely<Database>,
  expectedVersion: number,
  change: z.infer<typeof houseUpdateSchema>,
) {
  const result = await db
    .updateTable('house')
    .set({
      ...(change.name !== undefined && { name: change.name }),
      ...(change.shortName !== undefined && { short_name: change.shortName }),
      ...(change.branding && {
        primary_color: change.branding.primaryColor,
        secondary_color: change.branding.secondaryColor,
        text_on_primary: change.branding.textOnPrimary,
      }),
      ...(change.triage && { triage_json: JSON.stringify(change.triage) }),
      ...(change.cadence && { cadence_json: JSON.stringify(change.cadence) }),
      version: expectedVersion + 1,
      updated_at: nowUtc(),
    })
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw staleWrite();
}

export async function updatePrivacyProtocol(
  db: Kysely<Database>,
  id: string,
  expectedVersion: number,
  change: z.infer<typeof privacyProtocolUpdateSchema>,
) {
  await db.transaction().execute(async (trx) => {
    if (change.admittedPartyIds) {
      const unique = [...new Set(change.admittedPartyIds)];
      const found = unique.length
        ? await trx.selectFrom('parties').select('id').where('id', 'in', unique).execute()
        : [];
      if (found.length !== unique.length) {
        throw new ProblemError('validation', 'Body ongeldig — admittedPartyIds: bevat een onbekende partij');
      }
    }
    const result = await trx
      .updateTable('privacy_protocols')
      .set({
        ...(change.retentionMonths !== undefined && { retention_months: change.retentionMonths }),
        ...(change.admitsAll !== undefined && { admits_all: change.admitsAll ? 1 : 0 }),
        version: expectedVersion + 1,
        updated_at: nowUtc(),
      })
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw staleWrite();
    if (change.admittedPartyIds) {
      await trx.deleteFrom('privacy_protocol_parties').where('protocol_id', '=', id).execute();
      const unique = [...new Set(change.admittedPartyIds)];
      if (unique.length) {
        await trx
          .insertInto('privacy_protocol_parties')
          .values(unique.map((party_id) => ({ protocol_id: id, party_id })))
          .execute();
      }
    }
  });
}
