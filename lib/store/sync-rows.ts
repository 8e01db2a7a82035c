import type { SetAsideDoc, SyncProblem } from '../sync/types';

/** What the sync engine (lib/sync) keeps in the extension's database, beside the collection. */

/** A clipping's replicated document: which one, and the revision the collection's copy is. */
export interface SyncDocRow {
  /** The document's id, from the clipping's canonical URL (lib/sync/doc.ts). */
  docId: string;
  /** The clipping's id in this collection. */
  id: string;
  /** The document revision the collection's copy matches: the parent of the next local change. */
  rev: string;
  /** The collection deleted it and sent the deletion: an edit arriving later comes back flagged. */
  deleted?: boolean;
  /**
   * Set when sync had to keep something for the user to settle: 'words' both
   * people's notes kept side by side; 'deleted' deleted elsewhere while edited
   * here (or the reverse), kept. Cleared by the user's next edit of the clipping.
   */
  conflict?: 'words' | 'deleted';
}

/** The server set up, with its password: only in the extension's IndexedDB, never in storage a content script reaches. */
export interface SyncServerRow {
  key: 'server';
  url: string;
  database: string;
  username: string;
  password: string;
}

/** How far the engine has read its replicated database's changes into the collection, and when it last synced. */
export interface SyncStateRow {
  key: 'state';
  /** The local replicated database's update sequence already applied. */
  since: number | string;
  lastSyncedAt: number | null;
  /** Why the last run failed, kept so a woken service worker still shows it. */
  problem: SyncProblem | null;
}

/** Documents from the server that were not applied (lib/sync/set-aside.ts): a short list, newest last. */
export interface SyncSetAsideRow {
  key: 'set-aside';
  docs: SetAsideDoc[];
}

export type SyncRow = SyncServerRow | SyncStateRow | SyncSetAsideRow;
