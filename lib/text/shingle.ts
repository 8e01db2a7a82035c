/**
 * Near-duplicate keys for reprints: the same agency story on twenty sites
 * should read as one story. The headline and body are folded (fold.ts, so NFC
 * or NFD and either tone placement give the same words), cut into overlapping
 * runs of SHINGLE words, and summarised by MinHash; the signature is split
 * into bands (locality-sensitive hashing). Two texts share a band key with
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

const SEEDS = Array.from({ length: BANDS * ROWS }, (_, i) => hash32(`seed ${i}`));

/** The folded words of a headline and body: letters, digits and the marks fold leaves decomposed. */
function words(title: string, text: string): string[] {
  return fold(`${title}\n${text}`)
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The reprint keys of an article, space-separated ("" for a text too short to
 * judge): two articles with a key in common are one story. Linear in the text.
 */
export function reprintKeys(title: string, text: string): string {
  const all = words(title, text);
  if (all.length < MIN_WORDS) return '';
  const min = new Uint32Array(SEEDS.length).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= all.length; i++) {
    const h = hash32(all.slice(i, i + SHINGLE).join(' '));
    for (let s = 0; s < SEEDS.length; s++) {
      const v = mix(h, SEEDS[s]!);
      if (v < min[s]!) min[s] = v;
    }
  }
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = hash32(String(b));
    for (let r = 0; r < ROWS; r++) h = mix(h, min[b * ROWS + r]!);
    keys.push(`${b.toString(36)}${h.toString(36)}`);
  }
  return keys.join(' ');
}
