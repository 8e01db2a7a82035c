/**
 * An official's page, from the clippings: every article naming them, newest
 * first, with the titles each gave them, so the change of titles reads as a
 * timeline; and who and what appears with them most. Pure: the page, the
 * tests and the benchmark run the same code.
 *
 * People are matched across articles by folded name (lib/text/fold.ts: case,
 * NFC/NFD and tone placement do not matter, other diacritics do), the key the
 * store already indexes cards by, so the page reads only that person's articles.
 */
import { titleKey } from '../matcher/title-compare';
import { researchRowOf } from '../clipping/derive';
import type { ClippingRecord } from '../clipping/types';
import { type ArticleRef, articleRef, type Companion, CompanionCounter, newestFirst } from './articles';
import { officialPageKey, type ResearchRow } from '../clipping/research-row';

export { officialPageKey };

/** One article naming the official. */
export interface Appearance {
  ref: ArticleRef;
  clippedAt: number;
  /** The name as this article writes it. */
  name: string;
  /** The titles this article gives them, in its order (empty: named without a title). */
  titles: string[];
}

/** One title across the articles: when it was first and last given. */
export interface TitleSpan {
  /** As the newest article writes it. */
  title: string;
  first: string;
  last: string;
  articles: number;
}

export interface OfficialProfile {
  key: string;
  /** The name as the newest article writes it. */
  name: string;
  /** How many articles name them. */
  total: number;
  /** Newest first: all of them, or only the newest while the page is still reading (complete false). */
  appearances: Appearance[];
  /** Each distinct title (compared folded, abbreviations expanded), most recently given first. */
  titles: TitleSpan[];
  officials: Companion[];
  directives: Companion[];
  /** False for the first screen, from the newest articles only: title spans and companions are still being read. */
  complete: boolean;
}

/** What one article says of the official and who and what it names besides. */
interface Sighting {
  appearance: Appearance;
  officials: { key: string; label: string }[];
  directives: { key: string; label: string }[];
}

function sightings(rows: readonly ResearchRow[], wanted: string): Sighting[] {
  return rows.flatMap((row) => {
    const mine = row.officials.find((o) => o.key === wanted);
    if (!mine) return [];
    return [
      {
        appearance: { ref: articleRef(row), clippedAt: row.clippedAt, name: mine.name, titles: mine.titles },
        officials: row.officials.map((o) => ({ key: o.key, label: o.name })),
        directives: row.directives.map((d) => ({ key: d.id, label: d.id })),
      },
    ];
  });
}

/** The profile of the official with this key from research rows (lib/clipping/research-row.ts; rows not naming them are skipped); null when none names them. */
export function officialFromRows(rows: readonly ResearchRow[], key: string, limit = 12): OfficialProfile | null {
  const wanted = officialPageKey(key);
  const seen = sightings(rows, wanted);
  if (seen.length === 0) return null;
  const appearances = newestFirst(seen.map((s) => s.appearance));
  const officials = new CompanionCounter();
  const directives = new CompanionCounter();
  // Newest first, so a companion's label is its newest spelling.
  for (const s of [...seen].sort((a, b) => b.appearance.clippedAt - a.appearance.clippedAt)) {
    officials.addArticle(s.officials.filter((o) => o.key !== wanted));
    directives.addArticle(s.directives);
  }
  return {
    key: wanted,
    name: appearances[0]!.name,
    total: appearances.length,
    appearances,
    titles: titleSpans(appearances),
    officials: officials.top(limit),
    directives: directives.top(limit),
    complete: true,
  };
}

/**
 * The first screen, from the newest rows only (the page reads the rest
 * after): the newest articles with their titles, and how many there are in
 * all. When the rows are all there are, the whole profile.
 */
export function officialFirst(newest: readonly ResearchRow[], key: string, total: number): OfficialProfile | null {
  if (newest.length >= total) return officialFromRows(newest, key);
  const wanted = officialPageKey(key);
  const appearances = newestFirst(sightings(newest, wanted).map((s) => s.appearance));
  if (appearances.length === 0) return null;
  return { key: wanted, name: appearances[0]!.name, total, appearances, titles: [], officials: [], directives: [], complete: false };
}

/** The profile of the official with this key, from whole clippings (those not naming them are skipped); null when none names them. */
export function officialProfile(records: readonly ClippingRecord[], key: string, limit = 12): OfficialProfile | null {
  return officialFromRows(records.map(researchRowOf), key, limit);
}

/** Appearances newest first -> each title's first and last day, most recently given first. */
export function titleSpans(appearances: readonly Appearance[]): TitleSpan[] {
  const spans = new Map<string, TitleSpan>();
  for (const { ref, titles } of appearances) {
    for (const title of new Set(titles.map((t) => t.trim()).filter(Boolean))) {
      const key = titleKey(title);
      const span = spans.get(key);
      if (!span) spans.set(key, { title, first: ref.day, last: ref.day, articles: 1 });
      else {
        span.articles++;
        if (ref.day < span.first) span.first = ref.day;
        if (ref.day > span.last) span.last = ref.day;
      }
    }
  }
  return [...spans.values()].sort((a, b) => (a.last === b.last ? (a.first < b.first ? 1 : -1) : a.last < b.last ? 1 : -1));
}
