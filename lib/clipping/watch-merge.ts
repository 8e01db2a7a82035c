/**
 * Which state of one watched subject stands when two meet (an import, a
 * teammate's copy through sync, two members' conflicting revisions): the
 * later change, a star or its removal; at the same moment the removal, then
 * the label and the star's time, so every machine picks the same one. A
 * subject in the same state on both sides is left as held (no rewrite for a
 * label spelt another way).
 */
import type { WatchRow } from './watch-key';

export const isStarred = (row: WatchRow): boolean => row.removedAt === undefined;

/** When the row last changed: the star, or its removal. */
export const changedAt = (row: WatchRow): number => row.removedAt ?? row.starredAt;

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A total order of two states of one subject: the greater stands. */
export function compareWatch(a: WatchRow, b: WatchRow): number {
  return changedAt(a) - changedAt(b) || Number(!isStarred(a)) - Number(!isStarred(b)) || byText(a.label, b.label) || a.starredAt - b.starredAt;
}

/** Does `incoming` change what the collection holds (absent, or the other state and later)? */
export const standsOver = (incoming: WatchRow, held: WatchRow | undefined): boolean =>
  !held || (isStarred(incoming) !== isStarred(held) && compareWatch(incoming, held) > 0);

/** Times from elsewhere no later than now plus the skew (clock.ts's rule for clippings). */
export function clampWatch(row: WatchRow, latest: number): WatchRow {
  const starredAt = Math.min(row.starredAt, latest);
  return row.removedAt === undefined ? { ...row, starredAt } : { ...row, starredAt, removedAt: Math.min(row.removedAt, latest) };
}
