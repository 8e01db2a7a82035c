/**
 * Merging clippings from outside (an import file, an undo) into the
 * collection, by canonical URL. The rule, documented in the README:
 * a new canonical URL is added with its own id and times; a known one is
 * replaced by the incoming copy only when that copy is newer (updatedAt),
 * keeping the collection's id and the user's words (user-words.ts: notes
 * that differ are both kept, tags are united); otherwise it is skipped. Each
 * replacement says what it changed. Everything happens in one transaction: a
 * full disk or a cancel part-way leaves the collection as it was.
 */
import { canonicalUrlKey } from '../clipping/canonical-url';
import { newId, writeRows, writeTables } from './clippings';
import type { AnnotatorDb } from './db';
import { tidyTags, toRows } from '../clipping/derive';
import { StoreError, writing } from './errors';
import { decodeLine } from '../clipping/record-line';
import type { ClippingCard, ClippingRecord } from '../clipping/types';
import { type FieldChange, keepUserWords } from '../clipping/user-words';

export type MergeOutcome = 'added' | 'updated' | 'skipped';

export interface MergeResult {
  outcome: MergeOutcome;
  id: string;
  canonicalUrl: string;
  /** For 'updated': what the incoming copy changed in the collection's clipping (may be none). */
  changes?: FieldChange[];
}

export interface MergeOptions {
  /** Called after each batch written, with how many of the records are done. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting it before the transaction commits leaves the collection as it was. */
  signal?: AbortSignal;
}

/** Clippings written per request: progress and cancel between batches, memory bounded. */
export const WRITE_BATCH = 1000;

/** Decides what one incoming record does, against what the collection holds for its URL. */
export function mergeDecision(existing: Pick<ClippingCard, 'id' | 'updatedAt'> | undefined, incoming: ClippingRecord): MergeOutcome {
  if (!existing) return 'added';
  return incoming.updatedAt > existing.updatedAt ? 'updated' : 'skipped';
}

export const cancelled = () => new StoreError('cancelled', 'The import was cancelled: nothing was changed.');

export function mergeRecords(db: AnnotatorDb, incoming: readonly ClippingRecord[], options: MergeOptions = {}): Promise<MergeResult[]> {
  const { onProgress, signal } = options;
  const stopIfCancelled = () => {
    if (signal?.aborted) throw cancelled();
  };
  return writing(() =>
    db.transaction('rw', writeTables(db), async () => {
      stopIfCancelled();
      const tidy = incoming.map((r) => ({ ...r, canonicalUrl: canonicalUrlKey(r.canonicalUrl), tags: tidyTags(r.tags) }));
      const known = await db.clippings.where('canonicalUrl').anyOf(tidy.map((r) => r.canonicalUrl)).toArray();
      const byUrl = new Map<string, Pick<ClippingCard, 'id' | 'updatedAt'>>(known.map((c) => [c.canonicalUrl, c]));
      const takenIds = new Set((await db.clippings.bulkGet(tidy.map((r) => r.id))).flatMap((c) => (c ? [c.id] : [])));
      const results: MergeResult[] = [];
      for (const record of tidy) {
        const existing = byUrl.get(record.canonicalUrl);
        const outcome = mergeDecision(existing, record);
        let id = existing?.id ?? record.id;
        // An id already used by another article (a hand-edited file) must not overwrite it.
        if (outcome === 'added' && takenIds.has(id)) id = newId();
        if (outcome !== 'skipped') {
          byUrl.set(record.canonicalUrl, { id, updatedAt: record.updatedAt });
          takenIds.add(id);
        }
        results.push({ outcome, id, canonicalUrl: record.canonicalUrl });
      }
      // The collection's copies of the clippings to replace: one request.
      const replacedIds = [...new Set(results.flatMap((r) => (r.outcome === 'updated' ? [r.id] : [])))];
      const lines = await db.records.bulkGet(replacedIds);
      const stored = new Map(lines.flatMap((row) => (row ? [[row.id, row.line] as const] : [])));
      // The latest copy written for each id: a URL twice in one file merges with its earlier copy.
      const writes = new Map<string, ClippingRecord>();
      results.forEach((result, i) => {
        const record = { ...tidy[i]!, id: result.id };
        if (result.outcome === 'added') writes.set(result.id, record);
        if (result.outcome !== 'updated') return;
        const line = stored.get(result.id);
        const current = writes.get(result.id) ?? (line && decodeLine(line));
        const merged = current ? keepUserWords(current, record) : { record, changes: [] };
        writes.set(result.id, merged.record);
        result.changes = merged.changes;
      });
      const all = [...writes.values()];
      // Each batch's rows are derived while the batch before is being written:
      // the browser writes in another process, so the two overlap.
      let written: Promise<void> | undefined;
      for (let at = 0; at < all.length; at += WRITE_BATCH) {
        stopIfCancelled();
        const rows = all.slice(at, at + WRITE_BATCH).map(toRows);
        await written;
        stopIfCancelled();
        const done = Math.min(at + WRITE_BATCH, all.length);
        written = writeRows(db, rows).then(() => onProgress?.(done, all.length));
      }
      await written;
      stopIfCancelled();
      return results;
    }),
  );
}
