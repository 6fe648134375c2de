/**
 * Answers kept in memory for as long as the database says nothing they were computed from has
 * changed: triggers raise a scope's revision in every transaction that writes one of its tables
 * (migration 0039), so an answer computed at revision r is still right while the revision is r.
 * Each lookup reads the revision (one indexed row, a prepared statement), so a write by any code
 * path, process or server is seen at the next request. The revision is read before computing: an
 * answer computed from newer data than its revision is only recomputed once more, never stale.
 * `maxAgeMs` bounds what the revision cannot see: answers that depend on the clock.
 */
import type { Kysely } from 'kysely';
import { type Params, preparedQuery } from './prepared-query.js';
import type { CacheRevisionTable, Database } from './schema.js';

type Scope = CacheRevisionTable['scope'];

const revisionQuery = preparedQuery((db, p: Params<{ scope: Scope }>) =>
  db.selectFrom('cache_revisions').select('revision').where('scope', '=', p.scope),
);

/** The current revision of a scope (null if the scope has no row: then nothing is cached). */
export async function currentRevision(db: Kysely<Database>, scope: Scope): Promise<number | null> {
  const [row] = await revisionQuery(db, { scope });
  return row ? Number(row.revision) : null;
}

interface Entry<V> {
  revision: number;
  at: number;
  value: V;
}

export interface RevisionCache<V> {
  /** The cached answer for `key` if still current, else `compute()`'s, cached. Do not mutate it. */
  get(db: Kysely<Database>, key: string, compute: () => Promise<V>): Promise<V>;
  /** How many answers are kept now (for tests and metrics). */
  readonly size: number;
}

export function revisionCache<V>(options: {
  scope: Scope;
  maxEntries: number;
  maxAgeMs: number;
}): RevisionCache<V> {
  // A Map iterates in insertion order: re-inserting on use makes the first key the least recent.
  const entries = new Map<string, Entry<V>>();
  return {
    get size() {
      return entries.size;
    },
    async get(db, key, compute) {
      const revision = await currentRevision(db, options.scope);
      const now = Date.now();
      const hit = entries.get(key);
      entries.delete(key);
      if (hit && hit.revision === revision && now - hit.at < options.maxAgeMs) {
        entries.set(key, hit);
        return hit.value;
      }
      const value = await compute();
      if (revision !== null) {
        entries.set(key, { revision, at: now, value });
        if (entries.size > options.maxEntries) {
          const oldest = entries.keys().next().value;
          if (oldest !== undefined) entries.delete(oldest);
        }
      }
      return value;
    },
  };
}
