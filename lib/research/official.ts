/**
 * An official's page, from the clippings: every article naming them, newest
 * first, with the titles each gave them, so the change of titles reads as a
 * timeline; and who and what appears with them most. Pure: the page, the
 * tests and the benchmark run the same code.
 *
 * People are matched across articles by folded name (lib/store/fold.ts: case,
 * NFC/NFD and tone placement do not matter, other diacritics do), the key the
 * store already indexes cards by, so the page reads only that person's articles.
 */
import { titleKey } from '../matcher/title-compare';
import { fold } from '../store/fold';
import type { ClippingRecord } from '../store/types';
import { type ArticleRef, articleRef, type Companion, CompanionCounter, newestFirst } from './articles';

/** One article naming the official. */
export interface Appearance {
  ref: ArticleRef;
  clippedAt: number;
  /** The name as this article writes it. */
  name: string;
  /** The titles this article gives them, in its order (none: named without a title). */
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
  /** Newest first. */
  appearances: Appearance[];
  /** Each distinct title (compared folded, abbreviations expanded), most recently given first. */
  titles: TitleSpan[];
  officials: Companion[];
  directives: Companion[];
}

/** The key an official's page is opened by; folding a key again changes nothing. */
export const officialKey = (name: string): string => fold(name.normalize('NFC'));

/** The profile of the official with this key, from any clippings (those not naming them are skipped); null when none names them. */
export function officialProfile(records: readonly ClippingRecord[], key: string, limit = 12): OfficialProfile | null {
  const wanted = officialKey(key);
  const appearances: Appearance[] = [];
  const companions: { clippedAt: number; officials: { key: string; label: string }[]; directives: { key: string; label: string }[] }[] = [];
  for (const record of records) {
    const mine = record.analysis.officials.filter((o) => officialKey(o.name) === wanted);
    if (mine.length === 0) continue;
    // One person may come twice in one analysis (two spellings): their titles join.
    const titles = [...new Set(mine.flatMap((o) => o.titles))];
    appearances.push({ ref: articleRef(record), clippedAt: record.clippedAt, name: mine[0]!.name, titles });
    companions.push({
      clippedAt: record.clippedAt,
      officials: record.analysis.officials.map((o) => ({ key: officialKey(o.name), label: o.name })).filter((o) => o.key !== wanted),
      directives: record.analysis.directives.map((d) => ({ key: d.id, label: d.id })),
    });
  }
  if (appearances.length === 0) return null;
  newestFirst(appearances);
  const officials = new CompanionCounter();
  const directives = new CompanionCounter();
  // Newest first, so a companion's label is its newest spelling.
  for (const c of companions.sort((a, b) => b.clippedAt - a.clippedAt)) {
    officials.addArticle(c.officials);
    directives.addArticle(c.directives);
  }
  return {
    key: wanted,
    name: appearances[0]!.name,
    appearances,
    titles: titleSpans(appearances),
    officials: officials.top(limit),
    directives: directives.top(limit),
  };
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
