/**
 * Where an export becomes a file: the one download helper (a Blob handed to
 * the browser under a name), and the one path of the extension's own JSON
 * export (lib/clipping/export-format.ts, re-importable), which the
 * collection's "Xuất" and the library's export menu both take. Apart from the
 * other formats' writers (to-file.ts) so the popup does not load them. Runs in
 * extension pages: it uses `document` and `URL`.
 */
import { exportParts } from '../clipping/export-format';
import type { CollectionFilter } from '../collection/filter';
import { readLines } from '../store/clippings';
import type { AnnotatorDb } from '../store/db';
import type { Lang } from '../i18n/i18n';
import { watchRows } from '../store/watch';
import { toExportedWatch } from '../clipping/watch-export';
import { downloadName } from './download-name';

/** Hands the browser a file to download. */
export function download(parts: BlobPart[], type: string, name: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoked later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The export file's parts: the clippings (all, or those ids), the watch list's stars and its removals; and how many clippings. */
export async function exportFile(db: AnnotatorDb, ids: readonly string[] | undefined, now = new Date()): Promise<{ parts: BlobPart[]; count: number }> {
  const [lines, watch] = await Promise.all([readLines(db, ids), watchRows(db)]);
  return { parts: exportParts(lines, now, toExportedWatch(watch)), count: lines.length };
}

/** The export file downloaded, named by the date and `filter` (null: everything) in `lang`; returns how many clippings. */
export async function exportJson(db: AnnotatorDb, ids: readonly string[] | undefined, filter: CollectionFilter | null, lang: Lang): Promise<number> {
  const { parts, count } = await exportFile(db, ids);
  download(parts, 'application/json', downloadName('.json', filter, lang));
  return count;
}
