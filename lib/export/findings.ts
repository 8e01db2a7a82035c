/**
 * What every export says of a clipping's findings, read one way for all of
 * them: its officials (one a person, by the folded name), its documents (one
 * an id, by the ids its card is indexed by), its lead paragraph, and the
 * tallies of officials and directives across clippings that the CSV, the
 * workbook and the Obsidian notes list.
 */
import { officialPageKey } from '../research/official';
import { canonicalDirectiveIds } from '../clipping/directive-ids';
import { directiveIdKey } from '../text/keys';
import type { ClippingRecord } from '../clipping/types';
import { correctedFindings } from '../clipping/corrections';

const iso = (ms: number) => new Date(ms).toISOString();

/** A clipping's documents by the ids its card is indexed by (lib/clipping/directive-ids.ts), one each. */
export function directiveIds(record: ClippingRecord): string[] {
  const byKey = new Map<string, string>();
  for (const id of canonicalDirectiveIds(correctedFindings(record).directives)) if (!byKey.has(directiveIdKey(id))) byKey.set(directiveIdKey(id), id);
  return [...byKey.values()];
}

/** A clipping's officials, one name a person. */
export function officialNames(record: ClippingRecord): string[] {
  const byKey = new Map<string, string>();
  for (const o of correctedFindings(record).officials) if (!byKey.has(officialPageKey(o.name))) byKey.set(officialPageKey(o.name), o.name);
  return [...byKey.values()];
}

/** The article's first paragraph (its lead, "sapo"), on one line; '' when the text was not read. */
export function leadOf(text: string): string {
  for (const para of text.split(/\r?\n\s*\n|\r?\n/)) if (para.trim()) return para.replace(/\s+/gu, ' ').trim();
  return '';
}

/** The day an article is dated by (published, else clipped). */
export const dayOf = (r: ClippingRecord) => r.published?.slice(0, 10) ?? iso(r.clippedAt).slice(0, 10);

export interface Tally {
  /** The official's name or the directive's id, as first met. */
  label: string;
  articles: number;
  first: string;
  last: string;
  /** Every value the articles give for each particular (titles; kind, issuer, date, subject). */
  values: Map<string, Set<string>>;
  /** The clippings that name it, in the order given. */
  records: ClippingRecord[];
}

function tally(records: readonly ClippingRecord[], entries: (r: ClippingRecord) => { key: string; label: string; values: Record<string, readonly (string | null)[]> }[]) {
  const tallies = new Map<string, Tally>();
  for (const record of records) {
    const day = dayOf(record);
    const seen = new Set<string>();
    for (const { key, label, values } of entries(record)) {
      let t = tallies.get(key);
      if (!t) tallies.set(key, (t = { label, articles: 0, first: day, last: day, values: new Map(), records: [] }));
      if (!seen.has(key)) {
        seen.add(key);
        t.articles++;
        t.records.push(record);
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

/** Every value of one particular, in the order first met. */
export const valuesOf = (t: Tally, name: string): string[] => [...(t.values.get(name) ?? [])];

/** One tally a person (folded name), with every title the articles give; most articles first. */
export function officialTallies(records: readonly ClippingRecord[]): Tally[] {
  return tally(records, (r) => correctedFindings(r).officials.map((o) => ({ key: officialPageKey(o.name), label: o.name, values: { titles: o.titles } })));
}

/** One tally a directive id, with every kind, issuer, date and subject the articles state (differences kept). */
export function directiveTallies(records: readonly ClippingRecord[]): Tally[] {
  return tally(records, (r) => {
    const { directives } = correctedFindings(r);
    const ids = canonicalDirectiveIds(directives);
    return directives.map((d, i) => {
      const id = ids[i] ?? d.id;
      return { key: directiveIdKey(id), label: id, values: { kind: [d.kind], issuer: [d.issuer], date: [d.date], subject: [d.subject] } };
    });
  });
}
