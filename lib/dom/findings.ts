/**
 * From the matcher's analysis (offsets into the index text) to findings on the
 * page (Ranges). A mention the reader would see split across two lines is left
 * out; everything else keeps the matcher's order.
 */
import type { Analysis, Directive, Official } from '../matcher/types';
import type { Finding } from './paint';
import type { Steps } from './schedule';
import { rangeOf, type TextIndex } from './text-index';

export const officialFindingKey = (official: Pick<Official, 'name'>) => `official:${official.name}`;
export const directiveFindingKey = (directive: Pick<Directive, 'id'>) => `directive:${directive.id}`;

/** How many mentions are turned into Ranges between two pauses. */
const STEP = 100;

export function* findingsOf(analysis: Analysis, index: TextIndex): Steps<Finding[]> {
  const findings: Finding[] = [];
  let done = 0;
  const entries = [
    ...analysis.officials.map((o) => ({ key: officialFindingKey(o), category: 'officials' as const, mentions: o.mentions })),
    ...analysis.directives.map((d) => ({ key: directiveFindingKey(d), category: 'directives' as const, mentions: d.mentions })),
  ];
  for (const { key, category, mentions } of entries) {
    const ranges: Range[] = [];
    const offsets: number[] = [];
    for (const mention of mentions) {
      if (++done % STEP === 0) yield;
      const range = rangeOf(index, mention.start, mention.end);
      if (!range) continue;
      ranges.push(range);
      offsets.push(mention.start);
    }
    if (ranges.length > 0) findings.push({ key, category, ranges, offsets });
  }
  return findings;
}
