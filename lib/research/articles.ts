/**
 * What the research pages say about one clipped article: where it is, what
 * it is called and its date. An article's date is the one it states
 * (published); one that states none is dated by when it was clipped, and says so.
 */
import { type ArticleSource, articleDay } from '../clipping/research-row';

export interface ArticleRef {
  id: string;
  title: string;
  url: string;
  site: string;
  /** YYYY-MM-DD: the published day, else the day it was clipped (UTC). */
  day: string;
  /** Whether `day` is the article's own date or only the clipping's. */
  dayFrom: 'published' | 'clipped';
}

export function articleRef(record: ArticleSource): ArticleRef {
  return { id: record.id, title: record.title || record.url, url: record.url, site: record.site, ...articleDay(record) };
}

/** Newest first by the article's day, then by when it was clipped (a stable order for one day). */
export function newestFirst<T extends { ref: ArticleRef; clippedAt: number }>(items: T[]): T[] {
  return items.sort((a, b) => (a.ref.day === b.ref.day ? b.clippedAt - a.clippedAt : a.ref.day < b.ref.day ? 1 : -1));
}

/** Something named with the subject, and in how many of its articles. */
export interface Companion {
  /** The key the research page is opened by: an official's folded name, a directive's id. */
  key: string;
  /** As first written (newest article first). */
  label: string;
  count: number;
}

/** Counts keys across articles (once per article), most frequent first, ties in Vietnamese order. */
export class CompanionCounter {
  private readonly counts = new Map<string, Companion>();

  addArticle(entries: readonly { key: string; label: string }[]): void {
    const seen = new Set<string>();
    for (const { key, label } of entries) {
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const known = this.counts.get(key);
      if (known) known.count++;
      else this.counts.set(key, { key, label, count: 1 });
    }
  }

  top(limit: number): Companion[] {
    return [...this.counts.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'vi')).slice(0, limit);
  }
}
