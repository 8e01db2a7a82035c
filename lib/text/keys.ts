/**
 * The keys two spellings of one thing share, one function per rule:
 *
 * - `foldKey`: the matching key. The matcher's normalised text (normalize.ts:
 *   NFC, one tone placement, one form of every dash, slash and space,
 *   look-alike letters, no invisible characters), lower case, single spaces.
 *   Lexicon entries, learnt words and gold names are compared by it.
 * - `directiveIdKey`: when two directive ids are one document, everywhere
 *   (the matcher, corrections, the collection's facets, research pages,
 *   exports, derived rows).
 * - The search keys are fold.ts (`fold`, and `bare` without diacritics); the
 *   ASCII forms (download names, site names) are ascii.ts.
 */
import { normalize } from './normalize';

/** Short keys already made: the matcher asks for the same names and ids again and again, and each is a whole normalisation. */
const made = new Map<string, string>();
const MADE_MAX = 4096;
const MADE_LENGTH = 80;

/** The key two spellings of one name share: NFC, tone placement, case and spacing folded. */
export function foldKey(text: string): string {
  let key = made.get(text);
  if (key !== undefined) return key;
  key = normalize(text).lower.replace(/\s+/g, ' ').trim();
  if (text.length <= MADE_LENGTH) {
    // Bounded: a page of hostile text cannot grow it without end.
    if (made.size >= MADE_MAX) made.clear();
    made.set(text, key);
  }
  return key;
}

/**
 * The key two spellings of one directive id share: its matching key, so case,
 * NFC/NFD, tone placement, spacing, dash and slash forms and invisible
 * characters do not count: "57–kl／TW" is 57-KL/TW, "Kết luận  16" is "Kết luận 16".
 */
export const directiveIdKey = (id: string): string => foldKey(id);
