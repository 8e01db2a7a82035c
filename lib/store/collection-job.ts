/**
 * A background job that rewrites every stored clipping once, in small
 * batches, recording a cursor with each batch in the same transaction: a
 * service worker stopped part-way resumes where it was and no written batch
 * is redone. Each job has its own row in `meta` and a generation: bump the
 * generation and every clipping goes through the job again once. The
 * re-analysis (reanalyse.ts) and the rebuild of derived rows
 * (rebuild-rows.ts) are two such jobs.
 */
import { nextTask } from '../base/next-task';
import { putRecords } from './clippings';
import type { AnnotatorDb } from './db';
import { writing } from './errors';
import { decodeLine } from '../clipping/record-line';
import type { ClippingRecord } from '../clipping/types';
import type { JobKey, JobRow } from './rows';

export type { JobKey, JobRow } from './rows';

export interface JobOptions<K extends JobKey> {
  /** Clippings per batch: small, so the background keeps answering messages between batches. */
  batch?: number;
  /** After each batch is written. */
  onBatch?: (state: JobRow<K>) => void;
  signal?: AbortSignal;
}

export interface CollectionJob<K extends JobKey, T> {
  key: K;
  generation: number;
  /**
   * The slow part, outside any transaction (IndexedDB commits a transaction
   * that waits on anything else): undefined skips the clipping, a throw
   * counts it as failed and the job goes on.
   */
  prepare(record: ClippingRecord): T | undefined | Promise<T | undefined>;
  /** The clipping to write, from its current record (read again in the transaction) and what was prepared; null leaves it. */
  apply(current: ClippingRecord, prepared: T): ClippingRecord | null;
}

async function readState<K extends JobKey>(db: AnnotatorDb, key: K): Promise<JobRow<K> | undefined> {
  const row = await db.meta.get(key);
  return row?.key === key ? (row as JobRow<K>) : undefined;
}

/** Is there anything left to do for this job's generation? */
export async function jobPending(db: AnnotatorDb, key: JobKey, generation: number): Promise<boolean> {
  const state = await readState(db, key);
  return !state || state.generation < generation || state.cursor !== null;
}

/** The next ids after the cursor, in primary-key order. */
function nextIds(db: AnnotatorDb, cursor: string | null, limit: number): Promise<string[]> {
  const ids = cursor === null ? db.clippings.orderBy(':id') : db.clippings.where(':id').above(cursor);
  return ids.limit(limit).primaryKeys();
}

const readBatch = async (db: AnnotatorDb, ids: string[]) => (await db.records.bulkGet(ids)).flatMap((row) => (row ? [decodeLine(row.line)] : []));

/**
 * Brings every clipping to the job's generation, resuming a run that was
 * interrupted. Returns how many clippings this call went through and
 * whether the run is complete (false when stopped by the signal).
 */
export async function runCollectionJob<K extends JobKey, T>(db: AnnotatorDb, job: CollectionJob<K, T>, options: JobOptions<K> = {}): Promise<{ done: number; complete: boolean }> {
  const { key, generation } = job;
  const { batch = 25, onBatch, signal } = options;
  const saved = await readState(db, key);
  if (saved && saved.generation >= generation && saved.cursor === null) return { done: 0, complete: true };
  // A run for an older generation starts over: its batches were done by an older rule.
  let state: JobRow<K> = saved && saved.generation === generation ? saved : { key, generation, cursor: null, done: 0, failed: 0 };
  let done = 0;
  for (;;) {
    if (signal?.aborted) return { done, complete: false };
    const ids = await nextIds(db, state.cursor, batch);
    if (ids.length === 0) break;
    const prepared = new Map<string, T>();
    let failed = 0;
    for (const record of await readBatch(db, ids)) {
      try {
        const result = await job.prepare(record);
        if (result !== undefined) prepared.set(record.id, result);
      } catch {
        // Work that throws on one clipping must not stop the others, nor lose what this one has.
        failed++;
      }
    }
    const next: JobRow<K> = { ...state, cursor: ids.at(-1)!, done: state.done + ids.length, failed: state.failed + failed };
    await writing(() =>
      db.transaction('rw', [db.clippings, db.records, db.searchTexts, db.research, db.meta], async () => {
        // Read again: the user may have edited a note, or re-clipped, meanwhile.
        const writes = (await readBatch(db, ids)).flatMap((current) => {
          const result = prepared.get(current.id);
          const record = result === undefined ? null : job.apply(current, result);
          return record ? [record] : [];
        });
        // Derived data: each collection recomputes it, so nothing is queued for sync
        // (a new matcher would otherwise re-send every clipping from every member).
        await Promise.all([putRecords(db, writes, 'derived'), db.meta.put(next)]);
      }),
    );
    state = next;
    done += ids.length;
    onBatch?.(state);
    await nextTask();
  }
  const complete: JobRow = { ...state, cursor: null };
  await db.meta.put(complete);
  return { done, complete: true };
}
