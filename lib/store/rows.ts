/**
 * The rows of the database's own bookkeeping tables: the outbox (outbox.ts)
 * and the jobs' progress in `meta` (collection-job.ts, search-index.ts). Kept apart from the
 * code that writes them so the schema (db.ts) and that code import each
 * other's types one way only.
 */

/** One clipping changed by the user and not yet handed to the sync engine. */
export interface OutboxRow {
  /** Auto-incremented: a newer change to the same clipping gets a higher seq. */
  seq?: number;
  /** The clipping's id in this collection. */
  id: string;
  /** Its canonical URL when changed: the key of the replicated document, needed once the clipping is gone. */
  canonicalUrl: string;
  /** The change was a delete. */
  deleted: boolean;
}

export type JobKey = 'reanalysis' | 'rebuildRows';

/** A job's progress, in the `meta` table. */
export interface JobRow<K extends JobKey = JobKey> {
  key: K;
  /** The generation every clipping has reached (when cursor is null) or is being brought to. */
  generation: number;
  /** The last clipping id done in this run (ids are walked in order), or null when the run is complete. */
  cursor: string | null;
  /** How many clippings this run has gone through. */
  done: number;
  /** Clippings the job's work failed on: they keep what they had. */
  failed: number;
}

/**
 * How far the search index job (search-index.ts) is, in `meta`: what an import
 * left it and what it has done since. Only what the page shows: the clippings
 * without a search row are the job's real to-do list; gone when none is left.
 */
export interface SearchIndexRow {
  key: 'searchIndex';
  /** Clippings indexed in this run. */
  done: number;
  /** Clippings left. */
  left: number;
}
