/**
 * The search index job (lib/store/search-index.ts) as a page sees it: how far
 * it is, live, and the job run here while clippings wait for their search
 * words (an import in this page, or a run another page or the background left
 * unfinished), once the list has loaded so the first rows are not kept waiting.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AnnotatorDb } from '@/lib/store/db';
import { indexProgress, indexSearch, type IndexProgress } from '@/lib/store/search-index';
import { useLiveQuery } from './useLiveQuery';

/** `written`: moves each time the job writes (a search re-reads then); `progress`: null when nothing waits. */
export function useSearchIndex(db: AnnotatorDb, enabled: boolean): { progress: IndexProgress | null | undefined; written: number; error: unknown } {
  const progress = useLiveQuery(() => indexProgress(db), [db], enabled);
  const pending = !!progress.value;
  const [written, setWritten] = useState(0);
  // Counted, not taken from the progress: its numbers repeat (none left reads as none begun).
  useEffect(() => setWritten((n) => n + 1), [progress.value]);
  const [error, setError] = useState<unknown>(undefined);
  useEffect(() => {
    if (!pending) return;
    const controller = new AbortController();
    // Closing the page stops the job between slices; what it wrote stays, and the next runner goes on.
    indexSearch(db, { signal: controller.signal }).catch((e: unknown) => controller.signal.aborted || setError(e));
    return () => controller.abort();
  }, [db, pending]);
  return { progress: progress.value, written, error: progress.error ?? error };
}
