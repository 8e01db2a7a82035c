/**
 * Schema version 4: adds the `meta` table (the upgrade report, the
 * re-analysis cursor) and mends every stored clipping to today's rules:
 * dates the rules refuse are repaired (repair.ts), a card without its record
 * is rebuilt from the card, a record without its card gets its card back.
 * Nothing is dropped; what was changed is kept in `meta` for the collection
 * to show once.
 */
import type { Table, Transaction } from 'dexie';
import { toRows } from '../../clipping/derive';
import { toExported } from '../../clipping/export-format';
import { decodeLine } from '../../clipping/record-line';
import { type Repair, rebuildFromCard, repairDates } from '../../clipping/repair';
import type { ClippingCard, ClippingRecord, SearchText, StoredLine } from '../../clipping/types';
import { checkExportedClipping } from '../../clipping/validate-clipping';

/** The rows of the `meta` table, by key. */
export interface UpgradeReportRow {
  key: 'upgradeReport';
  /** When the upgrade ran (ms). */
  at: number;
  repairs: Repair[];
}

/** Clippings mended per request: bounds memory with a large collection. */
const BATCH = 500;

function reading(line: StoredLine | undefined): ClippingRecord | undefined {
  if (!line) return undefined;
  try {
    return decodeLine(line.line);
  } catch {
    // A line that does not decode is as lost as a missing one: the card rebuilds it.
    return undefined;
  }
}

/** Repairs one clipping, given its card (if any) and its record (if any). */
export function mendClipping(card: ClippingCard | undefined, stored: ClippingRecord | undefined, now: number): { record: ClippingRecord; repairs: Repair[]; rewrite: boolean } {
  const repairs: Repair[] = [];
  const base = stored ?? rebuildFromCard(card!);
  if (!stored) repairs.push({ id: base.id, title: base.title, kind: 'rebuilt' });
  const dated = repairDates(base, now);
  repairs.push(...dated.repairs);
  try {
    checkExportedClipping(toExported(dated.record), '');
  } catch (error) {
    repairs.push({ id: base.id, title: base.title, kind: 'unexportable', reason: error instanceof Error ? error.message : String(error) });
  }
  return { record: dated.record, repairs, rewrite: !stored || !card || dated.repairs.length > 0 };
}

export function upgradeToV4(now: () => number = Date.now) {
  return async (tx: Transaction): Promise<void> => {
    const cards = tx.table<ClippingCard, string>('clippings');
    const records = tx.table<StoredLine, string>('records');
    const searchTexts = tx.table<SearchText, string>('searchTexts');
    const at = now();
    const repairs: Repair[] = [];
    const cardIds = await cards.toCollection().primaryKeys();
    const lineIds = await records.toCollection().primaryKeys();
    const known = new Set(cardIds);
    // Every clipping: those with a card, then records whose card is missing.
    const ids = [...cardIds, ...lineIds.filter((id) => !known.has(id))];
    for (let from = 0; from < ids.length; from += BATCH) {
      const batch = ids.slice(from, from + BATCH);
      const [cardRows, lineRows] = await Promise.all([cards.bulkGet(batch), records.bulkGet(batch)]);
      const writes: ClippingRecord[] = [];
      batch.forEach((_, i) => {
        const mended = mendClipping(cardRows[i], reading(lineRows[i]), at);
        repairs.push(...mended.repairs);
        if (mended.rewrite) writes.push(mended.record);
      });
      await write(writes, cards, records, searchTexts);
    }
    if (repairs.length) await tx.table<UpgradeReportRow, string>('meta').put({ key: 'upgradeReport', at, repairs });
  };
}

async function write(writes: readonly ClippingRecord[], cards: Table<ClippingCard, string>, records: Table<StoredLine, string>, searchTexts: Table<SearchText, string>) {
  const rows = writes.map(toRows);
  await Promise.all([cards.bulkPut(rows.map((r) => r.card)), records.bulkPut(rows.map((r) => r.line)), searchTexts.bulkPut(rows.map((r) => r.search))]);
}
