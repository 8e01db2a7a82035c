import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * The current result of a Dexie query, kept up to date when any context of
 * the extension origin (the background clipping from another tab, an import
 * in the library) changes what it read. undefined until the first result.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[], enabled = true): { value: T | undefined; error: unknown } {
  const [state, setState] = useState<{ value: T | undefined; error: unknown }>({ value: undefined, error: undefined });
  // Subscribed before the first paint, not after it: the query starts a frame sooner.
  useLayoutEffect(() => {
    if (!enabled) return;
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: undefined }),
      error: (error) => setState((s) => ({ value: s.value, error })),
    });
    return () => subscription.unsubscribe();
    // The caller names what the query depends on.
  }, [...deps, enabled]);
  return state;
}
