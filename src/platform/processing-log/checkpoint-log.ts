/**
 * Checkpoints against the database: make one of the current head, and check that the log still
 * holds a checkpoint's entry with the same hash and belongs to the same house.
 */
import type { KeyObject } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { nowUtc } from '../ids.js';
import { readHead } from './append.js';
import { type Checkpoint, checkpointSignatureProblem, signCheckpoint } from './checkpoint.js';
import { GENESIS_HASH } from './hash.js';

async function houseSlug(db: Kysely<Database>): Promise<string> {
  const row = await db.selectFrom('house').select('slug').executeTakeFirst();
  if (!row) throw new Error('er is nog geen huis geconfigureerd');
  return row.slug;
}

export async function createCheckpoint(db: Kysely<Database>, key: KeyObject): Promise<Checkpoint> {
  return signCheckpoint(await houseSlug(db), await readHead(db), nowUtc(), key);
}

/** Null when the checkpoint is validly signed and the log still contains its entry; else why not. */
export async function checkpointProblem(
  db: Kysely<Database>,
  checkpoint: Checkpoint,
  publicKey: KeyObject,
): Promise<string | null> {
  const signature = checkpointSignatureProblem(checkpoint, publicKey);
  if (signature) return signature;
  const house = await houseSlug(db);
  if (checkpoint.house !== house)
    return `het checkpoint hoort bij huis ${checkpoint.house}, niet bij ${house}`;
  if (checkpoint.seq === 0)
    return checkpoint.hash === GENESIS_HASH
      ? null
      : 'een checkpoint van een leeg logboek draagt de beginhash';
  const head = await readHead(db);
  if (head.seq < checkpoint.seq)
    return `het logboek eindigt bij seq ${head.seq}, maar het checkpoint noemt seq ${checkpoint.seq}: regels zijn verdwenen`;
  const row = await db
    .selectFrom('processing_log')
    .select(['id', 'hash'])
    .where('seq', '=', checkpoint.seq)
    .executeTakeFirst();
  if (!row) return `seq ${checkpoint.seq} uit het checkpoint staat niet meer in het logboek`;
  if (row.hash !== checkpoint.hash)
    return `seq ${checkpoint.seq} (id ${row.id}) heeft nu een andere hash dan bij het checkpoint: het logboek is herschreven`;
  return null;
}
