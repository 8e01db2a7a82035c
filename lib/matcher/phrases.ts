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

/**
 * Every hit of the compiled phrases in a lower-cased matching text. With
 * `overlapping`, phrases that start inside a longer hit are reported too
 * ("đối ngoại" inside "thông tin đối ngoại"); see outermost().
 */
export function findPhrases(re: RegExp | null, lower: string, overlapping = false): PhraseHit[] {
  if (!re) return [];
  const hits: PhraseHit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    if (m[0].length === 0 || isWordChar(lower.charCodeAt(m.index - 1))) {
      // Inside a word ("ông" of "không"): look again from the next character.
      re.lastIndex = m.index + 1;
      continue;
    }
    hits.push({ start: m.index, end: m.index + m[0].length, key: m[0] });
    if (overlapping) re.lastIndex = m.index + 1;
  }
  return hits;
}

/** Drops hits that lie inside an earlier, longer one (hits in order of start). */
export function outermost(hits: readonly PhraseHit[]): PhraseHit[] {
  const out: PhraseHit[] = [];
  let reach = -1;
  for (const hit of hits) {
    if (hit.end <= reach) continue;
    out.push(hit);
    reach = hit.end;
  }
  return out;
}
