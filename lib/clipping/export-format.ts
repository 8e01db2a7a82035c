/**
 * The export file: one JSON object {format, version, exportedAt, watch, unwatched, clippings}
 * (watch, unwatched: the watch list's stars and removals, watch-export.ts, optional),
 * documented by export.schema.json beside this file. Importing reads the same
 * format; a file of another format, a newer version or broken JSON is refused
 * whole, while a bad record inside a good file is rejected on its own, with
 * its reason.
 */
import { ValidationError } from '../base/validate';
import { hasCorrections } from './corrections';
import { mergeQuotes, type QuoteLists } from './quotes';
import type { ClippingRecord, ExportedClipping } from './types';
import { checkExportedClipping, checkMoment } from './validate-clipping';
import type { ExportedUnwatch, ExportedWatch, ExportedWatchLists } from './watch-export';

export const EXPORT_FORMAT = 'ttdn-clippings';
/** 2: a clipping may carry the user's `corrections`; 3: its `quotes`. Older files (without them) are still read. */
export const EXPORT_VERSION = 3;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  /** The watch list (absent in files made before it travelled). */
  watch?: ExportedWatch[];
  /** The stars taken away (absent in files made before removals travelled, and when there are none). */
  unwatched?: ExportedUnwatch[];
  clippings: ExportedClipping[];
}

/** Where the article is and what it is called: the fields the card and the file both carry as they are. */
export function pageFields(record: ClippingRecord): Pick<ClippingRecord, 'id' | 'canonicalUrl' | 'url' | 'site' | 'title' | 'author' | 'published'> {
  const { id, canonicalUrl, url, site, title, author, published } = record;
  return { id, canonicalUrl, url, site, title, author, published };
}

/** Every field an exported clipping may have: what this version knows (lib/sync carries over the others it finds). */
export const EXPORTED_FIELDS = [
  'id', 'canonicalUrl', 'url', 'site', 'title', 'author', 'published', 'clippedAt', 'updatedAt', 'note', 'tags', 'corrections', 'quotes', 'deletedQuotes', 'text', 'analysis',
] as const satisfies readonly (keyof ExportedClipping)[];

/** The known fields only, always in this order: a stored line is exactly the clipping's line in the file. */
export function toExported(record: ClippingRecord): ExportedClipping {
  return {
    ...pageFields(record),
    clippedAt: new Date(record.clippedAt).toISOString(),
    updatedAt: new Date(record.updatedAt).toISOString(),
    note: record.note,
    tags: record.tags,
    // Before the text: line-parts.ts reads everything up to the text without decoding it.
    ...(hasCorrections(record.corrections) ? { corrections: record.corrections } : {}),
    ...(record.quotes?.length ? { quotes: record.quotes } : {}),
    ...(record.deletedQuotes?.length ? { deletedQuotes: record.deletedQuotes } : {}),
    text: record.text,
    analysis: record.analysis,
  };
}

export function fromExported(clipping: ExportedClipping): ClippingRecord {
  const { corrections, quotes, deletedQuotes, ...rest } = clipping;
  const record: ClippingRecord = { ...rest, clippedAt: Date.parse(clipping.clippedAt), updatedAt: Date.parse(clipping.updatedAt) };
  if (hasCorrections(corrections)) record.corrections = corrections;
  const lists = settledQuotes({ quotes, deletedQuotes });
  if (lists.quotes?.length) record.quotes = [...lists.quotes];
  if (lists.deletedQuotes?.length) record.deletedQuotes = [...lists.deletedQuotes];
  return record;
}

/**
 * A quote both listed and deleted (an older version, which carries the tombstones
 * over without knowing them, put it back) stays deleted, its comment joining the
 * tombstone's (quotes.ts); lists without such a quote are read as they are.
 */
function settledQuotes(lists: QuoteLists): QuoteLists {
  const gone = new Set(lists.deletedQuotes?.map((q) => q.id));
  return lists.quotes?.some((q) => gone.has(q.id)) ? mergeQuotes(lists, {}) : lists;
}

/**
 * The file in pieces for a Blob: the head, then each clipping's stored line
 * (record-line.ts) as it is, one per line. 10 000 articles never become one
 * giant string, and no article is parsed or encoded again.
 */
export function exportParts(lines: readonly Uint8Array<ArrayBuffer>[], now = new Date(), { watch, unwatched }: ExportedWatchLists = { watch: [], unwatched: [] }): BlobPart[] {
  const removals = unwatched.length ? `,"unwatched":${JSON.stringify(unwatched)}` : '';
  const head = `{"format":${JSON.stringify(EXPORT_FORMAT)},"version":${EXPORT_VERSION},"exportedAt":${JSON.stringify(now.toISOString())},"watch":${JSON.stringify(watch)}${removals},"clippings":[`;
  return [head, ...lines.flatMap((line, i) => [i ? ',\n' : '\n', line]), '\n]}\n'];
}

export type ImportFileProblem = 'not-json' | 'foreign' | 'newer-version' | 'malformed';

/** The whole file is unusable; nothing was imported. */
export class ImportFileError extends Error {
  constructor(
    readonly problem: ImportFileProblem,
    message: string,
  ) {
    super(message);
    this.name = 'ImportFileError';
  }
}

export interface Rejection {
  /** Position of the record in the file's clippings list. */
  index: number;
  /** The validator's own words (English, for the log and the schema test). */
  reason: string;
  /** The field refused and what was wrong with it, for the UI to say in the reader's language. */
  path?: string;
  problem?: string;
}

export interface ParsedImport {
  /** The valid records, each with its position in the file. */
  records: { index: number; record: ClippingRecord }[];
  rejected: Rejection[];
}

/** The clippings list and the watch values of an export file, once its head is known good; throws ImportFileError for a file refused whole. */
export function readFileHead(text: string): { clippings: unknown[]; watch: unknown; unwatched: unknown } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ImportFileError('not-json', `Not a JSON file (${error instanceof Error ? error.message : 'unreadable'}).`);
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== EXPORT_FORMAT)
    throw new ImportFileError('foreign', `Not an export of this extension: "format" must be "${EXPORT_FORMAT}".`);
  const { version, clippings } = data as { version?: unknown; clippings?: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    throw new ImportFileError('malformed', '"version" must be a whole number.');
  if (version > EXPORT_VERSION)
    throw new ImportFileError('newer-version', `Made by a newer version of the extension (file version ${version}, this one reads up to ${EXPORT_VERSION}): update the extension first.`);
  if (!Array.isArray(clippings)) throw new ImportFileError('malformed', '"clippings" must be a list.');
  try {
    checkMoment((data as { exportedAt?: unknown }).exportedAt, 'exportedAt');
  } catch (error) {
    throw new ImportFileError('malformed', error instanceof Error ? error.message : String(error));
  }
  const { watch, unwatched } = data as { watch?: unknown; unwatched?: unknown };
  return { clippings, watch, unwatched };
}

/** Checks the records from..to of a file's clippings list into `into`. */
export function checkRecords(clippings: readonly unknown[], from: number, to: number, into: ParsedImport): void {
  for (let index = from; index < to; index++) {
    try {
      into.records.push({ index, record: fromExported(checkExportedClipping(clippings[index], `clippings[${index}]`)) });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      into.rejected.push({ index, reason: error.message, path: error.path, problem: error.problem });
    }
  }
}

/** Reads an export file's text: the valid records, and the invalid ones with their reasons. */
export function parseExportFile(text: string): ParsedImport {
  const { clippings } = readFileHead(text);
  const parsed: ParsedImport = { records: [], rejected: [] };
  checkRecords(clippings, 0, clippings.length, parsed);
  return parsed;
}
