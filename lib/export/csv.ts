/**
 * CSV for spreadsheets: one row a clipping, and one row an official or a
 * directive with its article count. RFC 4180 (CRLF, every field quoted, quotes
 * doubled), UTF-8 with a byte-order mark so Excel reads Vietnamese; each cell
 * is neutralised against formulas (./csv-cell.ts says how).
 */
import type { ClippingRecord } from '../clipping/types';
import { csvCell } from './csv-cell';
import { directiveIds, directiveTallies, officialNames, officialTallies, type Tally, valuesOf } from './findings';

export const BOM = '\uFEFF';

export function csv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Lists inside one cell: "; " between items. */
const list = (items: readonly string[]) => items.join('; ');
const iso = (ms: number) => new Date(ms).toISOString();

export const CLIPPING_COLUMNS = [
  'id', 'title', 'site', 'url', 'canonical_url', 'author', 'published', 'clipped_at', 'updated_at',
  'foreign_info', 'score', 'officials', 'directives', 'tags', 'note',
] as const;

/** One row a clipping (not the article text: spreadsheets cap a cell at 32 767 characters). */
export function clippingsCsv(records: readonly ClippingRecord[]): string {
  return csv(
    CLIPPING_COLUMNS,
    records.map((r) => [
      r.id, r.title, r.site, r.url, r.canonicalUrl, r.author, r.published, iso(r.clippedAt), iso(r.updatedAt),
      r.analysis.foreignInfo.isForeignInfo ? 'yes' : 'no', r.analysis.foreignInfo.score,
      list(officialNames(r)), list(directiveIds(r)), list(r.tags), r.note,
    ]),
  );
}

const joined = (t: Tally, name: string) => list(valuesOf(t, name));

/** One row an official: name, every title the articles give, article count, first and last article day. */
export function officialsCsv(records: readonly ClippingRecord[]): string {
  const rows = officialTallies(records);
  return csv(['name', 'titles', 'articles', 'first_article', 'last_article'], rows.map((t) => [t.label, joined(t, 'titles'), t.articles, t.first, t.last]));
}

/** One row a directive: id, every kind, issuer, date and subject the articles state (differences kept), article count. */
export function directivesCsv(records: readonly ClippingRecord[]): string {
  const rows = directiveTallies(records);
  return csv(
    ['id', 'kind', 'issuer', 'date', 'subject', 'articles', 'first_article', 'last_article'],
    rows.map((t) => [t.label, joined(t, 'kind'), joined(t, 'issuer'), joined(t, 'date'), joined(t, 'subject'), t.articles, t.first, t.last]),
  );
}
