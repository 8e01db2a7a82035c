/**
 * Rebuilds the rows derived from each stored clipping (its card and its
 * search text, derive.ts) when the rules that derive them change: today the
 * search words without diacritics, the directive ids re-read by the
 * matcher's current rules (the facets show one entry per document) and the
 * reprint keys (reprints fold into one story). The
 * records themselves are rewritten as they are (nothing dropped, no field
 * changed), as a resumable background job (collection-job.ts); the matcher's
 * full analysis is not run, so the rebuild is quick.
 */
import { type JobOptions, type JobRow, jobPending, runCollectionJob } from './collection-job';
import type { AnnotatorDb } from './db';

/**
 * The generation of the derivation rules the stored rows should have. Bump
 * it when derive.ts changes what it derives. 1: bare search words and
 * canonical directive ids on cards. 2: one directive-id rule (text/keys.ts
 * directiveIdKey) for cards, research rows and rejected ids, where ids that
 * differ by a dash form, spacing or an invisible character became one.
 * 3: each card's reprint keys (text/shingle.ts), so reprints fold into one story.
 */
export const ROWS_GENERATION = 3;

export type RebuildRowsRow = JobRow<'rebuildRows'>;

export function rebuildRowsPending(db: AnnotatorDb, generation = ROWS_GENERATION): Promise<boolean> {
  return jobPending(db, 'rebuildRows', generation);
}

/** Rewrites every clipping's derived rows from its record, resuming an interrupted run. */
export function rebuildRows(db: AnnotatorDb, options: JobOptions<'rebuildRows'> & { generation?: number } = {}): Promise<{ done: number; complete: boolean }> {
  const { generation = ROWS_GENERATION, batch = 200, ...rest } = options;
  return runCollectionJob(db, { key: 'rebuildRows', generation, prepare: () => true, apply: (current) => current }, { batch, ...rest });
}
