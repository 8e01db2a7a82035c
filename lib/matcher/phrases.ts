/**
 * Phrase lists compiled into one regular expression, so the text is scanned
 * once for all of them instead of once per phrase (mark.js' way is one DOM pass
 * per term). Phrases are folded (case, tone placement) and matched on the
 * lower-cased matching text; a single space in a phrase matches a single space.
 * Matches are whole words: no letter or digit may touch either end.
 */
import { foldKey } from './normalize';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Folds and de-duplicates phrases into one alternation, longest first, so the
 * longest phrase wins at a start. (V8 compiles an alternation of literals into
 * a decision tree on its own; a hand-built trie was no faster.)
 */
export function compilePhrases(phrases: Iterable<string>): RegExp | null {
  const keys = [...new Set([...phrases].map(foldKey).filter((k) => k.length > 0))];
  if (keys.length === 0) return null;
  keys.sort((a, b) => b.length - a.length);
  // No look-behind for the left edge: it stops the engine from skipping ahead to
  // a possible first letter, and costs several times the whole scan. findPhrases checks it.
  return new RegExp(`(?:${keys.map(escape).join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'gu');
}

/** Letters, combining marks and digits: what may not touch a phrase's edge. */
export function isWordChar(c: number): boolean {
  if (Number.isNaN(c)) return false;
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(c));
}

export interface PhraseHit {
  start: number;
  end: number;
  /** The folded phrase as matched. */
  key: string;
}

/** Calls `visit` for every hit of the compiled phrases in a lower-cased matching text, in order. */
export function scanPhrases(re: RegExp | null, lower: string, visit: (start: number, end: number, key: string) => void): void {
  if (!re) return;
  re.lastIndex = 0;
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    if (m[0].length === 0 || isWordChar(lower.charCodeAt(m.index - 1))) {
      // Inside a word ("ông" of "không"): look again from the next character.
      re.lastIndex = m.index + 1;
      continue;
    }
    visit(m.index, m.index + m[0].length, m[0]);
  }
}

/** Every hit of the compiled phrases in a lower-cased matching text. */
export function findPhrases(re: RegExp | null, lower: string): PhraseHit[] {
  const hits: PhraseHit[] = [];
  scanPhrases(re, lower, (start, end, key) => hits.push({ start, end, key }));
  return hits;
}
