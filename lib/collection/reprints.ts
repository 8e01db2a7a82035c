/**
 * Reprints folded into stories: the same agency article clipped from several
 * sites is one story in the library, listed once with every site and date,
 * while each clipping keeps its own row, note and tags. Cards are one story
 * when they share a reprint key (text/shingle.ts), directly or through
 * another card (union-find); linear in the cards.
 */
import type { ClippingCard } from '../clipping/types';

/** One story: its cards in the list's order (never none); the first stands for it. */
export type Story = readonly ClippingCard[];

/** The cards as stories, in the order of each story's first card; a card with no keys is a story of its own. */
export function foldReprints(cards: readonly ClippingCard[]): Story[] {
  const parent = cards.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const firstWithKey = new Map<string, number>();
  cards.forEach((card, i) => {
    for (const key of card.reprint ? card.reprint.split(' ') : []) {
      const other = firstWithKey.get(key);
      if (other === undefined) firstWithKey.set(key, i);
      else {
        // The earlier card stays the root, so a story's root is its first card.
        const [a, b] = [root(other), root(i)];
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  const stories = new Map<number, ClippingCard[]>();
  cards.forEach((card, i) => {
    const r = root(i);
    const story = stories.get(r);
    if (story) story.push(card);
    else stories.set(r, [card]);
  });
  // A Map iterates in insertion order: each story where its first card is.
  return [...stories.values()];
}
