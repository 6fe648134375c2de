/**
 * The 200-item case of the case benchmark (issue 6 Acceptance: "a case page with 200 items read by
 * a participant"): one case in which the reader is a named conference participant gets `count`
 * information items, sealed as the app seals them (information-items-rows.ts), provided by the
 * parties invited to its conference, each concerning every person of the case. Visibilities
 * rotate (all participants, named parties including the reader's, procesregisseur only), so the
 * reader sees three in four. Kept worlds keep their items: a case that has them is not seeded again.
 */
import { parseSpecialRegimes } from '../modules/information/rules/regime.js';
import { openCaseKey } from '../platform/crypto/case-keys.js';
import type { BenchCase } from './cases-plan.js';
import type { World } from './cases-world.js';
import { itemRows } from './information-items-rows.js';

export async function seedItemsCase(world: World, c: BenchCase, readerPartyId: string, count: number) {
  const db = world.db.kysely;
  const existing = await db
    .selectFrom('information_items')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('case_id', '=', c.id)
    .executeTakeFirstOrThrow();
  if (Number(existing.n) >= count) return;
  const invitations = c.conference?.invitations ?? [];
  if (invitations.length === 0) throw new Error(`casus ${c.caseNumber} heeft geen overleg met genodigden`);
  const persons = await db.selectFrom('case_persons').select('id').where('case_id', '=', c.id).execute();
  const key = await openCaseKey(db, world.masterKey, c.id);
  // Art. 15.2: each provider gets only regimes its party may provide (parties.special_regimes).
  const parties = await db
    .selectFrom('parties')
    .select(['id', 'special_regimes'])
    .where(
      'id',
      'in',
      invitations.map((i) => i.partyId),
    )
    .execute();
  const regimesOf = new Map(parties.map((p) => [p.id, parseSpecialRegimes(p.special_regimes)]));
  const rows = itemRows(key, {
    caseId: c.id,
    providers: invitations.map((i) => ({
      partyId: i.partyId,
      userId: i.participant.id,
      specialRegimes: regimesOf.get(i.partyId) ?? [],
    })),
    personIds: persons.map((p) => p.id),
    namedPartyIds: [readerPartyId],
    count,
    createdAt: new Date().toISOString(),
  });
  await db.transaction().execute(async (trx) => {
    for (const [table, row] of rows) {
      // biome-ignore lint/suspicious/noExplicitAny: rows for several tables, typed by the hook
      const into = table as any;
      await trx.insertInto(into).values(row).execute();
    }
  });
}
