/**
 * Settling two or more copies of one clipping changed apart (a replication
 * conflict, or a local change made against an older copy than the one now
 * replicated). The user's words are never dropped: notes that differ are both
 * kept, tags and the user's corrections are united, by the rules import uses
 * (clipping/user-words.ts);
 * the article and its analysis come from the most recently changed copy.
 * The order is the same on every machine (updatedAt, then revision), so two
 * machines settling the same conflict write the same result.
 */
import { keepUserWords } from '../clipping/user-words';
import type { ClippingRecord } from '../clipping/types';

export interface Copy {
  record: ClippingRecord;
  /** The document revision it is (or the local change's stand-in): the tie-break. */
  rev: string;
}

export interface MergedCopies {
  record: ClippingRecord;
  /** Two different notes were kept side by side (or one could not fit): the user should look. */
  wordsSideBySide: boolean;
}

const revNumber = (rev: string) => Number.parseInt(rev, 10) || 0;

function order(a: Copy, b: Copy): number {
  return a.record.updatedAt - b.record.updatedAt || revNumber(a.rev) - revNumber(b.rev) || (a.rev < b.rev ? -1 : a.rev > b.rev ? 1 : 0);
}

/**
 * One clipping from its copies, keeping `id` (this collection's id for it).
 * `first`: this collection's own copy, merged before the others whatever their
 * dates, so that no number of other copies can crowd its note out.
 */
export function mergeCopies(copies: readonly Copy[], id: string, first?: ClippingRecord): MergedCopies {
  if (copies.length === 0) throw new Error('Nothing to merge.');
  const sorted = [...copies].sort(order);
  const [start, ...rest] = first ? [first, ...sorted.map((c) => c.record)] : sorted.map((c) => c.record);
  let merged: ClippingRecord = { ...start!, id };
  let wordsSideBySide = false;
  for (const record of rest) {
    const { record: next, changes } = keepUserWords(merged, { ...record, id });
    if (changes.some((c) => c.field === 'note' && (c.how === 'merged' || c.how === 'kept'))) wordsSideBySide = true;
    merged = { ...next, updatedAt: Math.max(merged.updatedAt, record.updatedAt) };
  }
  return { record: merged, wordsSideBySide };
}
