/**
 * The clippings repository: every read and write of a clipping goes through
 * here, so the rows of a clipping (card, line, search text, research row) never drift.
 */
import { canonicalUrlKey } from '../clipping/canonical-url';
import { applyCorrection, carryCorrections, type CorrectionChange } from '../clipping/corrections';
import type { AnnotatorDb } from './db';
import { ValidationError } from '../base/validate';
import { type ListedRows, type StoredRows, tidyTags, toRows } from '../clipping/derive';
import { StoreError, writing } from './errors';
import { enqueue } from './outbox';
import { decodeLine } from '../clipping/record-line';
import { putInTrash } from './trash';
import type { ClippingInput, ClippingRecord } from '../clipping/types';

export const newId = (): string => crypto.randomUUID();

/** The tables a user's change writes: the clipping's rows and the sync outbox. */
export const writeTables = (db: AnnotatorDb) => [db.clippings, db.records, db.searchTexts, db.research, db.outbox];

/** The same and the trash: a change that takes a clipping or words away (a delete), or brings them back. */
export const trashTables = (db: AnnotatorDb) => [...writeTables(db), db.trash];

/**
 * Why a write is made. 'user' (the default): a change of the user's, which the
 * sync engine must carry to the other collections, so its outbox row is written
 * in the same transaction. 'derived': recomputed from what is stored (the
 * re-analysis, rebuilt rows), which every collection derives itself. 'sync':
 * the sync engine writing what came from elsewhere.
 */
export type WriteOrigin = 'user' | 'derived' | 'sync';

/**
 * Writes whole clippings, each as its four rows; call inside a transaction
 * over writeTables (the outbox may be left out for 'derived' and 'sync').
 */
export function putRecords(db: AnnotatorDb, records: readonly ClippingRecord[], origin: WriteOrigin = 'user'): Promise<void> {
  return writeRows(db, records.map(toRows), origin);
}

/**
 * Writes rows already derived (toRows), as putRecords does: for a caller
 * deriving the next rows while these are written. Rows without their search
 * row (an import's, listedRows) leave the clipping to the search index job
 * (search-index.ts), which finds it by that missing row.
 */
export async function writeRows(db: AnnotatorDb, rows: readonly (StoredRows | ListedRows)[], origin: WriteOrigin = 'user'): Promise<void> {
  const search = rows.flatMap((r) => ('search' in r ? [r.search] : []));
  // One bulk write per table: 10 000 imported clippings are four requests, not 40 000.
  await Promise.all([
    db.clippings.bulkPut(rows.map((r) => r.card)),
    db.records.bulkPut(rows.map((r) => r.line)),
    search.length ? db.searchTexts.bulkPut(search) : undefined,
    db.research.bulkPut(rows.map((r) => r.research)),
    origin === 'user' ? enqueue(db, rows.map(({ card }) => ({ id: card.id, canonicalUrl: card.canonicalUrl, deleted: false }))) : undefined,
  ]);
}

/** Deletes a clipping's four rows; a user's delete is queued for sync like any change. */
export async function deleteRows(db: AnnotatorDb, record: Pick<ClippingRecord, 'id' | 'canonicalUrl'>, origin: WriteOrigin = 'user'): Promise<void> {
  const { id, canonicalUrl } = record;
  await Promise.all([
    db.clippings.delete(id),
    db.records.delete(id),
    db.searchTexts.delete(id),
    db.research.delete(id),
    origin === 'user' ? enqueue(db, [{ id, canonicalUrl, deleted: true }]) : undefined,
  ]);
}

/**
 * Clips an article. Clipping the same canonical URL again refreshes the
 * article and its analysis and keeps the id, the note, the tags and the quotes
 * (their positions are hints, quote-anchor.ts finds them again in the new text).
 */
export function saveClipping(db: AnnotatorDb, input: ClippingInput, now = Date.now()): Promise<{ id: string; created: boolean }> {
  const canonicalUrl = canonicalUrlKey(input.canonicalUrl);
  return writing(() =>
    db.transaction('rw', writeTables(db), async () => {
      const existing = await db.clippings.where('canonicalUrl').equals(canonicalUrl).first();
      const id = existing?.id ?? newId();
      // The user's corrections stay, their mentions moved onto the new text.
      const before = existing && (await getRecord(db, existing.id));
      const corrections = before ? carryCorrections(before.corrections, before.text, input.text) : undefined;
      await putRecords(db, [
        {
          ...input,
          canonicalUrl,
          id,
          clippedAt: now,
          updatedAt: now,
          note: existing?.note ?? '',
          tags: existing?.tags ?? [],
          ...(corrections ? { corrections } : {}),
          ...(before?.quotes ? { quotes: before.quotes } : {}),
        },
      ]);
      return { id, created: !existing };
    }),
  );
}

export async function getRecord(db: AnnotatorDb, id: string): Promise<ClippingRecord | undefined> {
  const row = await db.records.get(id);
  return row && decodeLine(row.line);
}

/**
 * The stored lines of whole clippings, newest first: all of them, or those
 * with the given ids. What export writes, byte for byte.
 */
export function readLines(db: AnnotatorDb, ids?: readonly string[]): Promise<Uint8Array<ArrayBuffer>[]> {
  return db.transaction('r', db.clippings, db.records, async () => {
    // The order comes from the clippedAt index, keys only, read forward: one
    // getAllKeys in every browser (where getAll takes no direction, reverse()
    // walks a cursor). The lines: one getAll of the table, or a chosen few by key.
    const [oldest, rows] = await Promise.all([
      db.clippings.orderBy('clippedAt').primaryKeys(),
      ids ? db.records.bulkGet([...ids]) : db.records.toArray(),
    ]);
    const lineOf = new Map(rows.flatMap((row) => (row ? [[row.id, row.line] as const] : [])));
    return oldest.reverse().flatMap((id) => {
      const line = lineOf.get(id);
      return line ? [line] : [];
    });
  });
}

/** Whole clippings, newest first: all of them, or those with the given ids. */
export async function readRecords(db: AnnotatorDb, ids?: readonly string[]): Promise<ClippingRecord[]> {
  return (await readLines(db, ids)).map(decodeLine);
}

/** Is this page (by its canonical or its own address) in the collection? */
export async function clipStatus(db: AnnotatorDb, url: string): Promise<{ clipped: boolean; id?: string }> {
  let key = url;
  try {
    key = canonicalUrlKey(url);
  } catch {
    // Not a URL: nothing can match it.
  }
  const card = await db.clippings.where('canonicalUrl').equals(key).or('url').equals(url).first();
  return card ? { clipped: true, id: card.id } : { clipped: false };
}

/** How many clippings cite each directive id, straight from the multi-entry index. */
export async function directiveCounts(db: AnnotatorDb, ids: readonly string[]): Promise<Record<string, number>> {
  const unique = [...new Set(ids)];
  const counts = await db.transaction('r', db.clippings, () =>
    Promise.all(unique.map((id) => db.clippings.where('directives').equals(id.normalize('NFC')).count())),
  );
  return Object.fromEntries(unique.map((id, i) => [id, counts[i]!]));
}

export interface UserFields {
  note: string;
  tags: string[];
}

/** Edits the note and tags; the search text follows, so the note is searchable at once. */
export function updateClipping(db: AnnotatorDb, id: string, fields: UserFields, now = Date.now()): Promise<ClippingRecord> {
  return writing(() =>
    db.transaction('rw', writeTables(db), async () => {
      const current = await getRecord(db, id);
      if (!current) throw new StoreError('not-found', 'This clipping no longer exists.');
      const next = { ...current, note: fields.note, tags: tidyTags(fields.tags), updatedAt: now };
      await putRecords(db, [next]);
      return next;
    }),
  );
}

/**
 * One correction of a clipping's findings (mark wrong, take back, add by
 * hand): kept in the record, so it syncs, exports and survives re-analysis.
 */
export function correctClipping(db: AnnotatorDb, id: string, change: CorrectionChange, now = Date.now()): Promise<ClippingRecord> {
  return writing(() =>
    db.transaction('rw', writeTables(db), async () => {
      const current = await getRecord(db, id);
      if (!current) throw new StoreError('not-found', 'This clipping no longer exists.');
      const { corrections: _old, ...rest } = current;
      // An added finding's mentions must lie in this clipping's text, or the clipping could not be exported and imported back.
      const adding = change.op === 'add-official' ? change.official : change.op === 'add-directive' ? change.directive : null;
      if (adding?.mentions.some((m) => m.start > m.end || m.end > current.text.length))
        throw new ValidationError('change', 'a mention falls outside the clipping’s text');
      const corrections = applyCorrection(current.corrections, change);
      const next: ClippingRecord = { ...rest, ...(corrections ? { corrections } : {}), updatedAt: now };
      await putRecords(db, [next]);
      return next;
    }),
  );
}

/** Deletes a clipping into the trash and hands it back whole, so the user can undo at once. */
export function deleteClipping(db: AnnotatorDb, id: string, now = Date.now()): Promise<ClippingRecord> {
  return writing(() =>
    db.transaction('rw', trashTables(db), async () => {
      const current = await getRecord(db, id);
      if (!current) throw new StoreError('not-found', 'This clipping no longer exists.');
      await Promise.all([deleteRows(db, current), putInTrash(db, [{ record: current, reason: 'deleted' }], now)]);
      return current;
    }),
  );
}
