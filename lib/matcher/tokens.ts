/**
 * Words, numbers and punctuation of the matching text, with their offsets and
 * what the officials grammar needs to know about each: capitalisation, and
 * whether a line break separates it from the token before. A hand-written
 * scanner over character classes: it runs over every title's neighbourhood, so
 * it must cost little per character.
 */

export interface Token {
  start: number;
  end: number;
  /**
   * Lower-cased, tone placement folded: the key phrase lists are compared with.
   * Punctuation is its own lower case, so "," is compared here too; the
   * capitalisation a word had is in `cap` and `acronym`.
   */
  lower: string;
  kind: 'word' | 'number' | 'punct';
  /** First letter upper case, the rest not all upper case: "Nguyễn", "Hòa". */
  cap: boolean;
  /** Two or more letters, all upper case: "UBND", "TTXVN", "XIII". */
  acronym: boolean;
  /** A line break lies between this token and the previous one. */
  newline: boolean;
  /** At most one space between this token and the previous one, on the same line. */
  tight: boolean;
  /** Read from a line in capitals, where case tells nothing (set by the officials reader). */
  upper: boolean;
}

const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
const SPACE = 3;
const NEWLINE = 4;

/**
 * Character class by code: Latin with Vietnamese, combining marks, Greek, Cyrillic and CJK count as letters.
 * Filled by ranges: a test per code over all 65 536 ran as the script's evaluation, in the
 * interpreter, and was most of matcher.js's evaluation task (README, "Where the long tasks were").
 */
const CLASS = new Uint8Array(0x10000);
for (const [from, to] of [[65, 90], [97, 122], [0xc0, 0x24f], [0x300, 0x52f], [0x1e00, 0x1fff], [0x3040, 0xd7ff], [0xf900, 0xfaff]] as const) CLASS.fill(LETTER, from, to + 1);
CLASS[0xd7] = CLASS[0xf7] = OTHER; // × and ÷
CLASS.fill(DIGIT, 48, 58);
for (const c of [32, 9, 13, 0xa0]) CLASS[c] = SPACE;
CLASS[10] = NEWLINE;
/** A letter, combining mark or digit. */
export const isWordCode = (c: number): boolean => CLASS[c] === LETTER || CLASS[c] === DIGIT;
const isJoiner = (c: number) => c === 45 || c === 39 || c === 0x2019; // - ' ’ inside a word (Ken-ichi)

/** Honorifics a scraper glues to the next word ("NgàiKen-ichi"), after their first letter, by its code (read for every word). */
const GLUED_HONORIFICS: (string | undefined)[] = [];
GLUED_HONORIFICS[78] = 'gài'; // Ngài
GLUED_HONORIFICS[0xd4] = 'ng'; // Ông
GLUED_HONORIFICS[66] = 'à'; // Bà
const CAPITAL = /[A-ZÀ-ÝĐ\u1E00-\u1EFF]/;

/** The length of an honorific glued to a capitalised word at the start of [start, end), or 0. */
function gluedHonorific(text: string, start: number, end: number): number {
  const rest = GLUED_HONORIFICS[text.charCodeAt(start)];
  if (rest === undefined) return 0;
  const length = rest.length + 1;
  return end - start > length && text.startsWith(rest, start + 1) && CAPITAL.test(text[start + length]!) ? length : 0;
}

/** Capitalisation of the word [start, end): "Nguyễn" is cap, "UBND" an acronym. */
function wordCase(text: string, lower: string, start: number, end: number): 0 | 1 | 2 {
  if (text.charCodeAt(start) === lower.charCodeAt(start)) return 0;
  // Two or more letters and no lower-case letter: UBND, HĐND, XIII.
  return end - start >= 2 && text.charCodeAt(start + 1) !== lower.charCodeAt(start + 1) && isAllUpper(text, lower, start + 2, end) ? 2 : 1;
}

/** No lower-case letter in [from, to): each code differs from its lower case, or has none (digits, marks). */
function isAllUpper(text: string, lower: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === lower.charCodeAt(i) && CLASS[c] === LETTER && String.fromCharCode(c).toUpperCase() !== String.fromCharCode(c)) return false;
  }
  return true;
}

/** One-character strings, made once: punctuation tokens are a third of all tokens. */
const CHAR_STRINGS: string[] = [];
const charString = (c: number) => (CHAR_STRINGS[c] ??= String.fromCharCode(c));

/**
 * Token objects to refill: a long text is read in thousands of windows, each
 * tokenized and dropped, and refilling the same objects spares allocating them.
 * The tokens a pool gave are valid until its next use.
 */
export class TokenPool {
  readonly made: Token[] = [];
}

/** `breaks`: offsets where a word never goes on across a hyphen (where title heads start). */
export function tokenize(text: string, lower: string, from = 0, to = text.length, pool?: TokenPool, breaks?: readonly number[]): Token[] {
  const tokens: Token[] = [];
  const emit = (start: number, end: number, word: string, kind: Token['kind'], textCase: 0 | 1 | 2, newline: boolean, tight: boolean) => {
    let t = pool?.made[tokens.length];
    if (t) {
      t.start = start;
      t.end = end;
      t.lower = word;
      t.kind = kind;
      t.cap = textCase === 1;
      t.acronym = textCase === 2;
      t.newline = newline;
      t.tight = tight;
      t.upper = false;
    } else {
      t = { start, end, lower: word, kind, cap: textCase === 1, acronym: textCase === 2, newline, tight, upper: false };
      pool?.made.push(t);
    }
    tokens.push(t);
  };
  let i = from;
  let spaces = 0;
  let newline = false;
  while (i < to) {
    const c = text.charCodeAt(i);
    const cls = CLASS[c]!;
    if (cls === SPACE || cls === NEWLINE) {
      spaces++;
      newline ||= cls === NEWLINE;
      i++;
      continue;
    }
    const tight = tokens.length > 0 && spaces <= 1 && !newline;
    const start = i;
    if (cls === LETTER) {
      i++;
      for (;;) {
        for (; i < text.length; i++) {
          const k = CLASS[text.charCodeAt(i)];
          if (k !== LETTER && k !== DIGIT) break;
        }
        // A hyphen right before a title head is a dash: "Phạm Văn Linh-Phó Trưởng ban".
        if (isJoiner(text.charCodeAt(i)) && CLASS[text.charCodeAt(i + 1)] === LETTER && !breaks?.includes(i + 1)) i++;
        else break;
      }
      const glued = gluedHonorific(text, start, i);
      if (glued) {
        emit(start, start + glued, lower.slice(start, start + glued), 'word', wordCase(text, lower, start, start + glued), newline, tight);
        emit(start + glued, i, lower.slice(start + glued, i), 'word', wordCase(text, lower, start + glued, i), false, true);
      } else emit(start, i, lower.slice(start, i), 'word', wordCase(text, lower, start, i), newline, tight);
    } else if (cls === DIGIT) {
      i++;
      for (;;) {
        while (i < text.length && CLASS[text.charCodeAt(i)] === DIGIT) i++;
        const sep = text.charCodeAt(i);
        if ((sep === 46 || sep === 44) && CLASS[text.charCodeAt(i + 1)] === DIGIT) i++;
        else break;
      }
      emit(start, i, lower.slice(start, i), 'number', 0, newline, tight);
    } else {
      // One punctuation character (a surrogate pair stays whole).
      const pair = c >= 0xd800 && c <= 0xdbff;
      i += pair ? 2 : 1;
      emit(start, i, pair ? lower.slice(start, i) : charString(c), 'punct', 0, newline, tight);
    }
    spaces = 0;
    newline = false;
  }
  return tokens;
}
