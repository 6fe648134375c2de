/** CSV cells are RFC 4180 and never start a spreadsheet formula; JSON Lines are one view per line. */
import { describe, expect, it } from 'vitest';
import {
  csvCell,
  csvHeader,
  exportChunks,
  jsonLine,
} from '../../../src/modules/processing-log/export-format.js';
import { chainEntries, EMPTY_HEAD } from '../../../src/platform/processing-log/hash.js';
import type { DraftEntry } from '../../../src/platform/processing-log/types.js';

describe('csvCell', () => {
  it('leaves plain text and numbers alone, and empties null', () => {
    expect(csvCell('case.read')).toBe('case.read');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(null)).toBe('');
  });

  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvCell('regel\nregel')).toBe('"regel\nregel"');
  });

  it('neutralises cells a spreadsheet would evaluate', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1+1`)).toMatch(/^"?'/);
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('a=b')).toBe('a=b');
  });
});

describe('export chunks', () => {
  const draft: DraftEntry = {
    id: 'id-1',
    trace_id: 'a'.repeat(32),
    span_id: 'b'.repeat(16),
    parent_span_id: null,
    name: 'case.read',
    start_time: '2025-03-01T10:00:00.000Z',
    end_time: '2025-03-01T10:00:00.000Z',
    status_code: 'ok',
    processing_activity_id: 'urn:x',
    data_subject_id: null,
    data_subject_id_type: null,
    acting_user_id: null,
    acting_party_id: null,
    controller_party_id: null,
    case_id: null,
    purpose: '-5 dagen',
    operation: 'read',
  };
  const { entries } = chainEntries(EMPTY_HEAD, [draft, { ...draft, id: 'id-2' }]);
  async function* batches() {
    yield entries.slice(0, 1);
    yield entries.slice(1);
  }
  const collect = async (format: 'csv' | 'jsonl') => {
    let out = '';
    for await (const chunk of exportChunks(format, batches())) out += chunk;
    return out;
  };

  it('writes a CSV header and CRLF rows', async () => {
    const csv = await collect('csv');
    expect(csv.startsWith(csvHeader())).toBe(true);
    const rows = csv.split('\r\n');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toContain(",'-5 dagen,");
    expect(rows[1]?.split(',')).toHaveLength(20);
  });

  it('writes one JSON object per line', async () => {
    const lines = (await collect('jsonl')).trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(['id-1', 'id-2']);
    expect(jsonLine(entries[0] as never)).toMatch(/"dpl.core.processing_activity_id":"urn:x"/);
  });
});
