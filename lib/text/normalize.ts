/**
 * One normalisation pass for matching, with a map back to the original text.
 *
 * The matching text is NFC, has one tone-mark placement (hòa/hoà, thủy/thuỷ,
 * ủy/uỷ fold to the first), Latin letters for look-alikes (Ð, Cyrillic а/о/с…),
 * plain spaces for odd spaces, "-" for every dash and "/" for every slash, and no
 * zero-width characters. `lower` is the same text lower-cased (same length), for
 * case-insensitive phrase matching. Offsets in the matching text map back to
 * UTF-16 offsets in the input through `toOriginal`.
 *
 * Most pages are NFC without invisible characters: then every change keeps the
 * length, the map is the identity, and one regex scan for the few places with
 * work does it all (a few milliseconds per megabyte).
 */

import { LETTERS } from './chars';

export interface Normalized {
  /** The input, untouched: reported offsets point into it. */
  original: string;
  text: string;
  lower: string;
  /** Original offset of matching-text offset i (i may equal text.length). */
  toOriginal(i: number): number;
}

/** Single characters replaced by another single character: a table by code, 0 for "keep". */
const REPLACE = new Uint16Array(0x10000);
const replaced: string[] = [];
const set = (from: string, to: string) => {
  REPLACE[from.charCodeAt(0)] = to.charCodeAt(0);
  replaced.push(from);
};
for (const c of '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D') set(c, '-');
for (const c of '\u2215\u2044\uFF0F') set(c, '/');
for (const c of '\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000\t\v\f') set(c, ' ');
set('\r', '\n');
set('\u00D0', 'Đ'); // Icelandic Eth, often typed for Đ
const CYRILLIC: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y',
};
for (const [from, to] of Object.entries(CYRILLIC)) set(from, to);

/**
 * Tone placement: in open syllables ending in oa, oe, uy the new style puts the
 * tone on the last vowel (hoà, khoẻ, thuỷ), the old style on the first (hòa,
 * khỏe, thủy). Both are in use; fold the new style into the old one. "quý" is
 * written one way only, so u after q is left alone.
 */
const TONE_FOLD = new Map<string, string>();
for (const tone of ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323']) {
  for (const [first, second] of [
    ['o', 'a'],
    ['o', 'e'],
    ['u', 'y'],
  ] as const) {
    // Every mix of case, each letter keeping its own: "hoÀ" folds to "hòA", not to nothing.
    for (const [f, s] of [
      [first, second],
      [first, second.toUpperCase()],
      [first.toUpperCase(), second],
      [first.toUpperCase(), second.toUpperCase()],
    ]) {
      TONE_FOLD.set(`${f}${(s + tone).normalize('NFC')}`, `${(f + tone).normalize('NFC')}${s}`);
    }
  }
}
/** Per code: 1 = replace it, 3 = a combining mark or an invisible character (the text's length changes). */
const ACTION = new Uint8Array(0x10000);
const CHANGING_RANGES = [
  [0x0300, 0x036f],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20ff],
  [0xfe20, 0xfe2f],
  [0x200b, 0x200d],
  [0x2060, 0x2060],
  [0xfeff, 0xfeff],
  [0x00ad, 0x00ad],
] as const;
// Built from ranges, not by testing 65 536 characters against patterns: this runs on every page load.
for (const [from, to] of CHANGING_RANGES) ACTION.fill(3, from, to + 1);
for (const c of replaced) ACTION[c.charCodeAt(0)] = 1;

/**
 * Every character outside the ones Vietnamese text is made of (ASCII, Latin
 * letters, curly quotes, ellipsis): a superset of what the table above acts on.
 * The regex engine skips the untouched stretches in native code, where a
 * JavaScript loop over every code costs several times more (and more again on
 * strings built by concatenation).
 */
const UNUSUAL = /[^\n\x20-\x7e\u00c0-\u00cf\u00d1-\u024f\u1e00-\u1eff\u2018-\u201f\u2026]/g;
/** A new-style tone pair ending its syllable ("hoà", "thuỷ"). */
const secondsAfter = (first: string) => [...TONE_FOLD.keys()].filter((k) => k[0]!.toLowerCase() === first).map((k) => k[1]).join('');
const NEW_STYLE_PAIR = new RegExp(`(?:[oO][${secondsAfter('o')}]|[uU][${secondsAfter('u')}])(?![${LETTERS}])`, 'g');

const isInvisible = (c: number) => (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad;
const isMark = (c: number) => ACTION[c] === 3 && !isInvisible(c);
/** Each character replaced by its single-character stand-in, if it has one. */
const replaceEach = (s: string) => {
  let out = '';
  for (let i = 0; i < s.length; i++) out += ACTION[s.charCodeAt(i)] === 1 ? String.fromCharCode(REPLACE[s.charCodeAt(i)]!) : s[i];
  return out;
};

/** Same-length edits in text order: where, how many characters, what replaces them. */
type Edit = [at: number, width: number, by: string];

/**
 * The text with the edits of two lists (each in text order, never overlapping)
 * made, joined once: repeated replaceAll builds a rope of pieces that every later
 * scan must flatten first, and each new copy of a long text costs as much as a scan.
 */
function applyEdits(text: string, a: readonly Edit[], b: readonly Edit[]): string {
  if (a.length === 0 && b.length === 0) return text;
  const parts: string[] = [];
  let copied = 0;
  for (let i = 0, k = 0; i < a.length || k < b.length; ) {
    const [at, width, by] = k >= b.length || (i < a.length && a[i]![0] < b[k]![0]) ? a[i++]! : b[k++]!;
    parts.push(text.slice(copied, at), by);
    copied = at + width;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

/**
 * Cyrillic look-alikes can start a tone pair ("hоà") or end one's syllable; every
 * other replacement puts a non-letter for a non-letter, or Đ for Ð, which no pair reads.
 */
const touchesPairs = (code: number) => code >= 0x0400 && code <= 0x04ff;

/**
 * The replacements of a text whose length stays (no combining mark, no invisible
 * character) and whose tone pairs they leave as they are, so both can be found in
 * the input and made in one copy; null otherwise.
 */
function plainReplacements(text: string): Edit[] | null {
  const edits: Edit[] = [];
  UNUSUAL.lastIndex = 0;
  for (let m = UNUSUAL.exec(text); m; m = UNUSUAL.exec(text)) {
    const code = m[0].charCodeAt(0);
    if (ACTION[code] === 3 || (ACTION[code] === 1 && touchesPairs(code))) return null;
    if (ACTION[code] === 1) edits.push([m.index, 1, String.fromCharCode(REPLACE[code]!)]);
  }
  return edits;
}

/** New-style tone pairs to fold into the old style. */
function pairFolds(text: string): Edit[] {
  const edits: Edit[] = [];
  NEW_STYLE_PAIR.lastIndex = 0;
  for (let m = NEW_STYLE_PAIR.exec(text); m; m = NEW_STYLE_PAIR.exec(text)) {
    const before = text[m.index - 1];
    if ((m[0][0] === 'u' || m[0][0] === 'U') && (before === 'q' || before === 'Q')) continue;
    edits.push([m.index, 2, TONE_FOLD.get(m[0])!]);
  }
  return edits;
}

/**
 * The slow path's text as pieces (joined once, with the tone pairs, by joinPieces),
 * cut from the original in one scan of its unusual characters:
 * replacements made, invisible characters dropped, and each cluster of a base
 * letter and combining marks composed, then replaced (so "о" + acute stays a
 * cluster, made Latin). `outAt`/`origAt` are checkpoints (matching-text offset,
 * original offset) at each change of length, so a page with a few zero-width
 * spaces costs hardly more than one without.
 */
function rebuild(original: string): { parts: string[]; outAt: number[]; origAt: number[] } {
  const parts: string[] = [];
  const outAt: number[] = [0];
  const origAt: number[] = [0];
  let copied = 0;
  let out = 0;
  const copyTo = (end: number) => {
    if (end > copied) parts.push(original.slice(copied, end));
    out += end - copied;
  };
  UNUSUAL.lastIndex = 0;
  for (let m = UNUSUAL.exec(original); m; m = UNUSUAL.exec(original)) {
    const i = m.index;
    const code = original.charCodeAt(i);
    if (ACTION[code] === 1) {
      // The base of a cluster is replaced with its cluster, once composed.
      if (isMark(original.charCodeAt(i + 1))) continue;
      copyTo(i);
      parts.push(String.fromCharCode(REPLACE[code]!));
      out++;
      copied = i + 1;
      continue;
    }
    if (ACTION[code] !== 3) continue;
    if (isInvisible(code)) {
      copyTo(i);
      copied = i + 1;
    } else {
      // A combining mark: compose it with its base (the character before it) and any marks after it.
      const base = i > copied ? i - 1 : i;
      let end = i + 1;
      while (end < original.length && isMark(original.charCodeAt(end))) end++;
      copyTo(base);
      const composed = replaceEach(original.slice(base, end).normalize('NFC'));
      parts.push(composed);
      out += composed.length;
      copied = end;
      UNUSUAL.lastIndex = end;
    }
    outAt.push(out);
    origAt.push(copied);
  }
  copyTo(original.length);
  return { parts, outAt, origAt };
}

/** Characters [from, to) of the text the pieces make, the piece at index k starting at `at`, k's piece holding `from`. */
function piecesSlice(parts: readonly string[], k: number, at: number, from: number, to: number): string {
  let out = '';
  for (; k < parts.length && at < to; at += parts[k++]!.length) out += parts[k]!.slice(Math.max(0, from - at), to - at);
  return out;
}

/**
 * The new-style tone pairs of the text the pieces make, found without making it: a
 * pair is read from four characters (the one before it, for "qu", and the one after),
 * so each piece is scanned for the pairs inside it, and a few characters around each
 * joint for the pairs across it.
 */
function pairFoldsOfPieces(parts: readonly string[]): Edit[] {
  const found = new Map<number, Edit>();
  const starts: number[] = [];
  let length = 0;
  for (const part of parts) {
    starts.push(length);
    for (const [at, width, by] of pairFolds(part)) if (at >= 1 && at + 2 < part.length) found.set(length + at, [length + at, width, by]);
    length += part.length;
  }
  // The joints, and both ends of the text: three characters either side of each.
  let k = 0;
  for (const joint of [...starts, length]) {
    const from = Math.max(0, joint - 3);
    const to = Math.min(length, joint + 3);
    while (k + 1 < parts.length && starts[k + 1]! <= from) k++;
    const near = piecesSlice(parts, k, starts[k] ?? 0, from, to);
    for (const [at, width, by] of pairFolds(near)) {
      // Read whole only when its neighbours are in the slice (or it ends the text).
      if ((at >= 1 || from === 0) && (at + 2 < near.length || to === length)) found.set(from + at, [from + at, width, by]);
    }
  }
  return [...found.values()].sort((a, b) => a[0] - b[0]);
}

/** The pieces joined once, with same-length edits (which may cross a joint) made. */
function joinPieces(parts: readonly string[], edits: readonly Edit[]): string {
  if (edits.length === 0) return parts.join('');
  // One character at a time: an edit across a joint changes a character on either side.
  const chars: [number, string][] = edits.flatMap(([at, , by]) => [...by].map((c, i): [number, string] => [at + i, c]));
  const out: string[] = [];
  let at = 0;
  let e = 0;
  for (const part of parts) {
    let copied = 0;
    for (; e < chars.length && chars[e]![0] < at + part.length; e++) {
      const [i, c] = chars[e]!;
      out.push(part.slice(copied, i - at), c);
      copied = i - at + 1;
    }
    out.push(part.slice(copied));
    at += part.length;
  }
  return out.join('');
}

function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  // A character whose lower case is longer (İ): keep it as it is.
  let out = '';
  for (const c of text) {
    const l = c.toLowerCase();
    out += l.length === c.length ? l : c;
  }
  return out;
}

export function normalize(original: string): Normalized {
  const plain = plainReplacements(original);
  if (plain) {
    // Every change keeps the length: the map is the identity.
    const text = applyEdits(original, plain, pairFolds(original));
    return { original, text, lower: lowerSameLength(text), toOriginal: (i) => i };
  }
  // Pairs are read from the pieces, so the text is joined once.
  const { parts, outAt, origAt } = rebuild(original);
  const text = joinPieces(parts, pairFoldsOfPieces(parts));
  const outs = Int32Array.from(outAt);
  const origs = Int32Array.from(origAt);
  return {
    original,
    text,
    lower: lowerSameLength(text),
    toOriginal: (i) => {
      let lo = 0;
      let hi = outs.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (outs[mid]! <= i) lo = mid;
        else hi = mid - 1;
      }
      return Math.min(original.length, origs[lo]! + (i - outs[lo]!));
    },
  };
}

/** Maps a [start, end) range of the matching text back to the original text. */
export function originalRange(n: Normalized, start: number, end: number): { start: number; end: number } {
  const s = n.toOriginal(start);
  let e = n.toOriginal(end);
  // Characters normalisation dropped (zero-width, soft hyphen) do not end a mention.
  while (e > s && isInvisible(n.original.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}
