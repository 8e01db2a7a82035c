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
      return [card.topic ? 'yes' : 'no'];
  }
}

function matches(card: ClippingCard, filter: CollectionFilter, textHits: ReadonlySet<string> | null, except?: FacetName): boolean {
  if (textHits && !textHits.has(card.id)) return false;
  return FACETS.every((facet) => {
    const wanted = filter[facet];
    return facet === except || wanted === null || valuesOf(card, facet).includes(wanted);
  });
}

/**
 * The cards the filter lets through, in the order given.
 * textHits: ids whose text matches the search box, or null when it is empty.
 */
export function applyFilter(cards: readonly ClippingCard[], filter: CollectionFilter, textHits: ReadonlySet<string> | null): ClippingCard[] {
  return cards.filter((card) => matches(card, filter, textHits));
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
 * empty list). Most frequent first.
 */
export function facetCounts(
  cards: readonly ClippingCard[],
  filter: CollectionFilter,
  textHits: ReadonlySet<string> | null,
): Record<FacetName, FacetValue[]> {
  const out = {} as Record<FacetName, FacetValue[]>;
  for (const facet of FACETS) {
    const tally = new Map<string, FacetValue>();
    for (const card of cards) {
      if (!matches(card, filter, textHits, facet)) continue;
      const values = valuesOf(card, facet);
      values.forEach((value, i) => {
        const seen = tally.get(value);
        if (seen) seen.count++;
        else tally.set(value, { value, label: facet === 'official' ? card.officials[i]! : value, count: 1 });
      });
    }
    out[facet] = [...tally.values()].sort((a, b) => b.count - a.count || collator.compare(a.label, b.label));
  }
  return out;
}

/** Cards newest first. */
export function newestFirst(cards: readonly ClippingCard[]): ClippingCard[] {
  return [...cards].sort((a, b) => b.clippedAt - a.clippedAt);
}
