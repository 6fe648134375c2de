/**
 * Kysely's SQLite dialect with write transactions that take the write lock at BEGIN
 * (`BEGIN IMMEDIATE`). The server writes through two connections to one file — its own and the
 * read-log writer's (processing-log/read-log-writer.ts) — and in WAL mode a deferred transaction
 * that reads first and writes later fails at once with SQLITE_BUSY when the other connection
 * committed in between; the busy timeout cannot help it. Taking the lock first makes the
 * transaction wait its turn instead.
 */
import type SQLite from 'better-sqlite3';
import { CompiledQuery, type DatabaseConnection, type Driver, SqliteDialect } from 'kysely';
import { withStatementCache } from './statement-cache.js';

class ImmediateSqliteDialect extends SqliteDialect {
  override createDriver(): Driver {
    const driver = super.createDriver();
    driver.beginTransaction = async (connection: DatabaseConnection) => {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'));
    };
    return driver;
  }
}

/** The dialect for a connection opened by openSqlite, with the statement cache. */
export function sqliteDialect(conn: SQLite.Database): SqliteDialect {
  return new ImmediateSqliteDialect({ database: withStatementCache(conn) });
}
