/**
 * A bounded cache of prepared SQLite statements for Kysely. Kysely prepares every query anew;
 * preparing costs more than running the small indexed queries a request makes (the case
 * benchmark, docs/benchmarks.md). Kysely runs one query at a time on the SQLite connection, so a
 * cached statement is never used by two queries at once. Only Kysely's view of the connection is
 * cached; other users of the raw connection prepare as before.
 */
import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

const LIMIT = 500;

export function withStatementCache(conn: SQLite.Database, limit = LIMIT): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => {
      cache.clear();
      conn.close();
    },
    prepare: (sql: string) => {
      const hit = cache.get(sql);
      if (hit) {
        // Least recently used goes first: move the hit to the end.
        cache.delete(sql);
        cache.set(sql, hit);
        return hit;
      }
      const stmt = conn.prepare(sql) as unknown as SqliteStatement;
      cache.set(sql, stmt);
      if (cache.size > limit) cache.delete(cache.keys().next().value as string);
      return stmt;
    },
  };
}
