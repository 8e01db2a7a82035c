/**
 * Near-duplicate keys for reprints: the same agency story on twenty sites
 * should read as one story, the same headline over the same body. The body is
 * folded (fold.ts, so NFC or NFD and either tone placement give the same
 * words), cut into overlapping runs of SHINGLE words, and summarised by
 * MinHash (one-permutation); the signature is split into bands
 * (locality-sensitive hashing), each band's key sealed with the folded
 * headline, so articles built on one template under different headlines stay apart. Two texts share a band key with
 * probability 1 - (1 - J^ROWS)^BANDS for a word-shingle Jaccard similarity J:
 * 0.97 at J = 0.7 (a reprint with its own lead line, byline and a tenth of
 * the text cut: J = 0.66-0.9 on the corpus's real articles), 0.47 at J = 0.5,
 * 0.0015 at J = 0.15 (two different reports of one event share its set
 * phrases; the corpus's closest pair of different articles is J = 0.15).
 * test/unit/text/shingle.test.ts checks both sides on real article text.
 */
import { fold } from './fold';

/** Words per shingle: long enough that set phrases ("công tác thông tin đối ngoại") alone are not shared shingles. */
const SHINGLE = 5;
const BANDS = 20;
const ROWS = 5;
/** Texts with fewer words than this get no key: captions and tag pages share too much boilerplate to judge. */
export const MIN_WORDS = 40;

/** FNV-1a over a string's UTF-16 units: a 32-bit shingle hash. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A 32-bit mixer (murmur3's finaliser): one independent-looking permutation of hashes per seed. */
function mix(h: number, seed: number): number {
  let x = (h ^ seed) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

const SEED = 0x9e3779b9;

/** What is neither part of a word nor the space between words: punctuation stuck to one ("Nghĩa," "(TTXVN)") is dropped. */
const NOT_WORD = /[^\p{L}\p{M}\p{N} ]/gu;

/** A token that folds to nothing (punctuation alone): no hash32 is negative. */
const NO_WORD = -1;

/**
 * Each word of a text as the hash of its folded letters, digits
 * and marks. The distinct written words are folded together in one pass (a
 * text repeats its syllables; one fold of many words costs far less than many folds).
 */
function wordHashes(text: string): number[] {
  const tokens = text.split(/\s+/);
  // Plain loops: an article has about a thousand words, and an import derives ten thousand articles.
  const hashOf = new Map<string, number>();
  const distinct: string[] = [];
  for (const token of tokens) {
    if (token && !hashOf.has(token)) {
      hashOf.set(token, NO_WORD);
      distinct.push(token);
    }
  }
  // fold keeps one space between words and adds none, so the folded words line up with the distinct ones.
  const keys = fold(distinct.join(' ')).replace(NOT_WORD, '').split(' ');
  for (let i = 0; i < distinct.length; i++) if (keys[i]) hashOf.set(distinct[i]!, hash32(keys[i]!));
  const hashes: number[] = [];
  for (const token of tokens) {
    const h = hashOf.get(token);
    if (h !== undefined && h !== NO_WORD) hashes.push(h);
  }
  return hashes;
}

const SLOTS = BANDS * ROWS;
const EMPTY = 0xffffffff;

/**
 * The MinHash signature by one-permutation hashing: each shingle's hash picks
 * one of SLOTS bins and competes for its minimum (one hash per shingle, not one
 * per slot); an empty bin borrows the next filled bin's minimum, marked with
 * its distance (rotation densification), so short texts still fill every slot.
 */
function signature(all: readonly number[]): Uint32Array {
  const min = new Uint32Array(SLOTS).fill(EMPTY);
  for (let i = 0; i + SHINGLE <= all.length; i++) {
    let h = SEED;
    for (let w = i; w < i + SHINGLE; w++) h = mix(h, all[w]!);
    const bin = h % SLOTS;
    const value = mix(h, SEED + 1);
    if (value < min[bin]!) min[bin] = value;
  }
  const out = new Uint32Array(SLOTS);
  for (let b = 0; b < SLOTS; b++) {
    let d = 0;
    while (min[(b + d) % SLOTS] === EMPTY) d++;
    out[b] = mix(min[(b + d) % SLOTS]!, d);
  }
  return out;
}

/**
 * The reprint keys of an article, space-separated ("" for a text too short to
 * judge): two articles with a key in common are one story. Linear in the text.
 */
export function reprintKeys(title: string, text: string): string {
  const all = wordHashes(text);
  if (all.length < MIN_WORDS) return '';
  const sig = signature(all);
  const headline = hash32(fold(title).replace(NOT_WORD, ''));
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = mix(hash32(String(b)), headline);
    for (let r = 0; r < ROWS; r++) h = mix(h, sig[b * ROWS + r]!);
    keys.push(`${b.toString(36)}${h.toString(36)}`);
  }
  return keys.join(' ');
}
