/** Import of an export file into the collection, with the report the user sees. */
import { nextTask } from '../base/next-task';
import type { AnnotatorDb } from './db';
import { checkRecords, type ParsedImport, readFileHead, type Rejection } from '../clipping/export-format';
import { cancelled, mergeRecords } from './merge';
import { readWatchList } from '../clipping/watch-export';
import { mergeWatch } from './watch';
import { isStarred } from '../clipping/watch-merge';
import type { FieldChange } from '../clipping/user-words';

/** A clipping the import replaced, and what it changed. */
export interface ChangedClipping {
  id: string;
  canonicalUrl: string;
  /** The title as it is now. */
  title: string;
  changes: FieldChange[];
}

export interface ImportReport {
  added: number;
  updated: number;
  /** Older or as old copies whose note, tags or corrections were merged into the collection's. */
  wordsMerged: number;
  /** Each replaced clipping, or one that took the file's words, with what changed in it; the note and tags are kept, merged with the file's. */
  changed: ChangedClipping[];
  /** Nothing new: the collection's copy already holds all of it. */
  skipped: { index: number; canonicalUrl: string }[];
  /** Invalid records, with the reason each was refused. */
  rejected: Rejection[];
  /** Officials and directives the file watched and the collection did not; the file's removals of a star taken in (later than the collection's star, or of one it lacks, so an older copy cannot bring it); and the file's watch entries refused as invalid. */
  watch: { added: number; removed: number; rejected: number };
  /** Clippings written without their search words: search finds them once the search index job (search-index.ts) has run. */
  indexing: number;
}

export type ImportPhase = 'checking' | 'writing';

export interface ImportOptions {
  /** Where the import is: records checked, then clippings written, out of how many. */
  onProgress?: (phase: ImportPhase, done: number, total: number) => void;
  /** Cancel: until the write commits, aborting leaves the collection exactly as it was. */
  signal?: AbortSignal;
  /** The clock the file's times are clamped to and words merged at. */
  now?: number;
}

/** Records checked between two looks at the event loop (progress painted, cancel clicked). */
const CHECK_BATCH = 500;

/**
 * The file's valid records and its rejections. Apart from importFile so the
 * parsed file, a second copy of every clipping beside the checked one, is
 * garbage before the write starts, not kept to the end.
 */
async function checkFile(text: string, { onProgress, signal }: ImportOptions): Promise<ParsedImport & { watch: ReturnType<typeof readWatchList> }> {
  const { clippings, watch, unwatched } = readFileHead(text);
  const parsed: ParsedImport = { records: [], rejected: [] };
  for (let at = 0; at < clippings.length; at += CHECK_BATCH) {
    if (signal?.aborted) throw cancelled();
    checkRecords(clippings, at, Math.min(at + CHECK_BATCH, clippings.length), parsed);
    onProgress?.('checking', Math.min(at + CHECK_BATCH, clippings.length), clippings.length);
    if (at + CHECK_BATCH < clippings.length) await nextTask();
  }
  return { ...parsed, watch: readWatchList(watch, unwatched) };
}

/**
 * Validates the whole file before writing anything (a foreign or broken file
 * throws ImportFileError and changes nothing), then merges every valid record
 * in one transaction. Cancelling throws a StoreError 'cancelled' and changes nothing.
 * The written clippings' search words are left to the search index job
 * (search-index.ts): until it has run, search does not find them.
 */
export async function importFile(db: AnnotatorDb, text: string, options: ImportOptions = {}): Promise<ImportReport> {
  const { onProgress, signal, now } = options;
  const { records, rejected, watch } = await checkFile(text, options);
  const results = await mergeRecords(
    db,
    records.map((r) => r.record),
    { signal, now, onProgress: onProgress && ((done, total) => onProgress('writing', done, total)) },
  );
  const written = new Set(results.flatMap((r) => (r.outcome === 'skipped' ? [] : [r.id])));
  const watchWritten = await mergeWatch(db, watch.rows, now);
  const removed = watchWritten.filter((row) => !isStarred(row)).length;
  const report: ImportReport = {
    added: 0,
    updated: 0,
    wordsMerged: 0,
    changed: [],
    skipped: [],
    rejected,
    watch: { added: watchWritten.length - removed, removed, rejected: watch.rejected },
    indexing: written.size,
  };
  results.forEach((result, i) => {
    if (result.outcome === 'added') report.added++;
    else if (result.outcome === 'updated' || result.outcome === 'words') {
      if (result.outcome === 'updated') report.updated++;
      else report.wordsMerged++;
      if (result.changes?.length) report.changed.push({ id: result.id, canonicalUrl: result.canonicalUrl, title: result.title ?? records[i]!.record.title, changes: result.changes });
    } else report.skipped.push({ index: records[i]!.index, canonicalUrl: result.canonicalUrl });
  });
  return report;
}
