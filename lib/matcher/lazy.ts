/**
 * The matcher's tables (folded surnames, titles, places, the directive kinds), built
 * at their first use instead of when the script loads: evaluating the matcher's
 * script then does little, and the first article's analysis builds them all in one
 * step of their own (lib/matcher/analyze.ts calls buildTables), not inside its passes.
 */

const unbuilt: (() => unknown)[] = [];

/** A table built by `build` at the first call, the same one after. */
export function lazy<T>(build: () => T): () => T {
  let table: T | undefined;
  const get = () => (table ??= build());
  unbuilt.push(get);
  return get;
}

/** Builds every table not built yet. */
export function buildTables(): void {
  for (const get of unbuilt.splice(0)) get();
}
