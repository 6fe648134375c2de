/**
 * Queries built and compiled once per dialect, then run many times with new parameter values.
 * Kysely builds and compiles every query anew — on SQLite that costs more than running the small
 * indexed queries of a hot path (the case benchmark, docs/benchmarks.md). The query is written
 * with Kysely as usual, typed, with named placeholders where values go; its SQL text is compiled
 * the first time it runs on a dialect and reused after, with only the values bound afresh. The
 * statement cache (statement-cache.ts) then reuses the prepared statement too.
 *
 * @example
 *   const caseRow = preparedQuery((db, p: Params<{ id: string }>) =>
 *     db.selectFrom('cases').selectAll().where('id', '=', p.id));
 *   const rows = await caseRow(db, { id });
 */
import type SQLite from 'better-sqlite3';
import { type Compilable, CompiledQuery, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from './schema.js';

const MARK = '\u0000param:';

/** The placeholders of a prepared query: each stands for the value of the same name. */
export type Params<A> = { readonly [K in keyof A]: A[K] };

interface Compiled {
  sql: string;
  /** Per compiled parameter: the name of the argument it takes, or a constant of the query. */
  slots: ({ arg: string } | { value: unknown })[];
  /** A select, which a read-only connection may answer. */
  reads: boolean;
  /** Its prepared statement on each read-only connection. */
  statements: WeakMap<SQLite.Database, SQLite.Statement>;
}

const readers = new WeakMap<Kysely<Database>, SQLite.Database>();

/**
 * Prepared selects on this SQLite database outside a transaction are answered by `reader`, a
 * read-only connection to the same file, directly instead of through Kysely's executor, whose
 * promise chain and connection lock cost more than the small indexed queries of a hot path (the
 * case benchmark, docs/benchmarks.md). A connection of its own: the database's own connection may
 * be inside another request's open transaction, whose uncommitted rows a query there would see.
 * In WAL mode the reader sees every committed write and never waits for the writer.
 */
export function setPreparedQueryReader(db: Kysely<Database>, reader: SQLite.Database): void {
  readers.set(db, reader);
}

/** A query builder, or a raw `sql` template for what the builder cannot say (UNION of shapes). */
type Query<R> = Compilable<R> | RawBuilder<R>;

const isRaw = <R>(q: Query<R>): q is RawBuilder<R> => (q as RawBuilder<R>).isRawBuilder === true;

function compile<A>(db: Kysely<Database>, build: (db: Kysely<Database>, p: Params<A>) => Query<unknown>) {
  const p = new Proxy({}, { get: (_, name) => `${MARK}${String(name)}` }) as Params<A>;
  const q = build(db, p);
  const compiled = isRaw(q) ? q.compile(db) : q.compile();
  if (compiled.sql.includes(MARK)) throw new Error('preparedQuery: a placeholder landed in the SQL text');
  return {
    sql: compiled.sql,
    slots: compiled.parameters.map((v) =>
      typeof v === 'string' && v.startsWith(MARK) ? { arg: v.slice(MARK.length) } : { value: v },
    ),
    reads: /^\s*(select|with)\b/i.test(compiled.sql),
    statements: new WeakMap(),
  };
}

/**
 * A query compiled once per dialect (keyed by the adapter's class: the SQL text depends only on
 * the dialect) and run with the given values. Placeholders must be whole values (`= p.id`), not
 * parts of one (no `p.id + '%'`, no arrays for `in`).
 */
export function preparedQuery<A extends Record<string, unknown>, R>(
  build: (db: Kysely<Database>, p: Params<A>) => Query<R>,
): (db: Kysely<Database>, args: A) => Promise<R[]> {
  const byDialect = new Map<unknown, Compiled>();
  return async (db, args) => {
    const dialect = db.getExecutor().adapter.constructor;
    let c = byDialect.get(dialect);
    if (!c) {
      c = compile(db, build);
      byDialect.set(dialect, c);
    }
    const parameters = c.slots.map((s) => ('arg' in s ? args[s.arg] : s.value));
    const reader = c.reads && !db.isTransaction ? readers.get(db) : undefined;
    if (reader) {
      let statement = c.statements.get(reader);
      if (!statement) {
        statement = reader.prepare(c.sql);
        c.statements.set(reader, statement);
      }
      return statement.all(parameters) as R[];
    }
    const result = await db.executeQuery<R>(CompiledQuery.raw(c.sql, parameters));
    return result.rows;
  };
}
