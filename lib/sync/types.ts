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

/** Why sync cannot go on, and what was set aside: kept with the engine's stored state (lib/store/sync-rows.ts), below the transport. */
import type { SetAsideReason, SyncProblem } from '../store/sync-rows';

export type { SetAsideDoc, SetAsideReason, SyncProblem, SyncProblemCode } from '../store/sync-rows';

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
