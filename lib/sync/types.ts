/**
 * The contract between the sync engine (background, lib/sync) and the
 * extension pages that set it up and show its state (options, popup, library).
 * Sync is opt-in: nothing is sent anywhere until the user saves a server here.
 */

/** What the user types in the options to set up sync (CouchDB session authentication). */
export interface SyncSetup {
  /** The server's address: https://, or http:// on loopback only. */
  url: string;
  database: string;
  username: string;
  password: string;
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
 * failed: the collection refused it for another reason.
 */
export type SetAsideReason = 'wrong-id' | 'url-changed' | 'unreadable' | 'constraint' | 'failed';

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

/** The sync state every surface shows; the background keeps it current in storage.session under SYNC_STATUS_KEY. */
export interface SyncStatus {
  /** The server set up, without the password (never leaves the background's IndexedDB). */
  server: { url: string; database: string; username: string } | null;
  /** A replication is running now. */
  running: boolean;
  /** When the last replication finished without error (ms since epoch). */
  lastSyncedAt: number | null;
  /** Local changes not yet on the server. */
  pending: number;
  /** Clippings whose words were kept side by side from two people, for the user to settle. */
  conflicts: number;
  /**
   * Clippings deleted on one side while edited on another, kept with the edit,
   * until the user next edits them (absent from engines that do not count them).
   */
  restored?: number;
  /** Documents from the server not applied here, and the latest one's reason (absent from engines that do not keep them). */
  setAside?: { count: number; latest: SetAsideReason | null };
  problem: SyncProblem | null;
}

/** storage.session key (trusted contexts only: content scripts cannot read it). */
export const SYNC_STATUS_KEY = 'sync:status';

export const SYNC_OFF: SyncStatus = { server: null, running: false, lastSyncedAt: null, pending: 0, conflicts: 0, problem: null };

/** What the background does for the sync requests; absent where sync is not built in (unit harnesses). */
export interface SyncControl {
  status(): Promise<SyncStatus>;
  /** Tests the connection with these credentials and, only when it works, keeps them and starts syncing. */
  configure(setup: SyncSetup): Promise<SyncStatus>;
  syncNow(): Promise<SyncStatus>;
  /** Forgets the server and the credentials; the local collection stays whole. */
  stop(): Promise<SyncStatus>;
}
