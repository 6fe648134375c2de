/**
 * Cursor pagination: lists are ordered by a sort key plus id, and the cursor is the last row's
 * (key, id) — opaque to the caller, stable under inserts, and never an offset.
 */
import { z } from 'zod';
import { ProblemError } from './problem.js';

export const pageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(500).optional(),
});

export interface Cursor {
  k: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const encodeCursor = (c: Cursor): string => Buffer.from(JSON.stringify(c)).toString('base64url');

export function decodeCursor(raw: string | undefined): Cursor | undefined {
  if (raw === undefined) return undefined;
  try {
    const value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    // Every list pages by a uuid id; PostgreSQL would refuse another value with an error (500).
    if (typeof value?.k === 'string' && typeof value?.id === 'string' && UUID.test(value.id))
      return { k: value.k, id: value.id };
  } catch {
    // fall through
  }
  throw new ProblemError('validation', 'Queryparameters ongeldig — cursor: onbekende of beschadigde cursor');
}

export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.strictObject({ items: z.array(item), nextCursor: z.string().nullable() });

/** Given limit+1 rows, returns the page and the cursor of the next one. */
export function toPage<Row>(rows: Row[], limit: number, cursorOf: (row: Row) => Cursor) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(cursorOf(last)) : null };
}
