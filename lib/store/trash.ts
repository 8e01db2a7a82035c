/**
 * The local trash: what a delete (the user's or a teammate's, by sync) or a
 * teammate's emptied note took from the collection, kept whole for 30 days
 * so it can be brought back (restore.ts). It is this machine's only: it never
 * syncs, and entries older than 30 days are dropped at the next write.
 */
import { encodeLine } from '../clipping/record-line';
import type { ClippingRecord } from '../clipping/types';
import type { AnnotatorDb } from './db';
import type { TrashReason, TrashRow } from './trash-rows';

export type { TrashReason, TrashRow } from './trash-rows';

export const TRASH_DAYS = 30;
const TRASH_MS = TRASH_DAYS * 24 * 60 * 60_000;

/** What the list shows of the note: enough to recognise the words. */
const NOTE_PREVIEW = 300;

/** Entries older than this are gone. */
export const trashCutoff = (now: number) => now - TRASH_MS;

/** Puts copies in the trash; call inside a transaction with `db.trash` in its scope. */
export async function putInTrash(db: AnnotatorDb, items: readonly { record: ClippingRecord; reason: TrashReason }[], now: number): Promise<void> {
  await db.trash.where('trashedAt').below(trashCutoff(now)).delete();
  if (items.length === 0) return;
  await db.trash.bulkAdd(
    items.map(({ record, reason }) => ({
      id: record.id,
      canonicalUrl: record.canonicalUrl,
      title: record.title,
      note: [...record.note].slice(0, NOTE_PREVIEW).join(''),
      reason,
      trashedAt: now,
      line: encodeLine(record),
    })),
  );
}

/** The trash as the library lists it, newest first, without what is past its 30 days. */
export async function listTrash(db: AnnotatorDb, now = Date.now()): Promise<TrashRow[]> {
  return (await db.trash.where('trashedAt').aboveOrEqual(trashCutoff(now)).toArray()).reverse();
}

/** Empties the trash; returns how many entries went. */
export function emptyTrash(db: AnnotatorDb): Promise<number> {
  return db.transaction('rw', db.trash, async () => {
    const n = await db.trash.count();
    await db.trash.clear();
    return n;
  });
}
