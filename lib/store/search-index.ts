/**
 * The search index job: derives the search rows (each clipping's distinct
 * folded and bare words, derive.ts searchRow) that an import leaves out of its
 * transaction, the slowest rows to derive, so a large file is written sooner
 * and search catches up after it. A clipping without a search row is the
 * job's to-do list: written in the import's own transaction, that cursor can
 * neither drift nor be lost; a stopped run (a page closed, the background
 * stopped) resumes from it wherever the job runs next. Every other write of a
 * clipping (a clip, an edit, sync, the rebuild of rows) writes its search row
 * with it. What a page shows of it (done, left) is a row of `meta` the import
 * and each batch write in their own transactions, so showing it reads one row,
 * not both tables. The job derives in slices short enough to keep a page answering,
 * and runs in one place at a time (Web Locks, shared by the extension's pages
 * and its background).
 */
import { nextTask } from '../base/next-task';
import type { AnnotatorDb } from './db';
import { writing } from './errors';
import { searchRow } from '../clipping/derive';
import { decodeLine } from '../clipping/record-line';
import type { SearchText, StoredLine } from '../clipping/types';
import type { SearchIndexRow } from './rows';

/** How far search has caught up: clippings with their search row, out of all. */
export interface IndexProgress {
  indexed: number;
  total: number;
}

export interface IndexOptions {
  /** Stops between slices; what was written stays. */
  signal?: AbortSignal;
  /** After each batch written. */
  onBatch?: (progress: IndexProgress) => void;
  /** Clippings read and written per transaction. */
  batch?: number;
}

/** The longest stretch of deriving between two looks at the event loop: under a frame's 16 ms. */
const SLICE_MS = 8;
const LOCK = 'ttdn-search-index';
const SEARCH_INDEX = 'searchIndex';
const progressRow = (done: number, left: number): SearchIndexRow => ({ key: SEARCH_INDEX, done, left });

/** How far the job is (its row in `meta`), null when nothing waits for its search words. */
export async function indexProgress(db: AnnotatorDb): Promise<IndexProgress | null> {
  const row = await db.meta.get(SEARCH_INDEX);
  return row?.key === SEARCH_INDEX && row.left > 0 ? { indexed: row.done, total: row.done + row.left } : null;
}

/** An import has left `count` more clippings without search words; call in its transaction (with `meta`). */
export async function leaveToIndex(db: AnnotatorDb, count: number): Promise<void> {
  if (count === 0) return;
  const row = await db.meta.get(SEARCH_INDEX);
  const before = row?.key === SEARCH_INDEX ? row : { done: 0, left: 0 };
  await db.meta.put(progressRow(before.done, before.left + count));
}

/** The progress row as the clippings without words say, at a pass's start; gone when there are none. */
async function restate(db: AnnotatorDb, left: number): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get(SEARCH_INDEX);
    if (left === 0) await db.meta.delete(SEARCH_INDEX);
    else await db.meta.put(progressRow(row?.key === SEARCH_INDEX ? row.done : 0, left));
  });
}

/** The clippings without a search row, in id order. */
async function unindexed(db: AnnotatorDb): Promise<string[]> {
  const [ids, indexed] = await db.transaction('r', db.clippings, db.searchTexts, () =>
    Promise.all([db.clippings.orderBy(':id').primaryKeys(), db.searchTexts.orderBy(':id').primaryKeys()]),
  );
  const done = new Set(indexed);
  return ids.filter((id) => !done.has(id));
}

/** Derives the search rows of these stored lines, a slice at a time, with the updatedAt each was derived from; null when stopped. */
async function deriveBatch(lines: readonly (StoredLine | undefined)[], signal?: AbortSignal): Promise<{ row: SearchText; updatedAt: number }[] | null> {
  const derived: { row: SearchText; updatedAt: number }[] = [];
  let sliceStart = performance.now();
  for (const stored of lines) {
    if (!stored) continue;
    const record = decodeLine(stored.line);
    derived.push({ row: searchRow(record), updatedAt: record.updatedAt });
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTask();
      if (signal?.aborted) return null;
      sliceStart = performance.now();
    }
  }
  return derived;
}

/**
 * Writes the derived rows of the clippings still as they were read and still
 * without a search row, and the progress; returns how many were written.
 */
function writeBatch(db: AnnotatorDb, ids: readonly string[], derived: readonly { row: SearchText; updatedAt: number }[]): Promise<{ written: number; progress: IndexProgress }> {
  return writing(() =>
    db.transaction('rw', [db.clippings, db.searchTexts, db.meta], async () => {
      // Meanwhile an edit or sync may have written a row with newer words, or a second import a newer record.
      const [cards, present] = await Promise.all([db.clippings.bulkGet([...ids]), db.searchTexts.where(':id').anyOf([...ids]).primaryKeys()]);
      const stamps = new Map(cards.flatMap((card) => (card ? [[card.id, card.updatedAt] as const] : [])));
      const written = new Set(present);
      const rows = derived.flatMap(({ row, updatedAt }) => (stamps.get(row.id) === updatedAt && !written.has(row.id) ? [row] : []));
      const progress = await db.meta.get(SEARCH_INDEX);
      const at = progress?.key === SEARCH_INDEX ? progress : { done: 0, left: ids.length };
      const next = progressRow(at.done + rows.length, Math.max(0, at.left - ids.length));
      await Promise.all([db.searchTexts.bulkPut(rows), db.meta.put(next)]);
      return { written: rows.length, progress: { indexed: next.done, total: next.done + next.left } };
    }),
  );
}

/** Indexes every clipping without a search row, until none is left or the signal stops it. Returns whether none is left. */
async function indexPending(db: AnnotatorDb, { signal, onBatch, batch = 200 }: IndexOptions): Promise<boolean> {
  // Read again after each pass: an import during the run leaves more to do, and a clipping
  // replaced between read and write is left for the next pass.
  for (let todo = await unindexed(db); ; todo = await unindexed(db)) {
    await restate(db, todo.length);
    if (todo.length === 0) break;
    let written = 0;
    const read = (at: number) => {
      const lines = db.records.bulkGet(todo.slice(at, at + batch));
      lines.catch(() => undefined); // Awaited below, unless the job stops first.
      return lines;
    };
    for (let at = 0, next = read(0); at < todo.length; at += batch) {
      if (signal?.aborted) return false;
      const ids = todo.slice(at, at + batch);
      const lines = await next;
      // The next batch is read while this one is derived and written: the database works in another process.
      if (at + batch < todo.length) next = read(at + batch);
      const derived = await deriveBatch(lines, signal);
      if (!derived) return false;
      const batchDone = await writeBatch(db, ids, derived);
      written += batchDone.written;
      onBatch?.(batchDone.progress);
      await nextTask();
    }
    // A pass that indexed nothing, with clippings still left, would be repeated forever.
    if (written === 0 && (await unindexed(db)).length) throw new Error(`The search index stopped: ${todo.length} clippings could not be indexed.`);
  }
  return true;
}

/**
 * Runs the job here unless it runs elsewhere: a second caller waits for the
 * lock, then finds what is left (nothing, or what a closed page left).
 */
export function indexSearch(db: AnnotatorDb, options: IndexOptions = {}): Promise<boolean> {
  const locks = globalThis.navigator?.locks;
  const run = () => indexPending(db, options);
  return locks ? locks.request(LOCK, { signal: options.signal }, run) : run();
}
