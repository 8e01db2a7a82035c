/**
 * The learnt matcher: finds in a text the officials and directives the user's
 * collection knows, in one pass over the matcher's normalised text (NFC, one
 * tone-mark placement, case folded). An official is found only by their full
 * name (two words or more, every word capitalised as written, so "văn hóa" is
 * never a Văn Hóa), never by a given name or a surname alone. Runs in the
 * extension's own pages and background only: what it finds says what the user
 * keeps, and a news page must never see it.
 *
 * Small at any size: a collection of 10 000 clippings may know thousands of
 * people, so no phrase list is compiled (a regular expression of 8 000 names
 * kept megabytes of code). Each known phrase is a 48-bit hash of its words
 * (two FNV-1a hashes, 32 + 16 bits), in sorted typed arrays; the text's words are hashed as they are read,
 * a phrase at a time up to the longest known, and looked up by binary search.
 * An official's name is then shown as the page writes it; titles, counts and
 * a directive's particulars sit in compact tables.
 */
import { LETTERS_DIGITS, isUpperChar } from '../text/chars';
import { normalize, originalRange } from '../text/normalize';
import { foldKey } from '../text/keys';
import type { Mention } from '../matcher/types';
import type { LearntLexicon } from './lexicon';

/** An official the collection knows: the name as this text writes it, a title the clippings gave, how many clippings. */
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
  /** Bytes of its tables (hashes, counts, titles, packed particulars): what it keeps, object headers aside. */
  readonly bytes: number;
}

/** The longest phrase looked for, in words: longer names are not names. */
const MAX_WORDS = 6;

/** Words as the matcher's folded text has them: letters and digits, joined inside by "-", "/" or "." (57-kl/tw, 72/2015/nđ-cp). */
const WORD = new RegExp(`[${LETTERS_DIGITS}]+(?:[-/.][${LETTERS_DIGITS}]+)*`, 'g');

/** Two FNV-1a hashes with different seeds, extended word by word ("a b" = "a" + space + "b"). */
const SEED_1 = 0x811c9dc5;
const SEED_2 = 0x01000193;
function extend(h: number, text: string, start: number, end: number, space: boolean, prime: number): number {
  if (space) h = Math.imul(h ^ 32, prime);
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), prime);
  return h >>> 0;
}
const P1 = 0x01000193;
const P2 = 0x0100019d;

/** A phrase's words and its hash pair, from any spelling of it. */
function phraseHash(phrase: string): { words: number; h1: number; h2: number } {
  const key = foldKey(phrase);
  let h1 = SEED_1;
  let h2 = SEED_2;
  let words = 0;
  for (const m of key.matchAll(WORD)) {
    h1 = extend(h1, key, m.index, m.index + m[0].length, words > 0, P1);
    h2 = extend(h2, key, m.index, m.index + m[0].length, words > 0, P2);
    words++;
  }
  return { words, h1, h2 };
}

interface Tables {
  h1s: Uint32Array;
  h2s: Uint16Array;
  payload: Int32Array;
  count: Uint16Array;
  blob: Uint8Array;
  offsets: Uint32Array;
  titles: string[];
  maxWords: number;
  officials: number;
  directives: number;
}

/** The lexicon as sorted typed arrays; a function of its own, so nothing that built them stays reachable. */
function buildTables(lexicon: LearntLexicon): Tables {
  // Titles are shared by many people: one table, an index per official.
  const titleIndex = new Map<string, number>();
  const titles: string[] = [];
  type Entry = { h1: number; h2: number; official?: { title: number; clippings: number }; directive?: number };
  const entries = new Map<string, Entry>();
  let maxWords = 1;
  for (const o of lexicon.officials) {
    const hash = phraseHash(o.name);
    // A one-word name (a given name, a surname, an initial) is never enough to name a person.
    if (hash.words < 2 || hash.words > MAX_WORDS) continue;
    const last = o.titles[o.titles.length - 1];
    let title = -1;
    if (last !== undefined) {
      title = titleIndex.get(last) ?? titles.push(last) - 1;
      titleIndex.set(last, title);
    }
    entries.set(`${hash.h1}:${hash.h2}`, { ...hash, official: { title, clippings: o.sources.length } });
    maxWords = Math.max(maxWords, hash.words);
  }
  // Directives: their particulars packed as UTF-8 JSON, decoded for the few a page names.
  const encoder = new TextEncoder();
  const packed: Uint8Array[] = [];
  for (const d of lexicon.directives) {
    const hash = phraseHash(d.id);
    if (hash.words < 1 || hash.words > MAX_WORDS) continue;
    const key = `${hash.h1}:${hash.h2}`;
    const entry = entries.get(key) ?? { ...hash };
    entry.directive = packed.push(encoder.encode(JSON.stringify([d.id, d.kind, d.issuer, d.date, d.subject, d.sources.length]))) - 1;
    entries.set(key, entry);
    maxWords = Math.max(maxWords, hash.words);
  }
  const sorted = [...entries.values()].sort((a, b) => a.h1 - b.h1 || a.h2 - b.h2);
  const n = sorted.length;
  const h1s = new Uint32Array(n);
  // The second hash's low 16 bits: 48 bits in all, so a page's words meet a wrong phrase about once in 10^10 looks.
  const h2s = new Uint16Array(n);
  // Per entry, one number: an official's title (-1 none) when `count` says how many clippings name them,
  // else (count 0) the directive's packed slot. A phrase that is both a name and an id is read as the name.
  const payload = new Int32Array(n);
  const count = new Uint16Array(n);
  let blobLength = 0;
  for (const p of packed) blobLength += p.length;
  const blob = new Uint8Array(blobLength);
  const offsets = new Uint32Array(packed.length + 1);
  packed.forEach((p, i) => {
    blob.set(p, offsets[i]!);
    offsets[i + 1] = offsets[i]! + p.length;
  });
  sorted.forEach((e, i) => {
    h1s[i] = e.h1;
    h2s[i] = e.h2 & 0xffff;
    count[i] = e.official ? Math.min(0xffff, Math.max(1, e.official.clippings)) : 0;
    payload[i] = e.official ? e.official.title : e.directive!;
  });
  return { h1s, h2s, payload, count, blob, offsets, titles, maxWords, officials: sorted.filter((e) => e.official).length, directives: packed.length };
}

export function createLearntMatcher(lexicon: LearntLexicon): LearntMatcher {
  const { h1s, h2s, payload, count, blob, offsets, titles, maxWords, officials: officialsKnown, directives: directivesKnown } = buildTables(lexicon);
  const n = h1s.length;

  const lookup = (h1: number, h2full: number): number => {
    const h2 = h2full & 0xffff;
    let lo = 0;
    let hi = n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = h1s[mid]!;
      if (v < h1) lo = mid + 1;
      else if (v > h1) hi = mid - 1;
      else {
        // Equal first hashes are neighbours: look both ways for the second.
        for (let i = mid; i >= 0 && h1s[i] === h1; i--) if (h2s[i] === h2) return i;
        for (let i = mid + 1; i < n && h1s[i] === h1; i++) if (h2s[i] === h2) return i;
        return -1;
      }
    }
    return -1;
  };
  const decoder = new TextDecoder();
  const directiveAt = (slot: number): KnownDirective => {
    const [id, kind, issuer, date, subject, clippings] = JSON.parse(decoder.decode(blob.subarray(offsets[slot]!, offsets[slot + 1]!))) as [
      string,
      string | null,
      string | null,
      string | null,
      string | null,
      number,
    ];
    return { id, kind, issuer, date, subject, clippings };
  };

  const isOfficial = (at: number) => count[at]! > 0;
  const bytes =
    [h1s, h2s, payload, count, blob, offsets].reduce((sum, a) => sum + a.byteLength, 0) +
    titles.reduce((sum, t) => sum + 2 * t.length + 16, 0);
  return {
    bytes,
    officials: officialsKnown,
    directives: directivesKnown,
    directive(id) {
      const hash = phraseHash(id);
      const at = lookup(hash.h1, hash.h2);
      return at >= 0 && !isOfficial(at) ? directiveAt(payload[at]!) : undefined;
    },
    find(input) {
      const found: CollectionMatches = { officials: [], directives: [] };
      if (n === 0) return found;
      const norm = normalize(String(input));
      const { lower, text } = norm;
      // The words of the text, as start/end pairs.
      const starts: number[] = [];
      const ends: number[] = [];
      WORD.lastIndex = 0;
      for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
        starts.push(m.index);
        ends.push(m.index + m[0].length);
      }
      const officials = new Map<number, LearntMatch<KnownOfficial>>();
      const directives = new Map<number, LearntMatch<KnownDirective>>();
      for (let i = 0; i < starts.length; ) {
        // The longest known phrase starting at this word; words of a name must be one space apart and capitalised.
        let h1 = SEED_1;
        let h2 = SEED_2;
        let best = -1;
        let bestWords = 0;
        let bestIsOfficial = false;
        let capitalised = true;
        for (let w = 0; w < maxWords && i + w < starts.length; w++) {
          const s = starts[i + w]!;
          if (w > 0 && s - ends[i + w - 1]! !== 1) break;
          if (w > 0 && lower[s - 1] !== ' ') break;
          capitalised &&= isUpperChar(text[s]);
          h1 = extend(h1, lower, s, ends[i + w]!, w > 0, P1);
          h2 = extend(h2, lower, s, ends[i + w]!, w > 0, P2);
          const at = lookup(h1, h2);
          if (at < 0) continue;
          const official = isOfficial(at);
          // A name counts only as two or more capitalised words; a directive's id as it is.
          if (official ? capitalised && w > 0 : true) {
            best = at;
            bestWords = w + 1;
            bestIsOfficial = official;
          }
        }
        if (best < 0) {
          i++;
          continue;
        }
        const range = originalRange(norm, starts[i]!, ends[i + bestWords - 1]!);
        if (bestIsOfficial) {
          let match = officials.get(best);
          if (!match) {
            const title = payload[best]!;
            const name = norm.original.slice(range.start, range.end).normalize('NFC');
            match = { known: { name, titles: title >= 0 ? [titles[title]!] : [], clippings: count[best]! }, mentions: [] };
            officials.set(best, match);
          }
          match.mentions.push(range);
        } else {
          let match = directives.get(best);
          if (!match) directives.set(best, (match = { known: directiveAt(payload[best]!), mentions: [] }));
          match.mentions.push(range);
        }
        i += bestWords;
      }
      found.officials = [...officials.values()];
      found.directives = [...directives.values()];
      return found;
    },
  };
}
