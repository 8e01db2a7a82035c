/**
 * Finding a kept quote again in a text that may have changed since: the W3C
 * Web Annotation way, exact text with its context first, then the exact text
 * alone, the position hint only breaking ties. Text is compared through
 * lib/text's one fold, word by word, so whitespace, case, NFC/NFD and tone
 * placement (hòa/hoà) never stop a quote from being found. Pure and linear in
 * the text: one pass to fold it, one scan per quote, a bounded number of candidates.
 */
import { fold } from '../text/fold';

/** Where a quote was: a W3C TextQuoteSelector (exact, prefix, suffix) and TextPositionSelector (start, end: a hint). */
export interface QuoteTarget {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/** The text folded, with each folded unit's place in the original: [from, to). */
export interface FoldedText {
  folded: string;
  from: Uint32Array;
  to: Uint32Array;
}

/** Occurrences of the exact text weighed at most: a word repeated 10 000 times costs no more than this. */
export const MAX_CANDIDATES = 1000;

const isMark = (c: number) => c >= 0x300 && c <= 0x36f;

/** The original [start, end) of each base character (a letter with its marks) of a word. */
function clusters(word: string, at: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < word.length; i++) {
    if (isMark(word.charCodeAt(i)) && out.length) out[out.length - 1]![1] = at + i + 1;
    else out.push([at + i, at + i + 1]);
  }
  return out;
}

/** Folds a text once; every quote anchored in it then costs a scan. */
export function foldText(text: string): FoldedText {
  const parts: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    const word = match[0];
    const at = match.index;
    if (parts.length) {
      parts.push(' ');
      from.push(to[to.length - 1]!);
      to.push(at);
    }
    const key = fold(word);
    const bases = clusters(word, at);
    // Each folded base character maps to the original base character of the same rank; marks follow theirs.
    let rank = -1;
    for (let i = 0; i < key.length; i++) {
      if (!isMark(key.charCodeAt(i)) || rank < 0) rank = Math.min(rank + 1, bases.length - 1);
      const [start, end] = bases[Math.max(rank, 0)]!;
      from.push(start);
      to.push(end);
    }
    parts.push(key);
  }
  return { folded: parts.join(''), from: Uint32Array.from(from), to: Uint32Array.from(to) };
}

/** How many characters of the context agree, read outward from the quote. */
function agreement(folded: string, context: string, at: number, backwards: boolean): number {
  let n = 0;
  if (backwards) while (n < context.length && at - n - 1 >= 0 && folded[at - n - 1] === context[context.length - n - 1]) n++;
  else while (n < context.length && at + n < folded.length && folded[at + n] === context[n]) n++;
  return n;
}

export interface Anchor {
  start: number;
  end: number;
}

/**
 * Where the quote is in the text, or null when it is no longer there. Among
 * the occurrences of its exact text, the one whose prefix and suffix agree
 * best wins, then the one nearest the position hint: exact with its context
 * first, the exact text alone when the context changed.
 */
export function anchorQuote(text: FoldedText, target: QuoteTarget): Anchor | null {
  const exact = fold(target.exact);
  if (!exact) return null;
  // Whitespace next to the quote folds to the one space the folded text has there.
  const before = fold(target.prefix) + (/\s$/.test(target.prefix) ? ' ' : '');
  const after = (/^\s/.test(target.suffix) ? ' ' : '') + fold(target.suffix);
  let best: { at: number; score: number; distance: number } | null = null;
  let seen = 0;
  for (let at = text.folded.indexOf(exact); at >= 0 && seen < MAX_CANDIDATES; at = text.folded.indexOf(exact, at + 1), seen++) {
    const score = agreement(text.folded, before, at, true) + agreement(text.folded, after, at + exact.length, false);
    const distance = Math.abs(text.from[at]! - target.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { at, score, distance };
  }
  return best && { start: text.from[best.at]!, end: text.to[best.at + exact.length - 1]! };
}
