/**
 * Schema version 7: fills the new `research` table (lib/clipping/research-row.ts)
 * with a row for every stored clipping, derived from its record by the same
 * code that derives it on every later write (derive.ts). Cards, records and
 * search texts are not touched.
 */
import type { Transaction } from 'dexie';
import type { ResearchRow } from '../../clipping/research-row';
import { researchRowOf } from '../../clipping/derive';
import { decodeLine } from '../../clipping/record-line';
import type { ClippingRecord, StoredLine } from '../../clipping/types';

/** Clippings per request: bounds memory with a large collection. */
const BATCH = 500;

function decoded(line: StoredLine): ClippingRecord | undefined {
  try {
    return decodeLine(line.line);
  } catch {
    // Version 4 left every card with a record that decodes; a line that still does not has nothing to derive from.
    return undefined;
  }
}

export async function fillResearchRows(tx: Transaction): Promise<void> {
  const records = tx.table<StoredLine, string>('records');
  const research = tx.table<ResearchRow, string>('research');
  const ids = await records.toCollection().primaryKeys();
  for (let from = 0; from < ids.length; from += BATCH) {
    const lines = await records.bulkGet(ids.slice(from, from + BATCH));
    const rows = lines.flatMap((line) => {
      const record = line && decoded(line);
      return record ? [researchRowOf(record)] : [];
    });
    await research.bulkPut(rows);
  }
}
