/**
 * The watch list in the export file: a `watch` list beside the clippings, so
 * the officials and directives a reader follows travel with their collection,
 * and an `unwatched` list of the stars taken away (their tombstones, with
 * `removedAt`), so importing a file made before a removal does not bring the
 * star back. Both optional (files without them, older ones, still import);
 * the removals sit in a list of their own because an older reader, which
 * drops fields it does not know, would read a removal inside `watch` as a
 * star. Checked entry by entry: a bad entry is refused on its own, never the file.
 */
import { literal, object, string, ValidationError } from '../base/validate';
import { checkMoment } from './validate-clipping';
import { type WatchRow, watchKey } from './watch-key';

/** A watched official or directive as the file carries it: the time as ISO 8601. */
export interface ExportedWatch {
  kind: WatchRow['kind'];
  label: string;
  starredAt: string;
}

/** A star taken away, as the file's `unwatched` list carries it. */
export interface ExportedUnwatch extends ExportedWatch {
  removedAt: string;
}

/** The file's two watch lists. */
export interface ExportedWatchLists {
  watch: ExportedWatch[];
  unwatched: ExportedUnwatch[];
}

/** A name or an id: longer is no name. */
const LABEL_LIMIT = 300;

/** An entry's fields: a sync document's body has them too (lib/sync/watch-doc.ts). */
export const WATCH_ENTRY_SHAPE = { kind: literal('official', 'directive'), label: string(LABEL_LIMIT), starredAt: checkMoment };

const checkEntry = object(WATCH_ENTRY_SHAPE);
const checkRemoval = object({ ...WATCH_ENTRY_SHAPE, removedAt: checkMoment });

/** The row of a checked entry, its label tidied (NFC, trimmed); an empty label is refused. */
export function watchRowOf({ kind, label, starredAt }: { kind: WatchRow['kind']; label: string; starredAt: string }, path: string): WatchRow {
  const tidy = label.normalize('NFC').trim();
  if (!tidy) throw new ValidationError(`${path}.label`, 'empty');
  return { key: watchKey(kind, tidy), kind, label: tidy, starredAt: Date.parse(starredAt) };
}

const iso = (ms: number) => new Date(ms).toISOString();

/** The watch rows, stars and tombstones, as the file's two lists. */
export function toExportedWatch(rows: readonly WatchRow[]): ExportedWatchLists {
  const lists: ExportedWatchLists = { watch: [], unwatched: [] };
  for (const { kind, label, starredAt, removedAt } of rows) {
    if (removedAt === undefined) lists.watch.push({ kind, label, starredAt: iso(starredAt) });
    else lists.unwatched.push({ kind, label, starredAt: iso(starredAt), removedAt: iso(removedAt) });
  }
  return lists;
}

/** The valid entries of a list (absent: none) as rows, counting the refused ones. */
function readEntries(value: unknown, read: (entry: unknown) => WatchRow, into: { rows: WatchRow[]; rejected: number }): void {
  if (value === undefined) return;
  for (const entry of Array.isArray(value) ? value : [value]) {
    try {
      into.rows.push(read(entry));
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      into.rejected++;
    }
  }
}

/** The valid entries of a file's `watch` and `unwatched` values (absent: none) as rows, stars then tombstones, and how many were refused. */
export function readWatchList(watch: unknown, unwatched?: unknown): { rows: WatchRow[]; rejected: number } {
  const read = { rows: [] as WatchRow[], rejected: 0 };
  readEntries(watch, (entry) => watchRowOf(checkEntry(entry, 'watch'), 'watch'), read);
  readEntries(unwatched, (entry) => {
    const removal = checkRemoval(entry, 'unwatched');
    return { ...watchRowOf(removal, 'unwatched'), removedAt: Date.parse(removal.removedAt) };
  }, read);
  return read;
}
