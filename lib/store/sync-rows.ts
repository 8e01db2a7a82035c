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

/**
 * Why sync cannot go on, each explained in the user's language by the UI.
 * bad-url: not an address; insecure-url: http:// off loopback; permission-refused:
 * the user refused the server's host permission; unreachable: no answer (offline,
 * wrong address, server down); unauthorized: wrong name or password;
 * forbidden: the user is not a member of the database; no-database: the database
 * does not exist; server-error: the server failed; storage-full: the local disk is full;
 * redirected: the server (or a proxy) sent the request to another address, where
 * no credential follows; timeout: no byte from the server within the deadline;
 * constraint: something from the server clashed with another clipping here.
 */
export type SyncProblemCode =
  | 'bad-url'
  | 'insecure-url'
  | 'permission-refused'
  | 'unreachable'
  | 'unauthorized'
  | 'forbidden'
  | 'no-database'
  | 'server-error'
  | 'storage-full'
  | 'redirected'
  | 'timeout'
  | 'constraint';

export interface SyncProblem {
  code: SyncProblemCode;
  /** The technical detail (the server's own words, cut short), shown small under the sentence, as text. */
  detail: string;
  /** For 'timeout': the deadline that passed, in seconds, which the sentence names. */
  seconds?: number;
}

/**
 * Why a document from the server was not applied here (lib/sync/incoming.ts):
 * wrong-id: its id is not the one its article's address gives; url-changed: it
 * would move a clipping held here to another address; unreadable: not a clipping
 * by the import's rules; constraint: it clashes with another clipping here;
 * failed: the collection refused it for another reason; too-many: a watched
 * subject beyond the room the watch list keeps (lib/sync/watch-sync.ts).
 */
export type SetAsideReason = 'wrong-id' | 'url-changed' | 'unreadable' | 'constraint' | 'failed' | 'too-many';

/** A document from the server kept aside, for the user to see (and the team's administrator to mend). */
export interface SetAsideDoc {
  docId: string;
  rev: string;
  reason: SetAsideReason;
  /** The title it claims, as text, cut short; empty when it has none. */
  title: string;
  /** When it was set aside (ms since epoch). */
  at: number;
}

/** Documents from the server that were not applied (lib/sync/set-aside.ts): a short list, newest last. */
export interface SyncSetAsideRow {
  key: 'set-aside';
  docs: SetAsideDoc[];
}

export type SyncRow = SyncServerRow | SyncStateRow | SyncSetAsideRow;
