/**
 * The newest few clipping cards, copied to extension storage after every
 * write, so the popup can paint its first rows before IndexedDB has opened:
 * a cold open of a database holding 10 000 articles takes ~150 ms, while the
 * popup reads extension storage anyway (settings). Only a placeholder: the
 * live rows replace it as soon as the database answers.
 */
import { storage } from 'wxt/utils/storage';
import type { AnnotatorDb } from './db';
import type { ClippingCard } from './types';

/** Rows shown before every card is loaded: more than a popup or a tab holds. */
export const HEAD_ROWS = 15;

export const headSnapshot = storage.defineItem<ClippingCard[]>('local:collectionHead', { fallback: [] });

export function newestCards(db: AnnotatorDb): Promise<ClippingCard[]> {
  return db.clippings.orderBy('clippedAt').reverse().limit(HEAD_ROWS).toArray();
}

/** Copies the newest cards to extension storage; failing to is harmless (the popup then waits for the database). */
export async function refreshHeadSnapshot(db: AnnotatorDb): Promise<void> {
  try {
    await headSnapshot.setValue(await newestCards(db));
  } catch {
    // Only a faster first paint is lost.
  }
}
