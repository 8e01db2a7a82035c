/**
 * Folding for search and filter keys. Vietnamese text arrives in NFC or NFD,
 * with the tone mark on either vowel (hòa/hoà, thủy/thuỷ, ủy/uỷ) and in any
 * case; all of those must meet. Diacritics other than placement still count
 * in a key: "bộ" and "bỏ" are different words. Search also has a bare form,
 * with every diacritic gone, because many readers type without them.
 */
import { withoutMarks } from './ascii';

/**
 * A tone mark (as a combining character after NFD) and the rest of its word
 * (letters and the vowel-quality marks â ă ê ô ơ ư are made of): swapping the
 * two moves the tone to the end of the word in one regex pass.
 */
const TONE_THEN_REST = /([\u0300\u0301\u0303\u0309\u0323])([\p{L}\u0302\u0306\u031B]+)/gu;

/**
 * A comparison key: lower case, single spaces, and each word's tone marks moved
 * to the end of the word. Putting the tone last (rather than on a chosen vowel)
 * also keeps a half-typed word a substring of the full one: "quôc" is found in
 * "quốc" while the user is still typing it. The key stays decomposed (NFD):
 * recomposing would fuse the moved tone into the last letter and break that.
 * The result is a key, not display text.
 */
export function fold(text: string): string {
  return foldLetters(text).replace(/\s+/g, ' ').trim();
}

/** The key an official's research page is opened by (lib/research/route.ts); folding a key again changes nothing. */
export const officialPageKey = (name: string): string => fold(name.normalize('NFC'));

function foldLetters(text: string): string {
  return text.normalize('NFD').toLowerCase().replace(TONE_THEN_REST, '$2$1');
}

/** Folded text without any diacritic (ascii.ts): "Nguyễn Trọng Nghĩa" -> "nguyen trong nghia". */
export function bare(text: string): string {
  return withoutMarks(fold(text));
}

/** Distinct non-empty words, space-separated, first occurrences in order (one Set, no intermediate arrays: an article has about a thousand words). */
function distinctWords(words: readonly string[]): string {
  const seen = new Set<string>();
  for (const word of words) if (word) seen.add(word);
  return [...seen].join(' ');
}

/**
 * What text search scans for a clipping: its distinct folded words. Every
 * search term is one word (or part of one), so the distinct words answer
 * exactly as the whole text would, in a third of the space and scan time.
 */
export function searchableWords(parts: readonly string[]): string {
  // Each distinct written word is folded once: an article repeats its words, and
  // folding is most of what an import of many clippings costs. Folding adds no
  // space and keeps first occurrences in order, so this is the distinct words of
  // the whole folded text.
  const written = distinctWords(parts.join('\n').split(/\s+/));
  return distinctWords(foldLetters(written).split(/\s+/));
}

/** The distinct bare words of searchable words (several folded words share one bare form: "bộ", "bỏ" -> "bo"). */
export function bareWords(folded: string): string {
  return distinctWords(withoutMarks(folded).split(' '));
}

/** The words of a search box, folded; a clipping matches when it contains every one. */
export function searchTerms(query: string): string[] {
  const folded = fold(query);
  return folded ? [...new Set(folded.split(' '))] : [];
}

/** The words of a search box without diacritics. */
export function bareTerms(query: string): string[] {
  const words = bare(query);
  return words ? [...new Set(words.split(' '))] : [];
}

/** A letter, digit or mark (bare words are ASCII but for other scripts' letters; folded words add combining marks). */
const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c >= 128;
const isMark = (c: number) => c >= 0x300 && c <= 0x36f;

/**
 * Does the text have a word starting with the term? Words start after a
 * space or punctuation ("kl/tw" in "57-kl/tw"). Vietnamese words are single
 * syllables: matching inside one ("hoa" in "thoai") would only be noise.
 * With `exact`, the term must not go on with a mark the query did not type.
 */
function hasWordStarting(text: string, term: string, exact = false): boolean {
  const anywhere = !isWordChar(term.charCodeAt(0));
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
    if (!anywhere && at > 0 && isWordChar(text.charCodeAt(at - 1))) continue;
    if (exact && isMark(text.charCodeAt(at + term.length))) continue;
    return true;
  }
  return false;
}

/**
 * Tests that folded words contain each folded term at the start of a word,
 * with exactly the marks it was typed with: "hoa" is in "hoa" and "hoang",
 * not in "hòa" (whose folded form is "hoa" and a moved tone mark).
 */
export function exactTest(terms: readonly string[]): (words: string) => boolean {
  return (words) => terms.every((term) => hasWordStarting(words, term, true));
}

/** Bare words (bareWords) with a word starting with each bare term (bareTerms): "nguy" finds "nguyen". */
export function startsWordsWithAll(bareText: string, terms: readonly string[]): boolean {
  return terms.every((term) => hasWordStarting(bareText, term));
}
