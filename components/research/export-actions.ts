/**
 * The library's exports for other tools: reads the clippings (all, or the
 * filtered ids), writes the chosen format with the pure writers in lib/export
 * and hands the browser a download named by the date and the filter.
 */
import { cslJson } from '@/lib/export/csl';
import { clippingsCsv, directivesCsv, officialsCsv } from '@/lib/export/csv';
import { downloadName } from '@/lib/export/download-name';
import { markdownZip } from '@/lib/export/markdown';
import { decodeWithoutText } from '@/lib/research/line-parts';
import { readLines, readRecords } from '@/lib/store/clippings';
import type { AnnotatorDb } from '@/lib/store/db';
import { exportParts } from '@/lib/clipping/export-format';
import type { CollectionFilter } from '@/lib/collection/filter';

export type ExportKind = 'csv' | 'officials-csv' | 'directives-csv' | 'csl' | 'markdown' | 'json';
export const EXPORT_KINDS: readonly ExportKind[] = ['csv', 'officials-csv', 'directives-csv', 'csl', 'markdown', 'json'];

const CSV = 'text/csv;charset=utf-8';

function download(parts: BlobPart[], type: string, name: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoked later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Exports the clippings (all, or those ids) in one format; `filter` names the file (null: everything). Returns how many clippings. */
export async function exportFor(db: AnnotatorDb, kind: ExportKind, ids: readonly string[] | undefined, filter: CollectionFilter | null): Promise<number> {
  if (kind === 'json') {
    // The extension's own format, as "Xuất" writes it (re-importable), named like the others.
    const lines = await readLines(db, ids);
    download(exportParts(lines), 'application/json', downloadName('.json', filter));
    return lines.length;
  }
  // Only Markdown carries the article text; the others skip decoding it (most of each line).
  const records = kind === 'markdown' ? await readRecords(db, ids) : (await readLines(db, ids)).map(decodeWithoutText);
  switch (kind) {
    case 'csv':
      download([clippingsCsv(records)], CSV, downloadName('.csv', filter));
      break;
    case 'officials-csv':
      download([officialsCsv(records)], CSV, downloadName('.csv', filter, 'quan-chuc'));
      break;
    case 'directives-csv':
      download([directivesCsv(records)], CSV, downloadName('.csv', filter, 'van-ban'));
      break;
    case 'csl':
      download([cslJson(records)], 'application/vnd.citationstyles.csl+json', downloadName('.csl.json', filter));
      break;
    case 'markdown':
      download(markdownZip(records), 'application/zip', downloadName('.md.zip', filter));
      break;
  }
  return records.length;
}
