/**
 * The part of the lexicon builder that turns analysed articles into entries:
 * one per person (every title any article gives them, the articles naming
 * them) and one per document (kind, issuer and date as first stated, the
 * subject every citation agrees on). The seed build (build.ts) feeds it the
 * seeds' analyses; the extension feeds it the user's clippings (lib/learn),
 * so both learn by one rule.
 */
import { directiveIdKey, foldKey } from '../text/keys';
import type { Directive, LexiconDirective, LexiconOfficial } from '../matcher/types';

/** What gathering needs of an official and a directive: the matcher's findings fit as they are. */
export type GatheredOfficial = { name: string; titles: readonly string[] };
export type GatheredDirective = Pick<Directive, 'id' | 'kind' | 'issuer' | 'date'> & { subject?: string | null };

export class LexiconGatherer {
  private readonly officialsByKey = new Map<string, LexiconOfficial>();
  private readonly directivesByKey = new Map<string, LexiconDirective & { subjects: string[] }>();

  addOfficial(o: GatheredOfficial, source: string): void {
    const key = foldKey(o.name);
    const entry = this.officialsByKey.get(key) ?? { name: o.name, titles: [], sources: [] };
    for (const title of o.titles) if (!entry.titles.some((t) => foldKey(t) === foldKey(title))) entry.titles.push(title);
    if (!entry.sources.includes(source)) entry.sources.push(source);
    this.officialsByKey.set(key, entry);
  }

  /** A directive's particulars; its subject, when given, counts as one citation's (addSubject). */
  addDirective(d: GatheredDirective, source: string): void {
    const key = directiveIdKey(d.id);
    const entry = this.directivesByKey.get(key) ?? { id: d.id, kind: null, issuer: null, date: null, subject: null, sources: [], subjects: [] };
    entry.kind ??= d.kind;
    entry.issuer ??= d.issuer;
    entry.date ??= d.date;
    if (!entry.sources.includes(source)) entry.sources.push(source);
    this.directivesByKey.set(key, entry);
    if (d.subject) entry.subjects.push(d.subject);
  }

  /** One citation's subject of a directive already added. */
  addSubject(id: string, subject: string): void {
    this.directivesByKey.get(directiveIdKey(id))?.subjects.push(subject);
  }

  officials(): LexiconOfficial[] {
    return [...this.officialsByKey.values()];
  }

  directives(): LexiconDirective[] {
    return [...this.directivesByKey.values()].map(({ subjects, ...d }) => ({ ...d, subject: agreedSubject(subjects) }));
  }
}

/**
 * The subject every citation agrees on: their common opening when one citation
 * is exactly that (the others run on into the sentence), else the most frequent.
 */
export function agreedSubject(subjects: readonly string[]): string | null {
  if (subjects.length === 0) return null;
  const words = subjects.map((s) => s.split(' '));
  const bare = (w: string | undefined) => (w ?? '').replace(/[,;:]$/u, '');
  let common = 0;
  while (words.every((w) => w[common] !== undefined && bare(w[common]) === bare(words[0]![common]))) common++;
  const complete = words.find((w) => w.length === common);
  if (complete) return complete.join(' ');
  const counts = new Map<string, number>();
  for (const s of subjects) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}
