/**
 * Export formats of the processing log: JSON Lines (one entry view per line) and CSV (RFC 4180,
 * CRLF line ends). CSV cells that a spreadsheet would run as a formula (starting with = + - @,
 * tab or carriage return) get a leading apostrophe. Pure.
 */
import type { StoredEntry } from '../../platform/processing-log/index.js';
import { entryView } from './view.js';

export const EXPORT_CONTENT_TYPES = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
} as const;

export type ExportFormat = keyof typeof EXPORT_CONTENT_TYPES;

/** CSV columns: stored names, with the Logius attribute names for the dpl.core attributes. */
const CSV_COLUMNS: [string, (e: StoredEntry) => string | number | null][] = [
  ['seq', (e) => e.seq],
  ['id', (e) => e.id],
  ['trace_id', (e) => e.trace_id],
  ['span_id', (e) => e.span_id],
  ['parent_span_id', (e) => e.parent_span_id],
  ['name', (e) => e.name],
  ['start_time', (e) => e.start_time],
  ['end_time', (e) => e.end_time],
  ['status_code', (e) => e.status_code],
  ['dpl.core.processing_activity_id', (e) => e.processing_activity_id],
  ['dpl.core.data_subject_id', (e) => e.data_subject_id],
  ['dpl.core.data_subject_id_type', (e) => e.data_subject_id_type],
  ['acting_user_id', (e) => e.acting_user_id],
  ['acting_party_id', (e) => e.acting_party_id],
  ['controller_party_id', (e) => e.controller_party_id],
  ['case_id', (e) => e.case_id],
  ['purpose', (e) => e.purpose],
  ['operation', (e) => e.operation],
  ['prev_hash', (e) => e.prev_hash],
  ['hash', (e) => e.hash],
];

/** One CSV cell: neutralised against formula injection, then quoted when needed. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export const csvHeader = (): string => `${CSV_COLUMNS.map(([name]) => csvCell(name)).join(',')}\r\n`;

export const csvRow = (e: StoredEntry): string =>
  `${CSV_COLUMNS.map(([, get]) => csvCell(get(e))).join(',')}\r\n`;

export const jsonLine = (e: StoredEntry): string => `${JSON.stringify(entryView(e))}\n`;

/** The export as text chunks: a header (CSV), then one chunk per batch of entries. */
export async function* exportChunks(
  format: ExportFormat,
  batches: AsyncIterable<StoredEntry[]>,
): AsyncGenerator<string> {
  if (format === 'csv') yield csvHeader();
  const line = format === 'csv' ? csvRow : jsonLine;
  for await (const batch of batches) yield batch.map(line).join('');
}
