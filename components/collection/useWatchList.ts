/** The watch list, live (a star set in another tab shows here at once), and its keys for lookups. */
import { useMemo } from 'preact/hooks';
import type { AnnotatorDb } from '@/lib/store/db';
import { watchList, type WatchRow } from '@/lib/store/watch';
import { useLiveQuery } from './useLiveQuery';

export function useWatchList(db: AnnotatorDb): { rows: readonly WatchRow[]; keys: ReadonlySet<string> } {
  const { value } = useLiveQuery(() => watchList(db), [db]);
  return useMemo(() => ({ rows: value ?? [], keys: new Set((value ?? []).map((row) => row.key)) }), [value]);
}
