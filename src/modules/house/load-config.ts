/**
 * Loads a house configuration into an empty database, in one transaction: the house, its parties,
 * bodies with their seats, privacy protocols with the parties they admit, and the processing
 * register. After that the database is the source of truth and the app edits it.
 */
import type { Kysely } from 'kysely';
import { type HouseConfig, processingActivityUri } from '../../platform/config/house-config.js';
import type { Database } from '../../platform/db/schema.js';
import { newId, nowUtc } from '../../platform/ids.js';

export async function isHouseLoaded(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('house').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

/**
 * Art. 15.2: gives every party of the configuration that has no special regimes recorded yet
 * (NULL: a database from before migration 0038) the ones the configuration lists. A party whose
 * regimes functioneel beheer has set — to none, too — keeps them. Returns how many it filled.
 */
export async function fillPartyRegimes(db: Kysely<Database>, cfg: HouseConfig): Promise<number> {
  let filled = 0;
  for (const p of cfg.parties) {
    const result = await db
      .updateTable('parties')
      .set({ special_regimes: JSON.stringify(p.regimes) })
      .where('key', '=', p.key)
      .where('special_regimes', 'is', null)
      .executeTakeFirst();
    filled += Number(result.numUpdatedRows);
  }
  return filled;
}

export async function importHouseConfig(db: Kysely<Database>, cfg: HouseConfig): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (await isHouseLoaded(trx)) throw new Error('er is al een huis geladen in deze database');
    const now = nowUtc();
    const partyIds = new Map(cfg.parties.map((p) => [p.key, newId()]));
    const idOf = (key: string) => {
      const id = partyIds.get(key);
      if (!id) throw new Error(`onbekende partij ${key}`);
      return id;
    };
    await trx
      .insertInto('parties')
      .values(
        cfg.parties.map((p) => ({
          id: idOf(p.key),
          key: p.key,
          name: p.name,
          kind: p.kind,
          domain: p.domain,
          // Art. 15.2: the special regimes (Wpg, Wjsg) the party may provide.
          special_regimes: JSON.stringify(p.regimes),
          status: 'active' as const,
          version: 1,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
    await trx
      .insertInto('house')
      .values({
        id: newId(),
        slug: cfg.house.slug,
        name: cfg.house.name,
        short_name: cfg.house.shortName,
        centrumgemeente_party_id: idOf(cfg.house.centrumgemeente),
        uri_base: cfg.house.uriBase,
        timezone: cfg.house.timezone,
        primary_color: cfg.house.branding.primaryColor,
        secondary_color: cfg.house.branding.secondaryColor,
        text_on_primary: cfg.house.branding.textOnPrimary,
        covenant_json: JSON.stringify(cfg.covenant),
        triage_json: JSON.stringify(cfg.triage),
        cadence_json: JSON.stringify(cfg.cadence),
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    for (const body of cfg.bodies) {
      const bodyId = newId();
      await trx
        .insertInto('bodies')
        .values({ id: bodyId, key: body.key, name: body.name, article: body.article })
        .execute();
      if (body.seats.length === 0) continue;
      await trx
        .insertInto('body_seats')
        .values(
          body.seats.map((s, position) => ({
            id: newId(),
            body_id: bodyId,
            party_id: s.party ? idOf(s.party) : null,
            role: s.role,
            description: s.description,
            article: s.article,
            optional: s.optional ? 1 : 0,
            votes: s.votes ? 1 : 0,
            position,
          })),
        )
        .execute();
    }
    const protocolIds = new Map<string, string>();
    for (const p of cfg.privacyProtocols) {
      const id = newId();
      protocolIds.set(p.key, id);
      await trx
        .insertInto('privacy_protocols')
        .values({
          id,
          key: p.key,
          name: p.name,
          article: p.article,
          admits_all: p.admits === 'all' ? 1 : 0,
          retention_months: p.retentionMonths,
          version: 1,
          created_at: now,
          updated_at: now,
        })
        .execute();
      if (p.admits !== 'all') {
        await trx
          .insertInto('privacy_protocol_parties')
          .values(p.admits.map((k) => ({ protocol_id: id, party_id: idOf(k) })))
          .execute();
      }
    }
    await trx
      .insertInto('processing_activities')
      .values(
        cfg.processingRegister.map((a) => ({
          id: newId(),
          key: a.key,
          uri: processingActivityUri(cfg, a.key),
          name: a.name,
          purpose: a.purpose,
          legal_basis: a.legalBasis,
          protocol_id: a.protocol ? (protocolIds.get(a.protocol) ?? null) : null,
        })),
      )
      .execute();
  });
}
