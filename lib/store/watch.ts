/**
 * The watch list: the officials and directives the user starred. When an
 * article names one, the background says so on the toolbar badge and the
 * popup (never to the page); the library has a view of the clippings naming
 * them. Only the background writes it; pages read it live.
 */
import type { AnnotatorDb } from './db';
import { writing } from './errors';
import { type WatchKind, type WatchRow, watchKey } from '../clipping/watch-key';

export type { WatchRow };

export async function setWatched(db: AnnotatorDb, kind: WatchKind, label: string, starred: boolean, now = Date.now()): Promise<void> {
  const key = watchKey(kind, label);
  await writing(() => (starred ? db.watch.put({ key, kind, label: label.normalize('NFC').trim(), starredAt: now }).then(() => undefined) : db.watch.delete(key)));
}

export const watchList = (db: AnnotatorDb): Promise<WatchRow[]> => db.watch.orderBy('starredAt').toArray();

/** The watched subjects among these keys, in the order the keys come. */
export async function watchedAmong(db: AnnotatorDb, keys: readonly string[]): Promise<WatchRow[]> {
  const rows = await db.watch.bulkGet([...new Set(keys)]);
  return rows.filter((row): row is WatchRow => row !== undefined);
}

/** Adds the starred subjects the collection does not have (an import): a star here is never changed or lost. Returns how many were added. */
export async function mergeWatch(db: AnnotatorDb, rows: readonly WatchRow[]): Promise<number> {
  return writing(() =>
    db.transaction('rw', db.watch, async () => {
      const have = await db.watch.bulkGet(rows.map((row) => row.key));
      const fresh = [...new Map(rows.filter((_, i) => !have[i]).map((row) => [row.key, row])).values()];
      await db.watch.bulkPut(fresh);
      return fresh.length;
    }),
  );
}
