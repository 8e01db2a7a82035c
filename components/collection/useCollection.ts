/**
 * The collection as the popup and the library page show it: every card,
 * live; the filter; the text-search hits; the filtered list and the facet
 * counts. Filtering runs in memory over the cards (fast with 10 000); only
 * text search reads the folded texts from the database.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AnnotatorDb } from '@/lib/store/db';
import { applyFilter, type CollectionFilter, facetCounts, newestFirst, NO_FILTER } from '@/lib/store/filter';
import { SearchCache } from '@/lib/store/search';
import type { ClippingCard } from '@/lib/store/types';
import { useLiveQuery } from './useLiveQuery';

/** Rows shown before every card is loaded: more than a popup or a tab holds. */
const FIRST_ROWS = 15;

/** Typing pauses this long before the text is searched. */
const SEARCH_DELAY_MS = 200;

function useTextSearch(db: AnnotatorDb, query: string, cards: ClippingCard[] | undefined) {
  const cache = useMemo(() => new SearchCache(db), [db]);
  const [result, setResult] = useState<{ query: string; hits: Set<string> | null }>({ query: '', hits: null });
  const [error, setError] = useState<unknown>(undefined);
  useEffect(() => {
    if (!query.trim()) {
      setResult({ query, hits: null });
      return;
    }
    if (!cards) return;
    let current = true;
    const timer = setTimeout(() => {
      cache.sync(cards).then(
        () => current && setResult({ query, hits: cache.search(query) }),
        (e: unknown) => current && setError(e),
      );
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // Searched again when the cards change: a clip in another tab may match.
  }, [cache, query, cards]);
  /** Reads the words ahead of the first search (the search box got focus). */
  const warm = () => void (cards && cache.sync(cards).catch(setError));
  return { hits: result.hits, searching: result.query !== query, error, warm };
}

/**
 * The newest rows come first, straight from the clippedAt index, so the list
 * paints at once; every card (what filters and facets need: a quarter of a
 * second for 10 000) is read only after that first paint.
 */
export function useCollection(db: AnnotatorDb) {
  const head = useLiveQuery(() => db.clippings.orderBy('clippedAt').reverse().limit(FIRST_ROWS).toArray(), [db]);
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    // Effects run after the browser has painted.
    if (head.value) setPainted(true);
  }, [head.value]);
  const live = useLiveQuery(async () => newestFirst(await db.clippings.toArray()), [db], painted);
  const [filter, setFilter] = useState<CollectionFilter>(NO_FILTER);
  const search = useTextSearch(db, filter.query, live.value);
  const cards = live.value;
  const visible = useMemo(() => (cards ? applyFilter(cards, filter, search.hits) : (head.value ?? [])), [cards, head.value, filter, search.hits]);
  const facets = useMemo(() => (cards ? facetCounts(cards, filter, search.hits) : null), [cards, filter, search.hits]);
  return {
    /** Every card, newest first; undefined until loaded. */
    cards,
    /** The newest few, as soon as they are read. */
    loaded: head.value !== undefined,
    filter,
    setFilter,
    visible,
    facets,
    searching: search.searching,
    warmSearch: search.warm,
    error: live.error ?? head.error ?? search.error,
  };
}

export type Collection = ReturnType<typeof useCollection>;
