/**
 * Folding for search and filter keys. Vietnamese text arrives in NFC or NFD,
 * with the tone mark on either vowel (hòa/hoà, thủy/thuỷ, ủy/uỷ) and in any
 * case; all of those must meet. Diacritics other than placement still count:
 * "bộ" and "bỏ" are different words.
 */

/** The five tone marks, as combining characters after NFD. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * A comparison key: lower case, single spaces, and each word's tone marks moved
 * to the end of the word. Putting the tone last (rather than on a chosen vowel)
 * also keeps a half-typed word a substring of the full one: "quôc" is found in
 * "quốc" while the user is still typing it. The key stays decomposed (NFD):
 * recomposing would fuse the moved tone into the last letter and break that.
 * The result is a key, not display text.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .toLowerCase()
    .replace(/[\p{L}\p{M}]+/gu, (word) => {
      const tones = word.match(TONE_MARKS);
      return tones ? word.replace(TONE_MARKS, '') + tones.join('') : word;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a search box, folded; a clipping matches when it contains every one. */
export function searchTerms(query: string): string[] {
  const folded = fold(query);
  return folded ? [...new Set(folded.split(' '))] : [];
}

export function containsAll(haystack: string, terms: readonly string[]): boolean {
  return terms.every((term) => haystack.includes(term));
}
