/**
 * The shred ledger's format (issue 6 §5): item lines beside case lines, readable by a reader from
 * before item lines existed (it takes every line with a `caseId` for a whole case), and robust to
 * a line torn by a crash.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  appendItemsToLedger,
  appendToLedger,
  readItemLedger,
  readLedger,
  readLedgerEntries,
} from '../../src/platform/crypto/shred-ledger.js';

describe('the shred ledger', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const ledger = () => {
    dir = mkdtempSync(join(tmpdir(), 'ketenhuis-ledger-'));
    return join(dir, 'sub', 'shred-ledger.jsonl');
  };

  it('keeps item lines apart from case lines, and never gives an item line a caseId', () => {
    const path = ledger();
    appendToLedger(path, 'case-1');
    appendItemsToLedger(path, ['item-1', 'item-2']);
    appendItemsToLedger(path, []);
    appendToLedger(path, 'case-2');
    expect(readLedger(path)).toEqual(['case-1', 'case-2']);
    expect(readItemLedger(path)).toEqual(['item-1', 'item-2']);
    const lines = readFileSync(path, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    for (const l of lines.filter((x) => 'itemId' in x))
      expect(Object.keys(l).sort()).toEqual(['at', 'itemId']);
    // What a reader from before item lines existed makes of this file: the cases only.
    const oldReader = lines.flatMap((v) => (typeof v.caseId === 'string' ? [v.caseId] : []));
    expect(oldReader).toEqual(['case-1', 'case-2']);
  });

  it('skips a line torn by a crash and starts the next entry on a line of its own', () => {
    const path = ledger();
    appendItemsToLedger(path, ['item-1']);
    appendFileSync(path, '{"itemId":"item-to');
    appendToLedger(path, 'case-1');
    appendItemsToLedger(path, ['item-2']);
    expect(readLedgerEntries(path)).toEqual({ caseIds: ['case-1'], itemIds: ['item-1', 'item-2'] });
  });

  it('reads a missing ledger as empty', () => {
    expect(readLedgerEntries(join(ledger(), 'nope.jsonl'))).toEqual({ caseIds: [], itemIds: [] });
  });
});
