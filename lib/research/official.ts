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
import type { ClippingCard, ClippingRecord } from '../store/types';
import { type ArticleRef, articleRef, type Companion, CompanionCounter, newestFirst } from './articles';
import { correctedFindings } from '../store/corrections';

/** One article naming the official. */
export interface Appearance {
  ref: ArticleRef;
  clippedAt: number;
  /** The name as this article writes it. */
  name: string;
  /** The titles this article gives them, in its order (empty: named without a title; null: not read yet). */
  titles: string[] | null;
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
  /** False for the overview from the cards: the titles are still being read. */
  complete: boolean;
}

/** The key an official's page is opened by; folding a key again changes nothing. */
export const officialKey = (name: string): string => fold(name.normalize('NFC'));

/** What one article says of the official and who and what it names besides. */
interface Sighting {
  appearance: Appearance;
  officials: { key: string; label: string }[];
  directives: { key: string; label: string }[];
}

function profileOf(wanted: string, sightings: Sighting[], limit: number, complete: boolean): OfficialProfile | null {
  if (sightings.length === 0) return null;
  const appearances = newestFirst(sightings.map((s) => s.appearance));
  const officials = new CompanionCounter();
  const directives = new CompanionCounter();
  // Newest first, so a companion's label is its newest spelling.
  for (const s of [...sightings].sort((a, b) => b.appearance.clippedAt - a.appearance.clippedAt)) {
    officials.addArticle(s.officials.filter((o) => o.key !== wanted));
    directives.addArticle(s.directives);
  }
  return {
    key: wanted,
    name: appearances[0]!.name,
    appearances,
    titles: titleSpans(appearances),
    officials: officials.top(limit),
    directives: directives.top(limit),
    complete,
  };
}

/** The profile of the official with this key, from any clippings (those not naming them are skipped); null when none names them. */
export function officialProfile(records: readonly ClippingRecord[], key: string, limit = 12): OfficialProfile | null {
  const wanted = officialKey(key);
  const sightings: Sighting[] = [];
  for (const record of records) {
    const found = correctedFindings(record);
    const mine = found.officials.filter((o) => officialKey(o.name) === wanted);
    if (mine.length === 0) continue;
    // One person may come twice in one analysis (two spellings): their titles join.
    const titles = [...new Set(mine.flatMap((o) => o.titles))];
    sightings.push({
      appearance: { ref: articleRef(record), clippedAt: record.clippedAt, name: mine[0]!.name, titles },
      officials: found.officials.map((o) => ({ key: officialKey(o.name), label: o.name })),
      directives: found.directives.map((d) => ({ key: d.id, label: d.id })),
    });
  }
  return profileOf(wanted, sightings, limit, true);
}

/**
 * The same page from the cards alone (what the list already holds: names,
 * directives, dates), before any article is read: every article and every
 * companion, the titles not yet (null).
 */
export function officialOverview(cards: readonly ClippingCard[], key: string, limit = 12): OfficialProfile | null {
  const wanted = officialKey(key);
  const sightings: Sighting[] = [];
  for (const card of cards) {
    const at = card.officialKeys.indexOf(wanted);
    if (at < 0) continue;
    sightings.push({
      appearance: { ref: articleRef(card), clippedAt: card.clippedAt, name: card.officials[at]!, titles: null },
      officials: card.officialKeys.map((k, i) => ({ key: k, label: card.officials[i]! })),
      directives: card.directives.map((d) => ({ key: d, label: d })),
    });
  }
  return profileOf(wanted, sightings, limit, false);
}

/** Appearances newest first -> each title's first and last day, most recently given first. */
export function titleSpans(appearances: readonly Appearance[]): TitleSpan[] {
  const spans = new Map<string, TitleSpan>();
  for (const { ref, titles } of appearances) {
    for (const title of new Set((titles ?? []).map((t) => t.trim()).filter(Boolean))) {
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
