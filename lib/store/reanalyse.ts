/**
 * Re-analysis of the stored clippings when the matcher's findings change
 * (more titles, new ids, the `degraded` field): each clipping's stored text
 * goes through the current `analyze` again and its analysis, card (facets)
 * and rows are rewritten, as a resumable background job (collection-job.ts).
 * Only the analysis changes: note, tags, text and times stay as they are
 * (an edit made while a batch was being analysed is kept), and a clipping
 * re-clipped meanwhile with another text keeps its new analysis.
 */
import type { Analysis } from '../matcher/types';
import { type JobOptions, type JobRow, jobPending, runCollectionJob } from './collection-job';
import type { AnnotatorDb } from './db';

/**
 * The generation of the matcher's findings the stored analyses should have.
 * Bump it when the matcher changes what it finds, and every clipping is
 * analysed again once. 1: the analyses stored up to schema version 4.
 */
export const ANALYSIS_GENERATION = 2;

/** The job's progress, in the `meta` table. */
export type ReanalysisRow = JobRow<'reanalysis'>;

export interface ReanalysisOptions extends JobOptions<'reanalysis'> {
  generation?: number;
}

export type Analyze = (text: string) => Analysis | Promise<Analysis>;

/** Is there anything left to analyse for this generation? */
export function reanalysisPending(db: AnnotatorDb, generation = ANALYSIS_GENERATION): Promise<boolean> {
  return jobPending(db, 'reanalysis', generation);
}

/**
 * Brings every stored analysis to the current generation, resuming a run
 * that was interrupted. Returns how many clippings this call analysed and
 * whether the run is complete (false when stopped by the signal).
 */
export async function reanalyseCollection(db: AnnotatorDb, analyze: Analyze, options: ReanalysisOptions = {}): Promise<{ analysed: number; complete: boolean }> {
  const { generation = ANALYSIS_GENERATION, ...rest } = options;
  const { done, complete } = await runCollectionJob(
    db,
    {
      key: 'reanalysis',
      generation,
      // Rebuilt without its text: the card's findings are all there is.
      prepare: async (record) => (record.text ? { text: record.text, analysis: await analyze(record.text) } : undefined),
      // Re-clipped meanwhile with another text: its new analysis stands.
      apply: (current, fresh) => (fresh.text === current.text ? { ...current, analysis: fresh.analysis } : null),
    },
    rest,
  );
  return { analysed: done, complete };
}
