/**
 * The newest few clipping cards, copied after every write to where the popup
 * reads them (lib/collection/head.ts), so it can paint its first rows before
 * IndexedDB has opened:
 * a cold open of a database holding 10 000 articles takes ~150 ms, while the
 * popup reads extension storage anyway (settings). Only a placeholder: the
 * live rows replace it as soon as the database answers.
 */
import type { AnnotatorDb } from '../store/db';
import type { ClippingCard } from '../clipping/types';

/** Rows shown before every card is loaded: more than a popup or a tab holds. */
export const HEAD_ROWS = 15;

export function newestCards(db: AnnotatorDb): Promise<ClippingCard[]> {
  return db.clippings.orderBy('clippedAt').reverse().limit(HEAD_ROWS).toArray();
}
