/**
 * Filtering, sorting and facet counts over the clipping cards the popup
 * holds in memory. Pure functions: the popup, the library page and the
 * benchmark run the same code.
 */
import { fold } from '../text/fold';
import { directiveIdKey } from '../text/keys';
import { namedKeys } from '../clipping/watch-key';
import type { TextMatch } from './search';
import type { ClippingCard } from '../clipping/types';

/**
 * What the search box found, by card position in the index: 0 no match,
 * 1 a match, 2 a match with the diacritics as typed (search.ts searchCards).
 */
export type TextHits = Uint8Array;

export type FacetName = 'official' | 'directive' | 'tag' | 'site' | 'topic';
export const FACETS: readonly FacetName[] = ['official', 'directive', 'tag', 'site', 'topic'];
/** The facets a filter chooses one value of; tags are chosen several at once (every one must be on the card). */
export type SingleFacet = Exclude<FacetName, 'tag'>;

/** Days as YYYY-MM-DD, both ends included; null: open on that side. */
export interface DateRange {
  from: string | null;
  to: string | null;
}

export const ANY_DATE: DateRange = { from: null, to: null };

/**
 * The search box, one chosen value per facet (null: any), the chosen tags and
 * the date ranges. Officials are chosen by folded name; directives and tags
 * by any spelling of theirs (case and tone placement do not matter).
 */
export interface CollectionFilter {
  query: string;
  official: string | null;
  directive: string | null;
  /** Cards carry every one of these tags (empty: any). */
  tags: readonly string[];
  site: string | null;
  topic: 'yes' | 'no' | null;
  /** When it was clipped, in the reader's time zone. */
  clipped: DateRange;
  /** The date the page states (its first ten characters); a clipping without one is left out when this is set. */
  published: DateRange;
}

export const NO_FILTER: CollectionFilter = {
  query: '',
  official: null,
  directive: null,
  tags: [],
  site: null,
  topic: null,
  clipped: ANY_DATE,
  published: ANY_DATE,
};

/** The list's order after the accent-exact hits of a search: newest clipped, newest published, or title A to Z. */
export type SortKey = 'clipped' | 'published' | 'title';
export const SORTS: readonly SortKey[] = ['clipped', 'published', 'title'];

const hasRange = (range: DateRange) => range.from !== null || range.to !== null;

/** The values a filter chooses of a facet: none, one, or for tags several. */
export function chosenOf(filter: CollectionFilter, facet: FacetName): readonly string[] {
  if (facet === 'tag') return filter.tags;
  const value = filter[facet];
  return value === null ? [] : [value];
}

export function isFiltered(filter: CollectionFilter): boolean {
  return filter.query.trim() !== '' || FACETS.some((facet) => chosenOf(filter, facet).length > 0) || hasRange(filter.clipped) || hasRange(filter.published);
}

/** The filter with a tag added, or taken away when it was chosen already (compared folded, as the tag facet does). */
export function toggleTag(filter: CollectionFilter, tag: string): CollectionFilter {
  const key = fold(tag);
  const rest = filter.tags.filter((t) => fold(t) !== key);
  return { ...filter, tags: rest.length < filter.tags.length ? rest : [...filter.tags, tag] };
}

const topicOf = (card: ClippingCard) => (card.topic ? 'yes' : 'no');

/** The values a card has for a facet (a card may cite several directives). */
function valuesOf(card: ClippingCard, facet: FacetName): readonly string[] {
  switch (facet) {
    case 'official':
      return card.officialKeys;
    case 'directive':
      return card.directives;
    case 'tag':
      return card.tags;
    case 'site':
      return [card.site];
    case 'topic':
      return [topicOf(card)];
  }
}

/**
 * What makes two values one entry: directive ids by the one id rule
 * ("57-KL/TW" and "57–kl/tw"), tags by their folded form, officials by their
 * folded name (already the value), sites and topics as they are.
 */
const keyOf = (facet: FacetName, value: string) => (facet === 'directive' ? directiveIdKey(value) : facet === 'tag' ? fold(value) : value);

/** One facet's values, numbered, with the cards that have each. */
interface FacetColumn {
  /** Value number -> value (the first spelling, newest first), and what to show. */
  values: string[];
  labels: string[];
  /** Value number -> its place in label order (Vietnamese collation), for ties in counts. */
  rank: number[];
  /** keyOf(value) -> value number. */
  numbers: Map<string, number>;
  /** Card position -> the numbers of its values. */
  ofCard: number[][];
  /** Value number -> positions of the cards that have it, ascending. */
  postings: number[][];
}

/**
 * The cards grouped by facet value, built once per card list (when it loads
 * or changes): a filter visits only the cards that have the chosen value,
 * counting is adding up small numbers, and the counts with nothing chosen
 * are ready before anything is chosen. Sort orders are made when first asked for.
 */
export interface CardIndex {
  cards: readonly ClippingCard[];
  columns: Record<FacetName, FacetColumn>;
  /** The facet counts with no filter. */
  totals: Record<FacetName, FacetValue[]>;
  /** Card positions in each sort order, made once per index. */
  orders: Partial<Record<SortKey, Int32Array>>;
}

const forFacets = <T>(make: (facet: FacetName) => T) => Object.fromEntries(FACETS.map((f) => [f, make(f)])) as Record<FacetName, T>;

const collator = new Intl.Collator('vi');

function column(cards: readonly ClippingCard[], facet: FacetName): FacetColumn {
  const col: FacetColumn = { values: [], labels: [], rank: [], numbers: new Map(), ofCard: [], postings: [] };
  // 10 000 cards cite a few hundred documents: each spelling is folded once.
  const keys = new Map<string, string>();
  cards.forEach((card, at) => {
    const values = valuesOf(card, facet);
    const mine: number[] = [];
    values.forEach((value, i) => {
      let key = keys.get(value);
      if (key === undefined) keys.set(value, (key = keyOf(facet, value)));
      let n = col.numbers.get(key);
      if (n === undefined) {
        n = col.values.push(value) - 1;
        col.numbers.set(key, n);
        col.labels.push(facet === 'official' ? card.officials[i]! : value);
        col.postings.push([]);
      }
      // A card written before its values were made distinct by key counts once.
      if (mine.includes(n)) return;
      mine.push(n);
      col.postings[n]!.push(at);
    });
    col.ofCard.push(mine);
  });
  const byLabel = col.values.map((_, n) => n).sort((a, b) => collator.compare(col.labels[a]!, col.labels[b]!));
  byLabel.forEach((n, place) => (col.rank[n] = place));
  return col;
}

export function indexCards(cards: readonly ClippingCard[]): CardIndex {
  const columns = forFacets((facet) => column(cards, facet));
  const all = cards.map((_, at) => at);
  return { cards, columns, totals: forFacets((facet) => tally(columns[facet], all)), orders: {} };
}

/** The chosen facet values as value numbers; null when one is not among the cards (nothing can match). */
function chosenNumbers(index: CardIndex, filter: CollectionFilter, except?: FacetName): [FacetName, number][] | null {
  const out: [FacetName, number][] = [];
  for (const facet of FACETS) {
    if (facet === except) continue;
    for (const value of chosenOf(filter, facet)) {
      const n = index.columns[facet].numbers.get(keyOf(facet, value));
      if (n === undefined) return null;
      out.push([facet, n]);
    }
  }
  return out;
}

/** Local midnight of a YYYY-MM-DD day, in ms; the day after it when `next`. */
function localDay(day: string, next = false): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + (next ? 1 : 0)).getTime();
}

/** The date tests of a filter, or null when it has none. */
function dateTest(filter: CollectionFilter): ((card: ClippingCard) => boolean) | null {
  const { clipped, published } = filter;
  if (!hasRange(clipped) && !hasRange(published)) return null;
  const after = clipped.from ? localDay(clipped.from) : -Infinity;
  const before = clipped.to ? localDay(clipped.to, true) : Infinity;
  const from = published.from ?? '';
  const to = published.to ?? '\uffff';
  const anyPublished = !hasRange(published);
  return (card) => {
    if (card.clippedAt < after || card.clippedAt >= before) return false;
    if (anyPublished) return true;
    const day = card.published?.slice(0, 10);
    return day !== undefined && day >= from && day <= to;
  };
}

/**
 * Positions of the cards that have every wanted value, pass the date tests
 * and are among the text hits: the shortest posting list, checked against the rest.
 */
function matching(index: CardIndex, wanted: readonly [FacetName, number][] | null, dates: ((card: ClippingCard) => boolean) | null, text: TextHits | null): number[] {
  if (!wanted) return [];
  const { cards, columns } = index;
  const lists = wanted.map(([facet, n]) => columns[facet].postings[n]!);
  const shortest = lists.length ? lists.reduce((a, b) => (b.length < a.length ? b : a)) : cards.map((_, at) => at);
  return shortest.filter((at) => (!text || text[at]! > 0) && wanted.every(([facet, n]) => columns[facet].ofCard[at]!.includes(n)) && (!dates || dates(cards[at]!)));
}

/** Milliseconds of a page's stated date, for sorting; NaN when it has none or it does not parse. */
const publishedTime = (card: ClippingCard) => (card.published ? Date.parse(card.published) : NaN);

/** Card positions in a sort order; the newest clipped first among equals. */
function sortOrder(index: CardIndex, sort: SortKey): Int32Array {
  const made = index.orders[sort];
  if (made) return made;
  const { cards } = index;
  const positions = Int32Array.from(cards.keys());
  const newer = (a: number, b: number) => cards[b]!.clippedAt - cards[a]!.clippedAt || a - b;
  let compare = newer;
  if (sort === 'published') {
    const times = cards.map(publishedTime);
    // Undated pages last.
    compare = (a, b) => (Number.isNaN(times[a]!) ? 1 : 0) - (Number.isNaN(times[b]!) ? 1 : 0) || (times[b]! - times[a]! || 0) || newer(a, b);
  } else if (sort === 'title') {
    const titles = cards.map((c) => c.title || c.url);
    compare = (a, b) => collator.compare(titles[a]!, titles[b]!) || newer(a, b);
  }
  positions.sort(compare);
  index.orders[sort] = positions;
  return positions;
}

/**
 * The cards the filter lets through: with a search, the hits that match the
 * accents as typed first, then the rest; each group in the chosen order.
 * text: what the search box found, or null when it is empty.
 */
export function applyFilter(index: CardIndex, filter: CollectionFilter, text: TextHits | null, sort: SortKey = 'clipped'): ClippingCard[] {
  const positions = matching(index, chosenNumbers(index, filter), dateTest(filter), text);
  const { cards } = index;
  // 2: an accent-exact hit, 1: any other card that passes.
  const pass = new Uint8Array(cards.length);
  for (const at of positions) pass[at] = text ? text[at]! : 1;
  const order = sortOrder(index, sort);
  const out: ClippingCard[] = [];
  for (const group of text ? [2, 1] : [1]) for (const at of order) if (pass[at] === group) out.push(cards[at]!);
  return out;
}

export interface FacetValue {
  value: string;
  /** What to show: the name as first written (newest first), the id, the tag, the site. */
  label: string;
  count: number;
}

/** The facet lists while the cards are still loading. */
export const NO_FACETS: Record<FacetName, FacetValue[]> = { official: [], directive: [], tag: [], site: [], topic: [] };

/** Every value of a facet among these cards with how many have it, most frequent first, then by label. */
function tally(col: FacetColumn, positions: readonly number[]): FacetValue[] {
  const counts = new Uint32Array(col.values.length);
  for (const at of positions) for (const n of col.ofCard[at]!) counts[n]!++;
  const present: number[] = [];
  counts.forEach((count, n) => count && present.push(n));
  return present
    .sort((a, b) => counts[b]! - counts[a]! || col.rank[a]! - col.rank[b]!)
    .map((n) => ({ value: col.values[n]!, label: col.labels[n]!, count: counts[n]! }));
}

/**
 * For each facet, every value with how many cards would match if it were
 * chosen, the other facets, dates and search staying as they are (so counts
 * never promise an empty list). Tags add up (a card must have them all), so
 * a tag's count is with the chosen tags kept. Most frequent first. A facet
 * whose others choose nothing (no dates, no text search) has the counts of
 * the whole collection, already in the index.
 */
export function facetCounts(index: CardIndex, filter: CollectionFilter, text: TextHits | null): Record<FacetName, FacetValue[]> {
  const dates = dateTest(filter);
  // Facets left unchosen share their "others": the same cards, found once.
  const found = new Map<string, number[]>();
  return forFacets((facet) => {
    const others = chosenNumbers(index, filter, facet === 'tag' ? undefined : facet);
    if (!text && !dates && others?.length === 0) return index.totals[facet];
    const key = others ? others.map(([f, n]) => `${f}${n}`).join() : '-';
    let positions = found.get(key);
    if (!positions) found.set(key, (positions = matching(index, others, dates, text)));
    return tally(index.columns[facet], positions);
  });
}

/** A search's sets of ids as grades by position in this index (tests, and callers holding sets). */
export function textHitsOf(index: CardIndex, match: TextMatch | null): TextHits | null {
  if (!match) return null;
  return Uint8Array.from(index.cards, (card) => (match.exact.has(card.id) ? 2 : match.hits.has(card.id) ? 1 : 0));
}

/** Cards newest first. */
export function newestFirst(cards: readonly ClippingCard[]): ClippingCard[] {
  return [...cards].sort((a, b) => b.clippedAt - a.clippedAt);
}

/**
 * The text hits narrowed to the cards that name a watched official or
 * directive (the library's "watched" view): a card outside it gets grade 0;
 * with no search, every card inside gets grade 1.
 */
export function withinWatched(index: CardIndex, watched: ReadonlySet<string>, text: TextHits | null): TextHits {
  return Uint8Array.from(index.cards, (card, at) => {
    const grade = text ? text[at]! : 1;
    return grade && namedKeys(card.officialKeys, card.directives).some((key) => watched.has(key)) ? grade : 0;
  });
}
