/**
 * Settling two or more copies of one clipping changed apart (a replication
 * conflict, or a local change made against an older copy than the one now
 * replicated). The user's words are never dropped: notes that differ are both
 * kept and tags are united, by the rules import uses (store/user-words.ts);
 * the article and its analysis come from the most recently changed copy.
 * The order is the same on every machine (updatedAt, then revision), so two
 * machines settling the same conflict write the same result.
 */
import { keepUserWords } from '../store/user-words';
import type { ClippingRecord } from '../store/types';

/**
 * Merges one more user field that import's rules do not know yet (e.g. the
 * user's corrections): given the copy merged so far and the next, newer copy,
 * returns the merged clipping with that field settled.
 */
export type FieldMerge = (merged: ClippingRecord, older: ClippingRecord, newer: ClippingRecord) => ClippingRecord;

/** The extra merges sync applies after keepUserWords; the place to plug a new user field. */
export const FIELD_MERGES: FieldMerge[] = [];

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

/** One clipping from its copies, keeping `id` (this collection's id for it). */
export function mergeCopies(copies: readonly Copy[], id: string, fieldMerges: readonly FieldMerge[] = FIELD_MERGES): MergedCopies {
  if (copies.length === 0) throw new Error('Nothing to merge.');
  const sorted = [...copies].sort(order);
  let merged: ClippingRecord = { ...sorted[0]!.record, id };
  let wordsSideBySide = false;
  for (const { record } of sorted.slice(1)) {
    const older = merged;
    const { record: next, changes } = keepUserWords(older, { ...record, id });
    if (changes.some((c) => c.field === 'note' && (c.how === 'merged' || c.how === 'kept'))) wordsSideBySide = true;
    merged = fieldMerges.reduce((acc, mergeField) => mergeField(acc, older, record), { ...next, updatedAt: Math.max(older.updatedAt, record.updatedAt) });
  }
  return { record: merged, wordsSideBySide };
}
