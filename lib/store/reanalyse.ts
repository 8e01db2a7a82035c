/**
 * Re-analysis of the stored clippings when the matcher's findings change
 * (more titles, new ids, the `degraded` field): each clipping's stored text
 * goes through the current `analyze` again and its analysis, card (facets)
 * and rows are rewritten. It runs in the background in small batches and
 * records a cursor with each batch, in the same transaction, so a service
 * worker stopped part-way resumes where it was and no batch is written twice.
 * Only the analysis changes: note, tags, text and times stay as they are
 * (an edit made while a batch was being analysed is kept), and a clipping
 * re-clipped meanwhile with another text keeps its new analysis.
 */
import type { Analysis } from '../matcher/types';
import { putRecords } from './clippings';
import type { AnnotatorDb } from './db';
import { writing } from './errors';
import { decodeLine } from './record-line';
import type { ClippingRecord } from './types';

/**
 * The generation of the matcher's findings the stored analyses should have.
 * Bump it when the matcher changes what it finds, and every clipping is
 * analysed again once. 1: the analyses stored up to schema version 4.
 */
export const ANALYSIS_GENERATION = 2;

/** The job's progress, in the `meta` table. */
export interface ReanalysisRow {
  key: 'reanalysis';
  /** The generation every clipping has reached (when cursor is null) or is being brought to. */
  generation: number;
  /** The last clipping id done in this run (ids are walked in order), or null when the run is complete. */
  cursor: string | null;
  /** How many clippings this run has gone through. */
  done: number;
  /** Clippings whose text the matcher failed on: they keep their stored analysis. */
  failed: number;
}

export interface ReanalysisOptions {
  generation?: number;
  /** Clippings per batch: small, so the background keeps answering messages between batches. */
  batch?: number;
  /** After each batch is written. */
  onBatch?: (state: ReanalysisRow) => void;
  signal?: AbortSignal;
}

export type Analyze = (text: string) => Analysis | Promise<Analysis>;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function readState(db: AnnotatorDb): Promise<ReanalysisRow | undefined> {
  const row = await db.meta.get('reanalysis');
  return row?.key === 'reanalysis' ? row : undefined;
}

/** Is there anything left to analyse for this generation? */
export async function reanalysisPending(db: AnnotatorDb, generation = ANALYSIS_GENERATION): Promise<boolean> {
  const state = await readState(db);
  return !state || state.generation < generation || state.cursor !== null;
}

/** The next ids after the cursor, in primary-key order. */
function nextIds(db: AnnotatorDb, cursor: string | null, limit: number): Promise<string[]> {
  const ids = cursor === null ? db.clippings.orderBy(':id') : db.clippings.where(':id').above(cursor);
  return ids.limit(limit).primaryKeys();
}

/**
 * Brings every stored analysis to the current generation, resuming a run
 * that was interrupted. Returns how many clippings this call analysed and
 * whether the run is complete (false when stopped by the signal).
 */
export async function reanalyseCollection(db: AnnotatorDb, analyze: Analyze, options: ReanalysisOptions = {}): Promise<{ analysed: number; complete: boolean }> {
  const { generation = ANALYSIS_GENERATION, batch = 25, onBatch, signal } = options;
  const saved = await readState(db);
  if (saved && saved.generation >= generation && saved.cursor === null) return { analysed: 0, complete: true };
  // A run for an older generation starts over: its batches were analysed by an older matcher.
  let state: ReanalysisRow = saved && saved.generation === generation ? saved : { key: 'reanalysis', generation, cursor: null, done: 0, failed: 0 };
  let analysed = 0;
  for (;;) {
    if (signal?.aborted) return { analysed, complete: false };
    const ids = await nextIds(db, state.cursor, batch);
    if (ids.length === 0) break;
    const before = (await db.records.bulkGet(ids)).flatMap((row) => (row ? [decodeLine(row.line)] : []));
    // Analysed outside the transaction: IndexedDB commits a transaction that waits on anything else.
    const fresh = new Map<string, { text: string; analysis: Analysis }>();
    let failed = 0;
    for (const record of before) {
      if (!record.text) continue; // rebuilt without its text: the card's findings are all there is
      try {
        fresh.set(record.id, { text: record.text, analysis: await analyze(record.text) });
      } catch {
        // A matcher that throws on one text must not stop the others, nor lose this one's analysis.
        failed++;
      }
    }
    const next: ReanalysisRow = { ...state, cursor: ids.at(-1)!, done: state.done + ids.length, failed: state.failed + failed };
    await writing(() =>
      db.transaction('rw', [db.clippings, db.records, db.searchTexts, db.meta], async () => {
        // Read again: the user may have edited a note, or re-clipped, meanwhile.
        const now = (await db.records.bulkGet(ids)).flatMap((row) => (row ? [decodeLine(row.line)] : []));
        const writes: ClippingRecord[] = now.flatMap((current) => {
          const result = fresh.get(current.id);
          return result && result.text === current.text ? [{ ...current, analysis: result.analysis }] : [];
        });
        await Promise.all([putRecords(db, writes), db.meta.put(next)]);
      }),
    );
    state = next;
    analysed += ids.length;
    onBatch?.(state);
    await nextTask();
  }
  const complete: ReanalysisRow = { ...state, cursor: null };
  await db.meta.put(complete);
  return { analysed, complete: true };
}
