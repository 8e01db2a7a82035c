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

/**
 * The cards the filter lets through, in the order given.
 * textHits: ids whose text matches the search box, or null when it is empty.
 */
export function applyFilter(cards: readonly ClippingCard[], filter: CollectionFilter, textHits: ReadonlySet<string> | null): ClippingCard[] {
  const wanted = chosen(filter);
  return cards.filter((card) => (!textHits || textHits.has(card.id)) && wanted.every(([facet, value]) => has(card, facet, value)));
}

export interface FacetValue {
  value: string;
  /** What to show: the name as first written, the id, the site. */
  label: string;
  count: number;
}

const collator = new Intl.Collator('vi');

/**
 * For each facet, every value with how many cards would match if it were
 * chosen, the other facets staying as they are (so counts never promise an
 * empty list). Most frequent first. One pass: a card failing no chosen facet
 * counts in every facet, a card failing exactly one counts in that one only.
 */
export function facetCounts(
  cards: readonly ClippingCard[],
  filter: CollectionFilter,
  textHits: ReadonlySet<string> | null,
): Record<FacetName, FacetValue[]> {
  const tallies = Object.fromEntries(FACETS.map((f) => [f, new Map<string, FacetValue>()])) as Record<FacetName, Map<string, FacetValue>>;
  const count = (card: ClippingCard, facet: FacetName) => {
    const tally = tallies[facet];
    const values = valuesOf(card, facet);
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!;
      const seen = tally.get(value);
      if (seen) seen.count++;
      else tally.set(value, { value, label: facet === 'official' ? card.officials[i]! : value, count: 1 });
    }
  };
  const wanted = chosen(filter);
  for (const card of cards) {
    if (textHits && !textHits.has(card.id)) continue;
    let failed: FacetName | null = null;
    let failures = 0;
    for (const [facet, value] of wanted) {
      if (!has(card, facet, value)) {
        failed = facet;
        if (++failures > 1) break;
      }
    }
    if (failures === 0) for (const facet of FACETS) count(card, facet);
    else if (failures === 1) count(card, failed!);
  }
  const sorted = (tally: Map<string, FacetValue>) => [...tally.values()].sort((a, b) => b.count - a.count || collator.compare(a.label, b.label));
  return { official: sorted(tallies.official), directive: sorted(tallies.directive), site: sorted(tallies.site), topic: sorted(tallies.topic) };
}

/** Cards newest first. */
export function newestFirst(cards: readonly ClippingCard[]): ClippingCard[] {
  return [...cards].sort((a, b) => b.clippedAt - a.clippedAt);
}
