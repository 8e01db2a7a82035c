/**
 * The library's exports: reads the clippings (all, or the filtered ids),
 * writes the chosen format with this folder's writers for other tools, or the
 * extension's own JSON (download.ts, the collection's path too), and hands the
 * browser a download named by the date and the filter (download-name.ts).
 */
import type { CollectionFilter } from '../collection/filter';
import type { Lang } from '../i18n/i18n';
import { decodeWithoutText } from '../research/line-parts';
import { readLines, readRecords } from '../store/clippings';
import type { AnnotatorDb } from '../store/db';
import { cslJson } from './csl';
import { clippingsCsv, directivesCsv, officialsCsv } from './csv';
import { download, exportJson } from './download';
import { downloadName } from './download-name';
import { markdownZip } from './markdown';
import { ris } from './ris';
import { workbook } from './workbook';

export type ExportKind = 'xlsx' | 'csv' | 'officials-csv' | 'directives-csv' | 'ris' | 'csl' | 'markdown' | 'json';
export const EXPORT_KINDS: readonly ExportKind[] = ['xlsx', 'csv', 'officials-csv', 'directives-csv', 'ris', 'csl', 'markdown', 'json'];

const CSV = 'text/csv;charset=utf-8';

/** Exports the clippings (all, or those ids) in one format; `filter` names the file (null: everything) in `lang`. Returns how many clippings. */
export async function exportFor(db: AnnotatorDb, kind: ExportKind, ids: readonly string[] | undefined, filter: CollectionFilter | null, lang: Lang): Promise<number> {
  if (kind === 'json') return exportJson(db, ids, filter, lang);
  // Markdown carries the article text, RIS and CSL-JSON its lead; the others skip decoding it (most of each line).
  const records = kind === 'markdown' || kind === 'ris' || kind === 'csl' ? await readRecords(db, ids) : (await readLines(db, ids)).map(decodeWithoutText);
  switch (kind) {
    case 'xlsx':
      download(workbook(records, lang), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', downloadName('.xlsx', filter, lang));
      break;
    case 'csv':
      download([clippingsCsv(records)], CSV, downloadName('.csv', filter, lang));
      break;
    case 'officials-csv':
      download([officialsCsv(records)], CSV, downloadName('.csv', filter, lang, 'officialsFile'));
      break;
    case 'directives-csv':
      download([directivesCsv(records)], CSV, downloadName('.csv', filter, lang, 'directivesFile'));
      break;
    case 'ris':
      download([ris(records)], 'application/x-research-info-systems', downloadName('.ris', filter, lang));
      break;
    case 'csl':
      download([cslJson(records)], 'application/vnd.citationstyles.csl+json', downloadName('.csl.json', filter, lang));
      break;
    case 'markdown':
      download(markdownZip(records, lang), 'application/zip', downloadName('.md.zip', filter, lang));
      break;
  }
  return records.length;
}
