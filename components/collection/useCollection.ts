/**
 * The collection as the popup and the library page show it: every card,
 * live; the filter; the text-search hits; the filtered list and the facet
 * counts. Filtering runs in memory over the cards (fast with 10 000); only
 * text search reads the folded texts from the database.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AnnotatorDb } from '@/lib/store/db';
import { newestCards } from '@/lib/collection/head-snapshot';
import { applyFilter, type CollectionFilter, facetCounts, indexCards, newestFirst, NO_FILTER, type SortKey, type TextHits, withinWatched } from '@/lib/collection/filter';
import { SearchCache } from '@/lib/collection/search';
import type { ClippingCard } from '@/lib/clipping/types';
import { useHeadSnapshot } from './useHeadSnapshot';
import { useLiveQuery } from './useLiveQuery';
import { useSearchIndex } from './useSearchIndex';
import { useWatchList } from './useWatchList';

/**
 * Typing pauses this long before the text is searched: long enough to skip
 * the keys of a word typed at speed, short enough that the list answers
 * within 150 ms of the last key (a search over 10 000 clippings in memory
 * takes tens of milliseconds; see the bench).
 */
const SEARCH_DELAY_MS = 40;

/** `indexed`: moves as the search index job writes (useSearchIndex); the search runs again then. */
function useTextSearch(db: AnnotatorDb, query: string, cards: ClippingCard[] | undefined, indexed: number) {
  const cache = useMemo(() => new SearchCache(db), [db]);
  const [result, setResult] = useState<{ query: string; hits: TextHits | null }>({ query: '', hits: null });
  const [error, setError] = useState<unknown>(undefined);
  useEffect(() => {
    if (!query.trim()) {
      setResult({ query, hits: null });
      return;
    }
    if (!cards) return;
    let current = true;
    const timer = setTimeout(() => {
      cache.sync(cards, indexed).then(
        () => current && setResult({ query, hits: cache.searchCards(cards, query) }),
        (e: unknown) => current && setError(e),
      );
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // Searched again when the cards change (a clip in another tab may match) and as the index job goes on.
  }, [cache, query, cards, indexed]);
  /** Reads the words ahead of the first search (the search box got focus). */
  const warm = () => void (cards && cache.sync(cards, indexed).catch(setError));
  return { hits: result.hits, searching: result.query !== query, error, warm };
}

/**
 * The list paints in steps: the newest rows as last copied to extension
 * storage (no database open needed; `known` when the page has read them
 * already, as the popup's first frame has), then the newest rows from the clippedAt
 * index, then, only after that has painted, every card (what filters and
 * facets need: a quarter of a second for 10 000).
 */
export function useCollection(db: AnnotatorDb, initial: CollectionFilter = NO_FILTER, known?: ClippingCard[]) {
  const snapshot = useHeadSnapshot(known);
  const head = useLiveQuery(() => newestCards(db), [db]);
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    // Effects run after the browser has painted.
    if (head.value) setPainted(true);
  }, [head.value]);
  const live = useLiveQuery(async () => newestFirst(await db.clippings.toArray()), [db], painted);
  const [filter, setFilter] = useState<CollectionFilter>(initial);
  const [sort, setSort] = useState<SortKey>('clipped');
  const index = useSearchIndex(db, live.value !== undefined);
  const search = useTextSearch(db, filter.query, live.value, index.written);
  const watch = useWatchList(db);
  const [watchedOnly, setWatchedOnly] = useState(false);
  const cards = live.value;
  // Built when the cards load or change, not when a filter is chosen.
  const cardIndex = useMemo(() => cards && indexCards(cards), [cards]);
  const hits = useMemo(() => (cardIndex && watchedOnly ? withinWatched(cardIndex, watch.keys, search.hits) : search.hits), [cardIndex, watchedOnly, watch.keys, search.hits]);
  const visible = useMemo(
    () => (cardIndex ? applyFilter(cardIndex, filter, hits, sort) : (head.value ?? snapshot ?? [])),
    [cardIndex, head.value, snapshot, filter, hits, sort],
  );
  const facets = useMemo(() => (cardIndex ? facetCounts(cardIndex, filter, hits) : null), [cardIndex, filter, hits]);
  const ownTags = useMemo(() => cardIndex?.totals.tag.map((v) => v.label) ?? [], [cardIndex]);
  const progress = index.progress;
  return {
    /** Every card, newest first; undefined until loaded. */
    cards,
    /** The newest few, as soon as they are read. */
    loaded: head.value !== undefined,
    filter,
    setFilter,
    /** The list's order (accent-exact search hits come first whatever it is). */
    sort,
    setSort,
    visible,
    facets,
    /** The watch list, live. */
    watch,
    /** Only the clippings that name a watched official or directive (the library's "watched" view). */
    watchedOnly,
    setWatchedOnly,
    /** Every tag of the collection, most used first (suggestions while typing one). */
    ownTags,
    searching: search.searching,
    warmSearch: search.warm,
    /** While clippings wait for their search words (an import's): how far the index job is; search may miss those. */
    indexing: progress ?? null,
    error: live.error ?? head.error ?? search.error ?? index.error,
  };
}

export type Collection = ReturnType<typeof useCollection>;
