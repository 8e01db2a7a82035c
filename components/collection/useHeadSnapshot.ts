/**
 * The newest cards as last copied to session storage (lib/collection/head.ts),
 * for a page's first rows before the database opens. Its own module so that
 * the popup's first frame (components/popup/FirstPaint.tsx) reads them without
 * loading the database code.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import { readCollectionHead } from '@/lib/collection/head';
import type { ClippingCard } from '@/lib/clipping/types';

/** The copy, or `known` when the page read it already; undefined until read. */
export function useHeadSnapshot(known?: ClippingCard[]): ClippingCard[] | undefined {
  const [cards, setCards] = useState<ClippingCard[] | undefined>(known);
  useLayoutEffect(() => {
    if (known) return;
    let live = true;
    void readCollectionHead().then(
      (value) => live && setCards(value),
      () => live && setCards([]),
    );
    return () => {
      live = false;
    };
    // Read once, when the page opens.
  }, []);
  return cards;
}
