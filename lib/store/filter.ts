/**
 * Filtering and facet counts over the clipping cards the popup holds in
 * memory. Pure functions: the popup, the library page and the benchmark run
 * the same code.
 */
import type { ClippingCard } from './types';

export type FacetName = 'official' | 'directive' | 'site' | 'topic';
export const FACETS: readonly FacetName[] = ['official', 'directive', 'site', 'topic'];

/** The search box and one chosen value per facet (null: any). Officials are chosen by folded name. */
export interface CollectionFilter {
  query: string;
  official: string | null;
  directive: string | null;
  site: string | null;
  topic: 'yes' | 'no' | null;
}

export const NO_FILTER: CollectionFilter = { query: '', official: null, directive: null, site: null, topic: null };

export function isFiltered(filter: CollectionFilter): boolean {
  return filter.query.trim() !== '' || FACETS.some((facet) => filter[facet] !== null);
}

const topicOf = (card: ClippingCard) => (card.topic ? 'yes' : 'no');

/** The values a card has for a facet (a card may cite several directives). */
function valuesOf(card: ClippingCard, facet: FacetName): readonly string[] {
  switch (facet) {
    case 'official':
      return card.officialKeys;
    case 'directive':
      return card.directives;
    case 'site':
      return [card.site];
    case 'topic':
      return [topicOf(card)];
  }
}

/** Does the card have this value? Written out, since it runs for every card at every change. */
function has(card: ClippingCard, facet: FacetName, wanted: string): boolean {
  switch (facet) {
    case 'official':
      return card.officialKeys.includes(wanted);
    case 'directive':
      return card.directives.includes(wanted);
    case 'site':
      return card.site === wanted;
    case 'topic':
      return topicOf(card) === wanted;
  }
}

/** The facets the filter chooses a value for, with that value. */
const chosen = (filter: CollectionFilter) =>
  FACETS.flatMap((facet) => {
    const value = filter[facet];
    return value === null ? [] : [[facet, value] as const];
  });

/** One facet's values, numbered, with the cards that have each. */
interface FacetColumn {
  /** Value number -> value, and what to show: the first spelling, newest first. */
  values: string[];
  labels: string[];
  /** Value number -> its place in label order (Vietnamese collation), for ties in counts. */
  rank: number[];
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
 * are ready before anything is chosen.
 */
export interface CardIndex {
  cards: readonly ClippingCard[];
  columns: Record<FacetName, FacetColumn>;
  /** The facet counts with no filter. */
  totals: Record<FacetName, FacetValue[]>;
}

const forFacets = <T>(make: (facet: FacetName) => T) => Object.fromEntries(FACETS.map((f) => [f, make(f)])) as Record<FacetName, T>;

const collator = new Intl.Collator('vi');

function column(cards: readonly ClippingCard[], facet: FacetName): FacetColumn {
  const col: FacetColumn = { values: [], labels: [], rank: [], numbers: new Map(), ofCard: [], postings: [] };
  cards.forEach((card, at) => {
    const values = valuesOf(card, facet);
    col.ofCard.push(
      values.map((value, i) => {
        let n = col.numbers.get(value);
        if (n === undefined) {
          n = col.values.push(value) - 1;
          col.numbers.set(value, n);
          col.labels.push(facet === 'official' ? card.officials[i]! : value);
          col.postings.push([]);
        }
        col.postings[n]!.push(at);
        return n;
      }),
    );
  });
  const byLabel = col.values.map((_, n) => n).sort((a, b) => collator.compare(col.labels[a]!, col.labels[b]!));
  byLabel.forEach((n, place) => (col.rank[n] = place));
  return col;
}

export function indexCards(cards: readonly ClippingCard[]): CardIndex {
  const columns = forFacets((facet) => column(cards, facet));
  const all = cards.map((_, at) => at);
  return { cards, columns, totals: forFacets((facet) => tally(columns[facet], all)) };
}

/**
 * Positions of the cards that have every wanted value and are among the text
 * hits: the shortest posting list, checked against the rest.
 */
function matching(index: CardIndex, wanted: readonly (readonly [FacetName, string])[], textHits: ReadonlySet<string> | null): number[] {
  const { cards, columns } = index;
  const lists = wanted.map(([facet, value]) => {
    const n = columns[facet].numbers.get(value);
    return n === undefined ? [] : columns[facet].postings[n]!;
  });
  const shortest = lists.length ? lists.reduce((a, b) => (b.length < a.length ? b : a)) : cards.map((_, at) => at);
  return shortest.filter((at) => {
    const card = cards[at]!;
    return (!textHits || textHits.has(card.id)) && wanted.every(([facet, value]) => has(card, facet, value));
  });
}

/**
 * The cards the filter lets through, in the order given.
 * textHits: ids whose text matches the search box, or null when it is empty.
 */
export function applyFilter(index: CardIndex, filter: CollectionFilter, textHits: ReadonlySet<string> | null): ClippingCard[] {
  return matching(index, chosen(filter), textHits).map((at) => index.cards[at]!);
}

export interface FacetValue {
  value: string;
  /** What to show: the name as first written (newest first), the id, the site. */
  label: string;
  count: number;
}

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
 * chosen, the other facets staying as they are (so counts never promise an
 * empty list). Most frequent first. A facet whose others choose nothing (and
 * no text search) has the counts of the whole collection, already in the index.
 */
export function facetCounts(index: CardIndex, filter: CollectionFilter, textHits: ReadonlySet<string> | null): Record<FacetName, FacetValue[]> {
  const wanted = chosen(filter);
  // Facets left unchosen share their "others": the same cards, found once.
  const found = new Map<string, number[]>();
  return forFacets((facet) => {
    const others = wanted.filter(([f]) => f !== facet);
    if (!textHits && others.length === 0) return index.totals[facet];
    const key = others.map(([f]) => f).join();
    let positions = found.get(key);
    if (!positions) found.set(key, (positions = matching(index, others, textHits)));
    return tally(index.columns[facet], positions);
  });
}

/** Cards newest first. */
export function newestFirst(cards: readonly ClippingCard[]): ClippingCard[] {
  return [...cards].sort((a, b) => b.clippedAt - a.clippedAt);
}
