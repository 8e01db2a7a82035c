/**
 * Phrase lists compiled into one regular expression, so the text is scanned
 * once for all of them instead of once per phrase (mark.js' way is one DOM pass
 * per term). Phrases are folded (case, tone placement) and matched on the
 * lower-cased matching text; a single space in a phrase matches a single space.
 * Matches are whole words: no letter or digit may touch either end.
 */
import { LETTERS_DIGITS } from '../text/chars';
import { foldKey } from '../text/keys';
import { isWordCode } from './tokens';

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
  // The left edge is a character consumed, not a look-behind: a look-behind stops
  // the engine from skipping ahead and costs several times the whole scan, and
  // checking the edge after each hit costs a retry for every "ông" in "không".
  // No capture group either: the engine runs faster without one, and the phrase is the
  // match less its first character whenever that character is the edge.
  return new RegExp(`(?:^|[^${LETTERS_DIGITS}])(?:${keys.map(escape).join('|')})(?![${LETTERS_DIGITS}])`, 'g');
}

/** Letters, combining marks and digits: what may not touch a phrase's edge. */
export function isWordChar(c: number): boolean {
  return !Number.isNaN(c) && isWordCode(c);
}

/** A character that may stand at a phrase's edge: the complement of the phrase regex's letter class. */
const EDGE = new RegExp(`[^${LETTERS_DIGITS}]`);

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
    // The edge is consumed unless the match is at the very start with the phrase's own first letter;
    // tested with the regex's own class ("ぁ" is an edge to the regex, though the tokenizer calls it a letter).
    const edge = m.index > 0 || EDGE.test(m[0][0]!) ? 1 : 0;
    visit(m.index + edge, m.index + m[0].length, edge ? m[0].slice(1) : m[0]);
  }
}

/**
 * Names as a text writes them, each opening with a capital letter, for the matching
 * text itself: with no edge class before them the engine skips ahead to the letters
 * they open with, and the left edge is checked at each hit (a capital inside a word,
 * the only retry, is rare). Longest first, as compilePhrases.
 */
export function compileNames(names: Iterable<string>): RegExp | null {
  const keys = [...new Set(names)].filter((k) => k.length > 0);
  if (keys.length === 0) return null;
  keys.sort((a, b) => b.length - a.length);
  return new RegExp(`(?:${keys.map(escape).join('|')})(?![${LETTERS_DIGITS}])`, 'g');
}

/** Calls `visit` for every hit of compiled names (compileNames) in the matching text, in order. */
export function scanNames(re: RegExp | null, text: string, visit: (start: number, end: number, name: string) => void): void {
  if (!re) return;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > 0 && !EDGE.test(text[m.index - 1]!)) re.lastIndex = m.index + 1;
    else visit(m.index, m.index + m[0].length, m[0]);
  }
}

/** Every hit of the compiled phrases in a lower-cased matching text. */
export function findPhrases(re: RegExp | null, lower: string): PhraseHit[] {
  const hits: PhraseHit[] = [];
  scanPhrases(re, lower, (start, end, key) => hits.push({ start, end, key }));
  return hits;
}
