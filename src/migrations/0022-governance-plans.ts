/**
 * Annual plan (Art. 4.4, four required parts), annual report and accounts (Art. 6.4), and the
 * finances of the house per year (Art. 18): budget and realisation, contributions per party in
 * money or in kind. Amounts in euro cents. Frozen in time: never import application code.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against no schema, by design
type AnyDb = Kysely<any>;

const statusCheck = sql`status in ('draft', 'proposed', 'adopted', 'rejected')`;

export async function up(db: AnyDb): Promise<void> {
  const id = db.getExecutor().adapter instanceof PostgresAdapter ? sql`uuid` : sql`text`;

  await db.schema
    .createTable('governance_annual_plans')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('year', 'integer', (c) => c.notNull().unique())
    .addColumn('long_term_vision', 'text')
    .addColumn('priorities', 'text')
    .addColumn('budget_and_accounts', 'text')
    .addColumn('quality_assurance', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(statusCheck))
    .addColumn('decision_id', id)
    .addColumn('adopted_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('governance_annual_reports')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('year', 'integer', (c) => c.notNull().unique())
    .addColumn('report', 'text')
    .addColumn('accounts', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(statusCheck))
    .addColumn('decision_id', id)
    .addColumn('adopted_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('governance_finance_years')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('updated_by_user_id', id, (c) => c.notNull().references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('governance_budget_lines')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('year', 'integer', (c) =>
      c.notNull().references('governance_finance_years.year').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('budget_cents', 'integer', (c) => c.notNull())
    .addColumn('realised_cents', 'integer')
    .execute();

  await db.schema
    .createTable('governance_contributions')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('year', 'integer', (c) =>
      c.notNull().references('governance_finance_years.year').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('party_id', id, (c) => c.notNull().references('parties.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('money', 'in_kind')`))
    .addColumn('amount_cents', 'integer')
    .addColumn('description', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'governance_contributions',
    'governance_budget_lines',
    'governance_finance_years',
    'governance_annual_reports',
    'governance_annual_plans',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
