/**
 * The library's exports: reads the clippings (all, or the filtered ids),
 * writes the chosen format with this folder's writers for other tools, or the
 * extension's own JSON (download.ts, the collection's path too), and hands the
 * browser a download named by the date and the filter (download-name.ts).
 */
import type { CollectionFilter } from '../collection/filter';
import { decodeWithoutText } from '../research/line-parts';
import { readLines, readRecords } from '../store/clippings';
import type { AnnotatorDb } from '../store/db';
import { cslJson } from './csl';
import { clippingsCsv, directivesCsv, officialsCsv } from './csv';
import { download, exportJson } from './download';
import { downloadName } from './download-name';
import { markdownZip } from './markdown';
import { ris } from './ris';

export type ExportKind = 'csv' | 'officials-csv' | 'directives-csv' | 'ris' | 'csl' | 'markdown' | 'json';
export const EXPORT_KINDS: readonly ExportKind[] = ['csv', 'officials-csv', 'directives-csv', 'ris', 'csl', 'markdown', 'json'];

const CSV = 'text/csv;charset=utf-8';

/** Exports the clippings (all, or those ids) in one format; `filter` names the file (null: everything). Returns how many clippings. */
export async function exportFor(db: AnnotatorDb, kind: ExportKind, ids: readonly string[] | undefined, filter: CollectionFilter | null): Promise<number> {
  if (kind === 'json') return exportJson(db, ids, filter);
  // Markdown carries the article text, RIS and CSL-JSON its lead; the others skip decoding it (most of each line).
  const records = kind === 'markdown' || kind === 'ris' || kind === 'csl' ? await readRecords(db, ids) : (await readLines(db, ids)).map(decodeWithoutText);
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
    case 'ris':
      download([ris(records)], 'application/x-research-info-systems', downloadName('.ris', filter));
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
