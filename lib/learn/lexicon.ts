/**
 * The user's clippings → a lexicon of what they kept: the officials and
 * directives of each clipping as the user corrected them (rejected findings
 * left out, findings added by hand in), gathered by the seed builder's own
 * rule (lib/lexicon/gather.ts). Pure: the background feeds it the records.
 */
import { LexiconGatherer } from '../lexicon/gather';
import type { LexiconDirective, LexiconOfficial } from '../matcher/types';
import { correctedFindings } from '../clipping/corrections';
import type { ClippingRecord } from '../clipping/types';

export interface LearntLexicon {
  officials: LexiconOfficial[];
  directives: LexiconDirective[];
  /** How many clippings it was learnt from. */
  clippings: number;
}

/** What learning reads of a clipping: its id, findings and corrections (not its text). */
export type LearnableClipping = Pick<ClippingRecord, 'id' | 'analysis' | 'corrections'>;

export function learnFromCollection(records: Iterable<LearnableClipping>): LearntLexicon {
  const gathered = new LexiconGatherer();
  let clippings = 0;
  for (const record of records) {
    clippings++;
    const { officials, directives } = correctedFindings(record);
    for (const o of officials) gathered.addOfficial(o, record.id);
    for (const d of directives) gathered.addDirective(d, record.id);
  }
  return { officials: gathered.officials(), directives: gathered.directives(), clippings };
}
