/**
 * A row of the local trash (trash.ts), apart from the code that writes it so
 * the schema (db.ts) and that code import each other's types one way only.
 */

/** Why a clipping's copy is in the trash. */
export type TrashReason =
  /** The user deleted it here. */
  | 'deleted'
  /** A teammate's delete arrived by sync. */
  | 'deleted-elsewhere'
  /** A teammate's copy with an empty note replaced this one's note. */
  | 'note-emptied';

export interface TrashRow {
  /** Auto-incremented. */
  key?: number;
  /** The clipping's id in this collection when it was trashed. */
  id: string;
  canonicalUrl: string;
  title: string;
  /** The note as it was (the list shows it: the words are what the trash is for). */
  note: string;
  reason: TrashReason;
  trashedAt: number;
  /** The whole clipping as it was, as an export line (record-line.ts). */
  line: Uint8Array<ArrayBuffer>;
}
