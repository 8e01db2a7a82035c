/** Import of an export file into the collection, with the report the user sees. */
import type { AnnotatorDb } from './db';
import { parseExportFile, type Rejection } from './export-format';
import { mergeRecords } from './merge';

export interface ImportReport {
  added: number;
  updated: number;
  /** Already in the collection as the same or a newer copy. */
  skipped: { index: number; canonicalUrl: string }[];
  /** Invalid records, with the reason each was refused. */
  rejected: Rejection[];
}

/**
 * Validates the whole file before writing anything (a foreign or broken file
 * throws ImportFileError and changes nothing), then merges every valid record
 * in one transaction.
 */
export async function importFile(db: AnnotatorDb, text: string): Promise<ImportReport> {
  const { records, rejected } = parseExportFile(text);
  const results = await mergeRecords(
    db,
    records.map((r) => r.record),
  );
  const report: ImportReport = { added: 0, updated: 0, skipped: [], rejected };
  results.forEach((result, i) => {
    if (result.outcome === 'added') report.added++;
    else if (result.outcome === 'updated') report.updated++;
    else report.skipped.push({ index: records[i]!.index, canonicalUrl: result.canonicalUrl });
  });
  return report;
}
