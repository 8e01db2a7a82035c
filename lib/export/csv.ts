/**
 * CSV for spreadsheets: one row a clipping, and one row an official or a
 * directive with its article count. RFC 4180 (CRLF, every field quoted, quotes
 * doubled), UTF-8 with a byte-order mark so Excel reads Vietnamese; each cell
 * is neutralised against formulas (./csv-cell.ts says how).
 */
import { officialPageKey } from '../research/official';
import { canonicalDirectiveIds } from '../clipping/directive-ids';
import { directiveIdKey } from '../text/keys';
import type { ClippingRecord } from '../clipping/types';
import { correctedFindings } from '../clipping/corrections';
import { csvCell } from './csv-cell';

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
      list(distinctNames(r)), list(directiveIds(r)), list(r.tags), r.note,
    ]),
  );
}

/** A clipping's documents by the ids its card is indexed by (lib/clipping/directive-ids.ts), one each. */
export function directiveIds(record: ClippingRecord): string[] {
  const byKey = new Map<string, string>();
  for (const id of canonicalDirectiveIds(correctedFindings(record).directives)) if (!byKey.has(directiveIdKey(id))) byKey.set(directiveIdKey(id), id);
  return [...byKey.values()];
}

function distinctNames(record: ClippingRecord): string[] {
  const byKey = new Map<string, string>();
  for (const o of correctedFindings(record).officials) if (!byKey.has(officialPageKey(o.name))) byKey.set(officialPageKey(o.name), o.name);
  return [...byKey.values()];
}

/** The day an article is dated by (published, else clipped). */
const dayOf = (r: ClippingRecord) => r.published?.slice(0, 10) ?? iso(r.clippedAt).slice(0, 10);

interface Tally {
  label: string;
  articles: number;
  first: string;
  last: string;
  values: Map<string, Set<string>>;
}

function tally(records: readonly ClippingRecord[], entries: (r: ClippingRecord) => { key: string; label: string; values: Record<string, readonly (string | null)[]> }[]) {
  const tallies = new Map<string, Tally>();
  for (const record of records) {
    const day = dayOf(record);
    const seen = new Set<string>();
    for (const { key, label, values } of entries(record)) {
      let t = tallies.get(key);
      if (!t) tallies.set(key, (t = { label, articles: 0, first: day, last: day, values: new Map() }));
      if (!seen.has(key)) {
        seen.add(key);
        t.articles++;
        if (day < t.first) t.first = day;
        if (day > t.last) t.last = day;
      }
      for (const [name, vs] of Object.entries(values)) {
        const set = t.values.get(name) ?? new Set<string>();
        for (const v of vs) if (v) set.add(v);
        t.values.set(name, set);
      }
    }
  }
  return [...tallies.values()].sort((a, b) => b.articles - a.articles || a.label.localeCompare(b.label, 'vi'));
}

const joined = (t: Tally, name: string) => list([...(t.values.get(name) ?? [])]);

/** One row an official: name, every title the articles give, article count, first and last article day. */
export function officialsCsv(records: readonly ClippingRecord[]): string {
  const rows = tally(records, (r) => correctedFindings(r).officials.map((o) => ({ key: officialPageKey(o.name), label: o.name, values: { titles: o.titles } })));
  return csv(['name', 'titles', 'articles', 'first_article', 'last_article'], rows.map((t) => [t.label, joined(t, 'titles'), t.articles, t.first, t.last]));
}

/** One row a directive: id, every kind, issuer, date and subject the articles state (differences kept), article count. */
export function directivesCsv(records: readonly ClippingRecord[]): string {
  const rows = tally(records, (r) => {
    const { directives } = correctedFindings(r);
    const ids = canonicalDirectiveIds(directives);
    return directives.map((d, i) => {
      const id = ids[i] ?? d.id;
      return { key: directiveIdKey(id), label: id, values: { kind: [d.kind], issuer: [d.issuer], date: [d.date], subject: [d.subject] } };
    });
  });
  return csv(
    ['id', 'kind', 'issuer', 'date', 'subject', 'articles', 'first_article', 'last_article'],
    rows.map((t) => [t.label, joined(t, 'kind'), joined(t, 'issuer'), joined(t, 'date'), joined(t, 'subject'), t.articles, t.first, t.last]),
  );
}
