/**
 * Merging clippings from an import file into the collection, by canonical
 * URL. The rule, documented in the README: a new canonical URL is added with
 * its own id and times; a known one is replaced by the incoming copy when
 * that copy is newer (updatedAt), keeping the collection's id and the user's
 * words (user-words.ts: notes that differ are both kept, tags are united);
 * an older or equally old copy still brings its note, tags and corrections
 * into the collection's copy ('words'), and only a copy with nothing new is
 * skipped. Times in the file are clamped to now plus a small skew (clock.ts).
 * Each change says what it changed. Everything happens in one transaction: a
 * full disk or a cancel part-way leaves the collection as it was. The search
 * rows are not written here but by the search index job (search-index.ts).
 */
import { canonicalUrlKey } from '../clipping/canonical-url';
import { clampTimes } from '../clipping/clock';
import { newId, writeRows, writeTables } from './clippings';
import { leaveToIndex } from './search-index';
import type { AnnotatorDb } from './db';
import { listedRows, tidyTags } from '../clipping/derive';
import { StoreError, writing } from './errors';
import { decodeLine } from '../clipping/record-line';
import type { ClippingCard, ClippingRecord } from '../clipping/types';
import { addWords, type FieldChange, keepUserWords, mayAddWords } from '../clipping/user-words';

/** 'words': an older or as old copy whose note, tags or corrections were merged in; 'skipped': nothing new. */
export type MergeOutcome = 'added' | 'updated' | 'words' | 'skipped';

export interface MergeResult {
  outcome: MergeOutcome;
  id: string;
  canonicalUrl: string;
  /** For 'updated' and 'words': what the incoming copy changed in the collection's clipping (may be none for 'updated'). */
  changes?: FieldChange[];
  /** For 'words': the collection's title, which stays. */
  title?: string;
}

export interface MergeOptions {
  /** Called after each batch written, with how many of the records are done. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting it before the transaction commits leaves the collection as it was. */
  signal?: AbortSignal;
  /** The clock the file's times are clamped to. */
  now?: number;
}

/** Clippings written per request: progress and cancel between batches, memory bounded. */
export const WRITE_BATCH = 1000;

type Known = Pick<ClippingCard, 'id' | 'updatedAt' | 'note' | 'tags' | 'quotes'>;

/** Decides what one incoming record does, against the card the collection holds for its URL ('words' when it may bring some). */
export function mergeDecision(existing: Known | undefined, incoming: ClippingRecord): MergeOutcome {
  if (!existing) return 'added';
  if (incoming.updatedAt > existing.updatedAt) return 'updated';
  return mayAddWords(existing, incoming) ? 'words' : 'skipped';
}

export const cancelled = () => new StoreError('cancelled', 'The import was cancelled: nothing was changed.');

export function mergeRecords(db: AnnotatorDb, incoming: readonly ClippingRecord[], options: MergeOptions = {}): Promise<MergeResult[]> {
  const { onProgress, signal, now = Date.now() } = options;
  const stopIfCancelled = () => {
    if (signal?.aborted) throw cancelled();
  };
  return writing(() =>
    db.transaction('rw', [...writeTables(db), db.meta], async () => {
      stopIfCancelled();
      const tidy = incoming.map((r) => clampTimes({ ...r, canonicalUrl: canonicalUrlKey(r.canonicalUrl), tags: tidyTags(r.tags) }, now));
      // Every id the collection holds, in one request (not one per record): an empty collection needs no other look.
      const takenIds = new Set(await db.clippings.toCollection().primaryKeys());
      const known = takenIds.size ? await db.clippings.where('canonicalUrl').anyOf(tidy.map((r) => r.canonicalUrl)).toArray() : [];
      const byUrl = new Map<string, Known>(known.map((c) => [c.canonicalUrl, c]));
      const results: MergeResult[] = [];
      for (const record of tidy) {
        const existing = byUrl.get(record.canonicalUrl);
        const outcome = mergeDecision(existing, record);
        let id = existing?.id ?? record.id;
        // An id already used by another article (a hand-edited file) must not overwrite it.
        if (outcome === 'added' && takenIds.has(id)) id = newId();
        if (outcome === 'added' || outcome === 'updated') {
          byUrl.set(record.canonicalUrl, { id, updatedAt: record.updatedAt, note: record.note, tags: record.tags, quotes: record.quotes });
          takenIds.add(id);
        }
        results.push({ outcome, id, canonicalUrl: record.canonicalUrl });
      }
      // The collection's copies of the clippings to replace or add words to: one request.
      const replacedIds = [...new Set(results.flatMap((r) => (r.outcome === 'updated' || r.outcome === 'words' ? [r.id] : [])))];
      const lines = replacedIds.length ? await db.records.bulkGet(replacedIds) : [];
      const stored = new Map(lines.flatMap((row) => (row ? [[row.id, row.line] as const] : [])));
      // The latest copy written for each id: a URL twice in one file merges with its earlier copy.
      const writes = new Map<string, ClippingRecord>();
      results.forEach((result, i) => {
        const record = { ...tidy[i]!, id: result.id };
        if (result.outcome === 'added') writes.set(result.id, record);
        if (result.outcome !== 'updated' && result.outcome !== 'words') return;
        const line = stored.get(result.id);
        const current = writes.get(result.id) ?? (line && decodeLine(line));
        if (result.outcome === 'updated') {
          const merged = current ? keepUserWords(current, record) : { record, changes: [] };
          writes.set(result.id, merged.record);
          result.changes = merged.changes;
          return;
        }
        // An older copy: its words join the collection's copy, an edit made now; without any, nothing new.
        const added = current ? addWords(current, record) : { record, changes: [] };
        if (added.changes.length === 0) result.outcome = 'skipped';
        else {
          writes.set(result.id, { ...added.record, updatedAt: Math.max(now, added.record.updatedAt) });
          result.changes = added.changes;
          result.title = added.record.title;
        }
      });
      const all = [...writes.values()];
      // The search rows are left to the search index job (search-index.ts): a replaced
      // clipping's old words go, so the job finds it and search does not show stale words.
      const replaced = all.flatMap((r) => (stored.has(r.id) ? [r.id] : []));
      if (replaced.length) await db.searchTexts.bulkDelete(replaced);
      await leaveToIndex(db, all.length);
      // Each batch's rows are derived while the batch before is being written:
      // the browser writes in another process, so the two overlap.
      let written: Promise<void> | undefined;
      for (let at = 0; at < all.length; at += WRITE_BATCH) {
        stopIfCancelled();
        const rows = all.slice(at, at + WRITE_BATCH).map(listedRows);
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
