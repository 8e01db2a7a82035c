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

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
/** Combining marks (decomposed input); an explicit class is many times faster than \p{M} on long text. */
const COMBINING = /[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]/;

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
    for (const [f, s] of [
      [first, second],
      [first.toUpperCase(), second],
      [first.toUpperCase(), second.toUpperCase()],
    ]) {
      TONE_FOLD.set(`${f}${(s + tone).normalize('NFC')}`, `${(f + tone).normalize('NFC')}${s}`);
    }
  }
}
/** Per code: 1 = replace it, 3 = a combining mark or an invisible character (the text's length changes: the slow path). */
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
const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
/** The characters that change the text's length, for the slow path to find. */
const CHANGING = new RegExp(`[${CHANGING_RANGES.map(([from, to]) => `${hex(from)}-${hex(to)}`).join('')}]`, 'g');

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

/** Each pair where it ends a syllable: "quý" is written one way only, so not after q. */
const PAIR_PATTERNS = new Map(
  [...TONE_FOLD.keys()].map((pair) => [pair, new RegExp(`${/u/i.test(pair[0]!) ? '(?<![qQ])' : ''}${pair}(?![${LETTERS}])`, 'g')]),
);
/** Up to this many kinds of edit, one native replace per kind beats rebuilding the text around every hit. */
const FEW_KINDS = 3;

/**
 * `text` with each hit (found at `positions`, each `width` long) replaced by
 * `edits.get(hit)`. A page has a few kinds of hit, some many times (a no-break
 * space): then each kind is replaced natively (`patternOf` finds exactly its
 * hits); with many kinds, the text is rebuilt once around the positions.
 */
function applyEdits(text: string, edits: ReadonlyMap<string, string>, positions: readonly number[], width: number, patternOf: (hit: string) => string | RegExp): string {
  if (edits.size <= FEW_KINDS) {
    let out = text;
    for (const [hit, by] of edits) out = out.replaceAll(patternOf(hit), by);
    return out;
  }
  const parts: string[] = [];
  let copied = 0;
  for (const at of positions) {
    parts.push(text.slice(copied, at), edits.get(text.slice(at, at + width))!);
    copied = at + width;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

/**
 * Odd spaces, dashes, slashes and look-alike letters replaced. Returns null when
 * the text needs the slow path, unless `keepChanging` says the characters that
 * would need it are to stay as they are.
 */
function replaceChars(text: string, keepChanging: boolean): string | null {
  const edits = new Map<string, string>();
  const positions: number[] = [];
  UNUSUAL.lastIndex = 0;
  for (let m = UNUSUAL.exec(text); m; m = UNUSUAL.exec(text)) {
    const code = m[0].charCodeAt(0);
    if (ACTION[code] === 3 && !keepChanging) return null;
    if (ACTION[code] !== 1) continue;
    edits.set(m[0], String.fromCharCode(REPLACE[code]!));
    positions.push(m.index);
  }
  return applyEdits(text, edits, positions, 1, (hit) => hit);
}

/** New-style tone pairs folded into the old style. */
function foldPairs(text: string): string {
  const edits = new Map<string, string>();
  const positions: number[] = [];
  NEW_STYLE_PAIR.lastIndex = 0;
  for (let m = NEW_STYLE_PAIR.exec(text); m; m = NEW_STYLE_PAIR.exec(text)) {
    const before = text[m.index - 1];
    if ((m[0][0] === 'u' || m[0][0] === 'U') && (before === 'q' || before === 'Q')) continue;
    edits.set(m[0], TONE_FOLD.get(m[0])!);
    positions.push(m.index);
  }
  return applyEdits(text, edits, positions, 2, (pair) => PAIR_PATTERNS.get(pair)!);
}

/** Replacements, then tone folding (a Cyrillic "о" replaced may start a pair); null for the slow path. */
function mapCodes(text: string, keepChanging = false): string | null {
  const replaced = replaceChars(text, keepChanging);
  return replaced === null ? null : foldPairs(replaced);
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
  const text = mapCodes(original);
  if (text === null) return normalizeSlow(original);
  return { original, text, lower: lowerSameLength(text), toOriginal: (i) => i };
}

const isInvisible = (c: number) => (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad;

/**
 * Decomposed input or invisible characters: the length changes, so the text is
 * rebuilt from slices, composing only the clusters that need it (base letter +
 * combining marks) and dropping invisible characters. The offset map is a list of
 * checkpoints (matching-text offset, original offset) at each change, so a page
 * with a few zero-width spaces costs hardly more than one without.
 */
function normalizeSlow(original: string): Normalized {
  const parts: string[] = [];
  const outAt: number[] = [0];
  const origAt: number[] = [0];
  let copied = 0;
  let out = 0;
  const copyTo = (end: number) => {
    if (end > copied) parts.push(original.slice(copied, end));
    out += end - copied;
  };
  CHANGING.lastIndex = 0;
  for (let m = CHANGING.exec(original); m; m = CHANGING.exec(original)) {
    const i = m.index;
    if (isInvisible(original.charCodeAt(i))) {
      copyTo(i);
      copied = i + 1;
    } else {
      // A combining mark: compose it with its base (the character before it) and any marks after it.
      const base = i > copied ? i - 1 : i;
      let end = i + 1;
      while (end < original.length && ACTION[original.charCodeAt(end)] === 3 && !isInvisible(original.charCodeAt(end))) end++;
      copyTo(base);
      const composed = original.slice(base, end).normalize('NFC');
      parts.push(composed);
      out += composed.length;
      copied = end;
      CHANGING.lastIndex = end;
    }
    outAt.push(out);
    origAt.push(copied);
  }
  copyTo(original.length);
  const joined = parts.join('');
  // Composed and without invisible characters, the rest is the fast path's work (a mark
  // that composes with nothing stays as it is).
  const text = mapCodes(joined, true)!;
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
  while (e > s && INVISIBLE.test(n.original[e - 1]!)) e--;
  return { start: s, end: e };
}
