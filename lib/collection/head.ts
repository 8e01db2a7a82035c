/**
 * The popup's copy of the newest cards (see lib/collection/head-snapshot.ts for why
 * it exists), kept where no content script can read it: storage.session, which
 * is restricted to the extension's own pages and background (Chrome's default
 * access level TRUSTED_CONTEXTS, set again explicitly; Firefox does not expose it
 * to content scripts). storage.local is readable by every content script, so a
 * copy there put titles, notes and tags next to untrusted pages.
 * Where storage.session is missing there is no copy: the popup waits for the
 * database instead.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { AnnotatorDb } from '../store/db';
import { newestCards } from './head-snapshot';
import type { ClippingCard } from '../clipping/types';

export const collectionHead = storage.defineItem<ClippingCard[]>('session:collectionHead', { fallback: [] });
/** Where older versions kept the copy; removed at start-up. */
const LEGACY_HEAD = 'local:collectionHead' as const;

interface SessionArea {
  setAccessLevel?(options: { accessLevel: 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }): Promise<void>;
}

function sessionArea(): SessionArea | undefined {
  return (browser.storage as unknown as { session?: SessionArea }).session;
}

/** Background start-up: session storage stays trusted-only, and the old readable copy goes. */
export async function secureCollectionHead(): Promise<void> {
  try {
    await sessionArea()?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
  } catch {
    // Firefox has no access levels: its session area is trusted-only anyway.
  }
  await storage.removeItem(LEGACY_HEAD).catch(() => undefined);
}

/** Copies the newest cards; failing to is harmless (the popup then waits for the database). */
export async function refreshCollectionHead(db: AnnotatorDb): Promise<void> {
  if (!sessionArea()) return;
  try {
    await collectionHead.setValue(await newestCards(db));
  } catch {
    // Only a faster first paint is lost.
  }
}

export async function readCollectionHead(): Promise<ClippingCard[]> {
  if (!sessionArea()) return [];
  return collectionHead.getValue();
}
