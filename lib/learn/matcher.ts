/**
 * The learnt matcher: finds in a text the officials and directives the user's
 * collection knows, by one phrase pass over the matcher's normalised text
 * (NFC, one tone-mark placement, case folded). An official is found only by
 * their full name (two words or more, every word capitalised as written, so
 * "văn hóa" is never a Văn Hóa), never by a given name or a surname alone.
 * Runs in the extension's own pages and background only: what it finds says
 * what the user keeps, and a news page must never see it.
 */
import { isUpperChar } from '../matcher/chars';
import { foldKey, normalize, originalRange } from '../matcher/normalize';
import { compilePhrases, scanPhrases } from '../matcher/phrases';
import type { Mention } from '../matcher/types';
import type { LearntLexicon } from './lexicon';

/** An official the collection knows: their name, the titles the clippings gave them (latest kept few), how many clippings. */
export interface KnownOfficial {
  name: string;
  titles: string[];
  clippings: number;
}

export interface KnownDirective {
  id: string;
  kind: string | null;
  issuer: string | null;
  date: string | null;
  subject: string | null;
  clippings: number;
}

export interface LearntMatch<T> {
  known: T;
  mentions: Mention[];
}

/** Everything of the collection a text names: officials by full name, directives by id as written. */
export interface CollectionMatches {
  officials: LearntMatch<KnownOfficial>[];
  directives: LearntMatch<KnownDirective>[];
}

export interface LearntMatcher {
  find(text: string): CollectionMatches;
  /** The collection's particulars of a directive, by id (for directives the page's own analysis found). */
  directive(id: string): KnownDirective | undefined;
  readonly officials: number;
  readonly directives: number;
}

/** Titles kept per official: enough to say who they are, bounded so 10 000 clippings stay small. */
const TITLES_KEPT = 3;

export const directiveKey = (id: string): string => foldKey(id).toUpperCase();

export function createLearntMatcher(lexicon: LearntLexicon): LearntMatcher {
  const officials = new Map<string, KnownOfficial>();
  for (const o of lexicon.officials) {
    const key = foldKey(o.name);
    // A one-word name (a given name, a surname, an initial) is never enough to name a person.
    if (key.split(' ').length < 2) continue;
    officials.set(key, { name: o.name, titles: o.titles.slice(-TITLES_KEPT), clippings: o.sources.length });
  }
  const directives = new Map<string, KnownDirective>();
  for (const d of lexicon.directives) {
    const { sources, ...particulars } = d;
    directives.set(directiveKey(d.id), { ...particulars, clippings: sources.length });
  }
  // Directive ids are folded like names ("57-kl/tw"); the map from a folded phrase back to its entry.
  const byPhrase = new Map<string, { official?: KnownOfficial; directive?: KnownDirective }>();
  for (const [key, official] of officials) byPhrase.set(key, { official });
  for (const directive of directives.values()) {
    const key = foldKey(directive.id);
    byPhrase.set(key, { ...byPhrase.get(key), directive });
  }
  const phrases = compilePhrases(byPhrase.keys());

  return {
    officials: officials.size,
    directives: directives.size,
    directive: (id) => directives.get(directiveKey(id)),
    find(text) {
      const found: CollectionMatches = { officials: [], directives: [] };
      if (!phrases) return found;
      const n = normalize(String(text));
      const officialHits = new Map<KnownOfficial, Mention[]>();
      const directiveHits = new Map<KnownDirective, Mention[]>();
      scanPhrases(phrases, n.lower, (start, end, key) => {
        const entry = byPhrase.get(key);
        if (!entry) return;
        if (entry.official && capitalised(n.text, start, end)) push(officialHits, entry.official, originalRange(n, start, end));
        else if (entry.directive) push(directiveHits, entry.directive, originalRange(n, start, end));
      });
      for (const [known, mentions] of officialHits) found.officials.push({ known, mentions });
      for (const [known, mentions] of directiveHits) found.directives.push({ known, mentions });
      return found;
    },
  };
}

function push<K>(map: Map<K, Mention[]>, key: K, mention: Mention): void {
  const list = map.get(key);
  if (list) list.push(mention);
  else map.set(key, [mention]);
}

/** Every word of the span starts with a capital, as a name is written ("Nguyễn Văn An", "NGUYỄN VĂN AN"). */
function capitalised(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if ((i === start || text[i - 1] === ' ') && !isUpperChar(text[i])) return false;
  return true;
}

