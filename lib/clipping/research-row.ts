/**
 * What the research pages need of one clipping, derived once when it is
 * written (lib/clipping/derive.ts) and kept in the `research` table: its page
 * fields, the titles it gives each official, the particulars it states of each
 * directive, the "carries out" statements of its text (relations.ts), and the
 * keys that list an official's or a directive's articles newest first. A page
 * then reads these small rows, never the article text, and its first screen
 * reads only the newest 100 of them. Pure. When what it derives changes (here
 * or in relations.ts), bump ROWS_GENERATION (lib/store/rebuild-rows.ts) so
 * stored rows are derived again.
 */
import type { Directive } from '../matcher/types';
import { canonicalDirectiveIds } from './directive-ids';
import { correctedFindings } from './corrections';
import { fold, officialPageKey } from '../text/fold';
import { directiveIdKey } from '../text/keys';
import type { ClippingRecord } from './types';
import { carriesOut } from './relations';

/** What an article's place in a list needs: a card (types.ts) has it, so a page can list articles before reading any text. */
export type ArticleSource = Pick<ClippingRecord, 'id' | 'title' | 'url' | 'site' | 'published' | 'clippedAt'>;

/** An article's day (YYYY-MM-DD): the published day it states, else the day it was clipped (UTC), and which of the two. */
export function articleDay(source: Pick<ArticleSource, 'published' | 'clippedAt'>): { day: string; dayFrom: 'published' | 'clipped' } {
  const published = source.published?.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
  return published ? { day: published, dayFrom: 'published' } : { day: new Date(source.clippedAt).toISOString().slice(0, 10), dayFrom: 'clipped' };
}

/** One official of the clipping: every finding with this folded name, joined. */
export interface OfficialFact {
  /** officialPageKey(name): the key their page is opened by. */
  key: string;
  /** As this article first writes it. */
  name: string;
  /** The titles it gives them, in its order, without repeats. */
  titles: string[];
}

/** One directive of the clipping (canonical id, one per document by the id rule) and what the article states of it. */
export type DirectiveFact = Pick<Directive, 'id' | 'kind' | 'issuer' | 'date' | 'subject'>;

/** "from carries out to", with the words of the article that say so. */
export interface RelationFact {
  from: string;
  to: string;
  quote: string;
}

export interface ResearchRow extends ArticleSource {
  /**
   * The multi-entry index (orderKey): one entry per official and directive
   * the clipping's card is indexed by, then its day and clipping time with
   * every digit inverted, so the index's own ascending order, over one key,
   * gives its articles newest first (a forward range: IndexedDB reads the
   * first 100 in one request, where a reverse one walks a cursor).
   */
  order: string[];
  officials: OfficialFact[];
  directives: DirectiveFact[];
  relations: RelationFact[];
}

/** The key an official's page is opened by (lib/text/fold.ts; official.ts re-exports it too). */
export { officialPageKey };

const QUOTE_MAX = 240;
/** Wide enough for any clipping time (ms) up to the year 275 760, so the keys sort as the numbers do. */
const TIME_DIGITS = 16;

export type OrderKind = 'official' | 'directive';
const prefix = (kind: OrderKind, key: string) => `${kind === 'official' ? 'o' : 'd'}\u0000${key}\u0000`;

/** 9 for 0, 0 for 9: ascending order of the inverted digits is descending order of the number. */
const invertDigits = (digits: string) => digits.replace(/\d/g, (d) => String(9 - Number(d)));

/** An entry of `order`: kind, key, then the article's day (articleDay) and the clipping time, newest first. */
export function orderKey(kind: OrderKind, key: string, source: Pick<ArticleSource, 'published' | 'clippedAt'>): string {
  const { day } = articleDay(source);
  const time = String(Math.max(0, Math.trunc(source.clippedAt))).padStart(TIME_DIGITS, '0');
  return `${prefix(kind, key)}${invertDigits(day)}\u0000${invertDigits(time)}`;
}

/** The range of `order` holding one official's or directive's articles (Dexie `between`, lower included). */
export function orderRange(kind: OrderKind, key: string): [string, string] {
  const p = prefix(kind, key);
  return [p, `${p}\uffff`];
}

/**
 * The clipping's research row. `indexed` are the card's official keys and
 * directive ids (derive.ts), so a page finds exactly the clippings the
 * library's facets count.
 */
export function researchRow(record: ClippingRecord, indexed: { officialKeys: readonly string[]; directives: readonly string[] }): ResearchRow {
  const found = correctedFindings(record);
  const officials = new Map<string, OfficialFact>();
  for (const o of found.officials) {
    const key = officialPageKey(o.name);
    const known = officials.get(key);
    if (known) known.titles = [...new Set([...known.titles, ...o.titles])];
    else officials.set(key, { key, name: o.name, titles: [...new Set(o.titles)] });
  }
  // The directives under the ids the card is indexed by (an older analysis's "16/KL-TW" is 16-KL/TW now).
  const ids = canonicalDirectiveIds(found.directives);
  const canonical = found.directives.map((d, i) => ({ ...d, id: ids[i] ?? d.id }));
  const directives = new Map<string, DirectiveFact>();
  for (const { id, kind, issuer, date, subject } of canonical) {
    const key = directiveIdKey(id);
    if (!directives.has(key)) directives.set(key, { id, kind, issuer, date, subject });
  }
  const relations = carriesOut(record.text, canonical).map((r) => ({
    from: r.from,
    to: r.to,
    quote: record.text.slice(r.start, r.end).replace(/\s+/g, ' ').slice(0, QUOTE_MAX),
  }));
  return {
    id: record.id,
    title: record.title,
    url: record.url,
    site: record.site,
    published: record.published,
    clippedAt: record.clippedAt,
    order: [...indexed.officialKeys.map((k) => orderKey('official', k, record)), ...indexed.directives.map((d) => orderKey('directive', d, record))],
    officials: [...officials.values()],
    directives: [...directives.values()],
    relations,
  };
}
