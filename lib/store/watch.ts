/**
 * The watch list: the officials and directives the user starred. When an
 * article names one, the background says so on the toolbar badge and the
 * popup (never to the page); the library has a view of the clippings naming
 * them. Only the background writes it; pages read it live. Taking a star away
 * keeps the row as a tombstone (`removedAt`), so an older copy of the star, a
 * file's or a teammate's through sync (lib/sync/watch-doc.ts), does not bring
 * it back; a tombstone is never shown.
 */
import type { AnnotatorDb } from './db';
import { writing } from './errors';
import { CLOCK_SKEW_MS } from '../clipping/clock';
import { type WatchKind, type WatchRow, watchKey } from '../clipping/watch-key';
import { clampWatch, isStarred, standsOver } from '../clipping/watch-merge';

export type { WatchRow };

export async function setWatched(db: AnnotatorDb, kind: WatchKind, label: string, starred: boolean, now = Date.now()): Promise<void> {
  const key = watchKey(kind, label);
  await writing(() =>
    db.transaction('rw', db.watch, async () => {
      if (starred) return void (await db.watch.put({ key, kind, label: label.normalize('NFC').trim(), starredAt: now }));
      const held = await db.watch.get(key);
      if (held && isStarred(held)) await db.watch.put({ ...held, removedAt: now });
    }),
  );
}

/** Every row, the stars and the tombstones of stars taken away (what an export file carries), oldest star first. */
export const watchRows = (db: AnnotatorDb): Promise<WatchRow[]> => db.watch.orderBy('starredAt').toArray();

/** The starred subjects, oldest star first. */
export const watchList = async (db: AnnotatorDb): Promise<WatchRow[]> => (await watchRows(db)).filter(isStarred);

/** The watched subjects among these keys, in the order the keys come. */
export async function watchedAmong(db: AnnotatorDb, keys: readonly string[]): Promise<WatchRow[]> {
  const rows = await db.watch.bulkGet([...new Set(keys)]);
  return rows.filter((row): row is WatchRow => row !== undefined && isStarred(row));
}

/**
 * Brings in stars and removals from elsewhere (an import's, a teammate's
 * through sync), each only where it stands over the row held (watch-merge.ts):
 * a star here is never changed by another copy of it, and a removal made here
 * after a star stands. Times are clamped to now plus the skew first. Returns the rows written.
 */
export async function mergeWatch(db: AnnotatorDb, rows: readonly WatchRow[], now = Date.now()): Promise<WatchRow[]> {
  const latest = now + CLOCK_SKEW_MS;
  return writing(() =>
    db.transaction('rw', db.watch, async () => {
      const have = new Map((await db.watch.bulkGet(rows.map((row) => row.key))).flatMap((row) => (row ? [[row.key, row] as const] : [])));
      const written = new Map<string, WatchRow>();
      for (const row of rows.map((r) => clampWatch(r, latest))) {
        const held = written.get(row.key) ?? have.get(row.key);
        if (standsOver(row, held)) written.set(row.key, row);
      }
      await db.watch.bulkPut([...written.values()]);
      return [...written.values()];
    }),
  );
}
