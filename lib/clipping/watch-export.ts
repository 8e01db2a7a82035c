/**
 * The watch list in the export file: a `watch` list beside the clippings, so
 * the officials and directives a reader follows travel with their collection.
 * Optional (files without it, older ones, still import) and checked entry by
 * entry: a bad entry is refused on its own, never the file.
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

/** A name or an id: longer is no name. */
const LABEL_LIMIT = 300;

/** An entry's fields: a sync document's body has them too (lib/sync/watch-doc.ts). */
export const WATCH_ENTRY_SHAPE = { kind: literal('official', 'directive'), label: string(LABEL_LIMIT), starredAt: checkMoment };

const checkEntry = object(WATCH_ENTRY_SHAPE);

/** The row of a checked entry, its label tidied (NFC, trimmed); an empty label is refused. */
export function watchRowOf({ kind, label, starredAt }: { kind: WatchRow['kind']; label: string; starredAt: string }, path: string): WatchRow {
  const tidy = label.normalize('NFC').trim();
  if (!tidy) throw new ValidationError(`${path}.label`, 'empty');
  return { key: watchKey(kind, tidy), kind, label: tidy, starredAt: Date.parse(starredAt) };
}

export const toExportedWatch = (rows: readonly WatchRow[]): ExportedWatch[] =>
  rows.map(({ kind, label, starredAt }) => ({ kind, label, starredAt: new Date(starredAt).toISOString() }));

/** The valid entries of a file's `watch` value (absent: none) as rows, and how many were refused. */
export function readWatchList(value: unknown): { rows: WatchRow[]; rejected: number } {
  if (value === undefined) return { rows: [], rejected: 0 };
  const entries: unknown[] = Array.isArray(value) ? value : [value];
  const rows: WatchRow[] = [];
  for (const entry of entries) {
    try {
      rows.push(watchRowOf(checkEntry(entry, 'watch'), 'watch'));
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
    }
  }
  return { rows, rejected: entries.length - rows.length };
}
