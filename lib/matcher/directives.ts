/**
 * Directive references: a grammar over the matching text, not a list.
 * Over 400 lines: one grammar, read top to bottom; split, its rules would refer across files.
 *
 *   MENTION := KIND? ("số" ":"?)? SYMBOL | KIND ("số")? NUMBER ("/" YEAR)?
 *   SYMBOL  := NUM "-" TYPE "/" ISSUER            Party: 57-KL/TW, 08-QĐi/TW, 12/CT/TW, 57/KL-TW
 *            | NUM "/" YEAR "/" (TYPE "-")? ISSUER  legal: 72/2015/NĐ-CP, 80/2015/QH13
 *            | NUM "/" TYPE "-" ISSUER             administrative: 47/NQ-CP, 837/QĐ-TTg
 *            | NUM "/" YEAR "-" TYPE "-" ISSUER     old: 82/2005-QĐ-UBND
 *            | NUM "/" ORG "-" ORG  (after "Công văn" only)
 * with spaces tolerated around "-" and "/" ("57- KL/TW", "100 - KL/TW", "31/NQ - CP")
 * and codes without diacritics (ND-CP). After the mention the text may give the date
 * ("ngày 15/6/2023"), the issuer ("của Bộ Chính trị", "(khóa XI)" dropped) and the
 * subject ("về …"); before it, "Ngày 14-2-2012, Bộ Chính trị ban hành …".
 *
 * A bare number is a document's only where the kind word is not a verb or a
 * count ("hướng dẫn 10 đoàn", "Kế hoạch 5 năm"); it takes a symbol where kind and
 * issuer make it unambiguous (language/documents.ts), or the symbol the same text
 * writes for that kind and number. Every reader looks a bounded distance from its
 * mention, so the whole is linear in the text.
 */
import {
  BARE_NUMBER_KINDS,
  CODE_ALIASES,
  COUNT_WORDS,
  DOCUMENT_FOLLOWERS,
  GOVERNMENT_CODES,
  GOVERNMENT_ISSUER,
  ISSUER_CODES,
  KIND_WORDS,
  PARTY_CENTRAL_CODES,
  PARTY_ISSUER_CODES,
  PARTY_CENTRAL_ISSUERS,
  PARTY_CENTRAL_LATER,
  PARTY_KIND_OVERRIDES,
  TYPE_CODES,
} from './language/documents';
import type { Normalized } from '../text/normalize';
import { trailingNameStart } from './names';
import { readOrgPhrase } from './org-phrase';
import { LETTERS, LETTERS_DIGITS, isUpperChar } from '../text/chars';
import { compilePhrases, findPhrases, isWordChar, type PhraseHit } from './phrases';
import { lazy } from './lazy';

export interface DirectiveHit {
  /** The mention in the matching text: kind word (if any) through the symbol or number. */
  start: number;
  end: number;
  id: string;
  kind: string | null;
  issuer: string | null;
  date: string | null;
  /** Where its "về …" clause lies in the matching text; subjectText() makes it text (most mentions repeat a subject already read). */
  subject: TextSpan | null;
  /** False for a bare "Kết luận 16" that could not be resolved to a symbol. */
  hasSymbol: boolean;
  number: string;
  /** The year written with a bare number ("Nghị quyết 57/2024"), or null. */
  year: string | null;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLengthDesc = (a: string, b: string) => b.length - a.length;

const CANONICAL_CODE = new Map<string, string>();
for (const code of [...Object.keys(TYPE_CODES), ...Object.keys(ISSUER_CODES)]) CANONICAL_CODE.set(code.toUpperCase(), code);
for (const [alias, code] of Object.entries(CODE_ALIASES)) CANONICAL_CODE.set(alias.toUpperCase(), code);

/** A code as officially written: known codes take their spelling (TTg, QĐi), unknown ones are kept unless all lower case. */
export function canonicalCode(code: string): string {
  const known = CANONICAL_CODE.get(code.toUpperCase());
  if (known) return known;
  return code === code.toLowerCase() ? code.toUpperCase() : code;
}

const TYPE_ALT = [...Object.keys(TYPE_CODES), ...Object.keys(CODE_ALIASES).filter((a) => a !== 'TƯ')]
  .sort(byLengthDesc)
  .map(escapeRe)
  .join('|');
const NUM = '(\\d{1,5})';
// People type spaces around the separators ("57- KL/TW", "100 - KL/TW", "79/2010/QĐ- TTg"); a few, never a line.
const HY = '[ ]{0,2}-[ ]{0,2}';
const SL = '[ ]{0,2}/[ ]{0,2}';
const YEAR = '((?:19|20)\\d{2})';
const ORG = `[${LETTERS}][${LETTERS_DIGITS}]{0,14}`;
// Joint issuers chain with plain hyphens (TTLT-BNV-VPCP): no spaces inside the chain.
const ORGS = `(${ORG}(?:-${ORG}){0,3})`;
const TYPE = `(${TYPE_ALT})`;

// The number first and once, with no look-behind: the engine then skips
// straight to digits. The left edge is checked after a match.
const SYMBOL = new RegExp(
  `${NUM}(?:` +
    [
      `/${YEAR}${HY}${TYPE}${HY}(${ORG})`, // old: 82/2005-QĐ-UBND (groups 2-4)
      `${SL}${YEAR}${SL}(?:${TYPE}${HY})?${ORGS}`, // legal: 72/2015/NĐ-CP, 80/2015/QH13 (5-7)
      `(?:${HY}|[ ])${TYPE}${SL}${ORGS}`, // Party: 57-KL/TW, 84 QĐ/TWĐTN (8-9)
      `${SL}${TYPE}${SL}${ORGS}`, // Party written with a slash: 12/CT/TW (10-11)
      `${HY}${TYPE}-(TW|TƯ)`, // Party written with hyphens: 57-KL-TW (12-13)
      `${SL}${TYPE}${HY}${ORGS}`, // administrative: 47/NQ-CP; 57/KL-TW is the Party's (14-15)
      `${SL}(${ORG})-(${ORG})`, // công văn: 7554/VP-KGVX, "348 /UBND-GD" (16-17)
    ].join('|') +
    `)(?![${LETTERS_DIGITS}])`,
  'gi',
);

/** A legislature's term written a space after its code ("UBTVQH 14"). */
const LEGISLATURE_TERM = /^ (\d{2})(?![\d/]|[.,-]\d|[ ]?[-/])/;

const KIND_ALT = Object.keys(KIND_WORDS)
  .sort(byLengthDesc)
  .map((k) => k.split(' ').map(escapeRe).join('\\s*'))
  .join('|');
/** A kind word (and "số") right before a symbol: glued words ("Nghịquyết") occur in scraped text. */
const KIND_BEFORE = new RegExp(`(?<![${LETTERS}])(${KIND_ALT})\\s*(?:số\\s*:?\\s*)?$`);
/** A number right after a kind word, with "số" and a year ("Nghị quyết 57/2024"). What follows is judged apart. */
const BARE_NUMBER = /[ ]{0,3}(?:(số)[ ]{0,2}:?[ ]{0,2})?(\d{1,5})(?:[ ]?\/[ ]?((?:19|20)\d{2}))?/y;
/**
 * What may not follow a document's bare number: more digits, a symbol or date the
 * grammar did not read ("16/6", "57-KLTW", "57 -KL"), a decimal, a percentage. A
 * dash with a space on each side is punctuation ("Nghị quyết 57 - động lực mới").
 */
const NOT_AFTER_NUMBER = new RegExp(`^(?:[0-9]|[-/]|[ ]?[-/][${LETTERS_DIGITS}]|[.,][0-9]|[ ]?%)`);
/** The (up to) two words after the number, in the lower-cased text. */
// A year range after "năm" ("Kế hoạch 5 năm 2021-2025") is a period, not a date: it is read whole.
const NEXT_WORDS = new RegExp(`^[ ]{1,2}([${LETTERS}]+)(?:[ ]([${LETTERS}]+|[0-9]+(?:[ ]?-[ ]?[0-9]+)?))?`);
const KIND_PHRASES = lazy(() => compilePhrases(Object.keys(KIND_WORDS)));
const KIND_LOOKUP = lazy(() => new Map(Object.entries(KIND_WORDS).map(([k, v]) => [k.replace(/\s+/g, ''), v])));
const kindOf = (word: string) => KIND_LOOKUP().get(word.replace(/\s+/g, '')) ?? null;

const DATE = /(?:ngày\s*)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})|ngày\s*(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2})/uy;

function isoDate(d: string, m: string, y: string): string | null {
  const day = Number(d);
  const month = Number(m);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface TextSpan {
  start: number;
  end: number;
}

interface Context {
  issuer: string | null;
  date: string | null;
  subject: TextSpan | null;
  end: number;
}

/** The next mention, so a subject can take in a nested reference ("… thực hiện Kết luận số 57-KL/TW của Bộ Chính trị"). */
interface Nested {
  start: number;
  /** End of its mention with its date and issuer. */
  end: number;
}

/** Words a name in capitals runs on into ("BỘ CHÍNH TRỊ VỀ THÔNG TIN ĐỐI NGOẠI"), where case cannot end it. */
const ENDS_A_NAME_IN_CAPITALS = new Set(['về', 'ngày', 'năm', 'tại', 'trong', 'với', 'để', 'cho', 'đến', 'của', 'khóa', 'đã', 'được', 'và', 'nhằm']);

/**
 * End of the issuer's name read from `at` to `end`: without a verb's first syllable
 * that the name reader took for the end of a word ("HĐND tỉnh Bắc Kạn quy định …"),
 * and in capitals before the first function word.
 */
/** "Thủ tướng Chính phủ Trịnh Quang Lực": the office issued it, its holder's name is no part of the issuer. */
function withoutSignatory(written: string, at: number, end: number): number {
  const words = [...written.matchAll(/\S+/g)];
  const k = trailingNameStart(words.map((w) => w[0]));
  return k < 0 ? end : at + written.slice(0, words[k]!.index).trimEnd().length;
}

function issuerEnd(n: Normalized, at: number, end: number): number {
  const lastSpace = n.lower.lastIndexOf(' ', end - 1);
  if (lastSpace > at) {
    const next = /^\s{1,2}([\p{L}]+)/u.exec(n.lower.slice(end, end + 20));
    if (next && DOCUMENT_FOLLOWERS.has(`${n.lower.slice(lastSpace + 1, end)} ${next[1]}`)) return n.text.slice(at, lastSpace).trimEnd().length + at;
  }
  const written = n.text.slice(at, end);
  if (written !== written.toUpperCase()) return withoutSignatory(written, at, end);
  const lower = n.lower.slice(at, end);
  const words = /\S+/g;
  for (let m = words.exec(lower); m; m = words.exec(lower)) {
    if (m.index > 0 && ENDS_A_NAME_IN_CAPITALS.has(m[0])) return at + lower.slice(0, m.index).trimEnd().length;
  }
  return end;
}

const PASSIVE_VERB = /\s{0,3}(?:\(?\s{0,3}khóa\s+[ivxlc]+\s{0,3}\)?\s{0,3})?(?:ký\s+)?(?:ban hành|thông qua|ký)(?![\p{L}])/uy;
// What readAfter skips, made once: a regex literal in the loop is a new object at every mention.
const GAP_AFTER = /[\s,]{0,8}/y;
const ISSUER_WORD = /(?:của|do|được)\s+/y;
const TERM_AFTER = /\s{0,3}\(?\s{0,3}khóa\s+[IVXLC]+\s{0,3}\)?/iy;
const ABOUT = /về\s+/y;

/** Reads ", ngày DATE", "của ISSUER", "do ISSUER", "được ISSUER ban hành", "(khóa XI)" and "về SUBJECT" after a mention. */
function readAfter(n: Normalized, pos: number, nested: Nested | null): Context {
  const { text, lower } = n;
  const ctx: Context = { issuer: null, date: null, subject: null, end: pos };
  let at = pos;
  const skip = (re: RegExp) => {
    re.lastIndex = at;
    const m = re.exec(lower);
    if (m) at += m[0].length;
    return m;
  };
  for (let round = 0; round < 3; round++) {
    skip(GAP_AFTER);
    DATE.lastIndex = at;
    const d = DATE.exec(lower);
    if (d && !ctx.date) {
      ctx.date = d[1] ? isoDate(d[1], d[2]!, d[3]!) : isoDate(d[4]!, d[5]!, d[6]!);
      at += d[0].length;
      continue;
    }
    const from = at;
    const by = skip(ISSUER_WORD);
    if (by && !ctx.issuer) {
      const end = issuerEnd(n, at, readOrgPhrase(text, at));
      // "được Bộ Chính trị ban hành": after "được" a name is the issuer only before the issuing verb.
      const passive = by[0].startsWith('được');
      PASSIVE_VERB.lastIndex = end;
      if (end > at && (!passive || PASSIVE_VERB.test(lower))) {
        ctx.issuer = text.slice(at, end);
        at = passive ? PASSIVE_VERB.lastIndex : end;
        skip(TERM_AFTER);
        continue;
      }
    }
    at = from;
    break;
  }
  ctx.end = at;
  skip(GAP_AFTER);
  const about = skip(ABOUT);
  if (about) ctx.subject = subjectSpan(text, at - about[0].length, nested);
  return ctx;
}

/** A subject runs at most this far; past it, it is cut at its last comma. */
const SUBJECT_MAX = 200;
/** By character code: the scan reads codes, as a one-character string per character would be made anew. */
const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const CLAUSE_STOPS = codes('.;\n(|');
const QUOTES_CLOSING = codes('”"»');
const LETTER = new RegExp(`[${LETTERS}]`);

/**
 * Where the clause ends after `from + 4`, looking no further than `limit`: at ".",
 * ";", a line, "(", a closing quote, or "và"/"cùng" before a capitalised name
 * ("… và Nghị định 72"); `limit` when none comes first.
 */
function clauseEnd(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (CLAUSE_STOPS.has(c)) return i;
    if (QUOTES_CLOSING.has(c) && !LETTER.test(text[i + 1] ?? '')) return i;
    if (c === 32 || c === 10) {
      const word = text.startsWith('và', i + 1) ? 2 : text.startsWith('cùng', i + 1) ? 4 : 0;
      if (word && /\s/.test(text[i + 1 + word] ?? '') && isUpperChar(text[i + 2 + word])) return i;
    }
  }
  return limit;
}

/** "về …" up to the end of the clause (or 200 characters, cut at a comma), through a nested reference. */
function subjectSpan(text: string, from: number, nested: Nested | null): TextSpan {
  // Looking one character past the cap is enough: a longer clause is cut anyway.
  const limit = Math.min(text.length, from + SUBJECT_MAX + 1);
  let end = clauseEnd(text, from + 4, limit);
  if (end === limit && limit < text.length) end = limit + 1;
  if (nested && nested.start < end) end = nested.end;
  if (end - from > SUBJECT_MAX) {
    let comma = from + SUBJECT_MAX;
    while (comma > from && text[comma] !== ',') comma--;
    end = comma > from ? comma : from + SUBJECT_MAX;
  }
  return { start: from, end: Math.min(end, text.length) };
}

/** A subject's text, without quotes and doubled spaces; null when nothing is left of it. */
export function subjectText(text: string, span: TextSpan): string | null {
  const subject = text
    .slice(span.start, span.end)
    .replace(/[“"«”»]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s,:]+$/, '');
  return subject.length > 4 ? subject : null;
}

/**
 * "Ngày 14-2-2012, Bộ Chính trị (khóa XI) ban hành Kết luận …", "… như Ban Bí thư
 * Trung ương Đảng ban hành Chỉ thị …": the issuer is the name that ends right
 * before the issuing verb, read back to the start of its clause; the date, when
 * one stands right before that name.
 */
// Scraped text glues words ("Chính phủđã ban hành"): "đã" may touch the name.
const ISSUING_VERB = /(?:(?:^|[^\p{L}])(?:(?:đã|vừa|mới|chính thức|cũng)\s+){0,3}|đã\s+)(?:ký ban hành|ban hành|ký|phê duyệt|thông qua|ra)\s*$/u;
const TERM_BEFORE = /\s*\(?\s*khóa\s+[ivxlc]+\s*\)?\s*$/u;
const DATE_RIGHT_BEFORE = /ngày\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})\s*,?\s*$/u;
const CLAUSE_STOP_BEFORE = /[.;:\n!?,(]/g;
/** How far back an issuer's name may start. */
const ISSUER_REACH = 80;

function readBefore(n: Normalized, start: number): { date: string | null; issuer: string | null } {
  const none = { date: null, issuer: null };
  const { text, lower } = n;
  // Most references have no issuing clause before them: check its last words first.
  const verbFrom = Math.max(0, start - 40);
  const verb = ISSUING_VERB.exec(lower.slice(verbFrom, start));
  if (!verb) return none;
  let nameEnd = verbFrom + verb.index + (verb[0].length - verb[0].trimStart().length);
  const term = TERM_BEFORE.exec(lower.slice(Math.max(0, nameEnd - 20), nameEnd));
  if (term) nameEnd -= term[0].length;
  while (nameEnd > 0 && text[nameEnd - 1] === ' ') nameEnd--;
  // The clause the name may lie in: after the last stop or comma within reach.
  const from = Math.max(0, nameEnd - ISSUER_REACH);
  const window = text.slice(from, nameEnd);
  let clause = 0;
  CLAUSE_STOP_BEFORE.lastIndex = 0;
  for (let m = CLAUSE_STOP_BEFORE.exec(window); m; m = CLAUSE_STOP_BEFORE.exec(window)) clause = m.index + 1;
  // The longest name that ends exactly at the verb: from the clause's first capitalised word on.
  let issuer: string | null = null;
  let issuerAt = nameEnd;
  for (let i = clause; i < window.length; i++) {
    if (!isUpperChar(window[i]) || LETTER.test(window[i - 1] ?? '')) continue;
    const name = window.slice(i);
    if (readOrgPhrase(name, 0) === name.length) {
      issuer = name;
      issuerAt = from + i;
      break;
    }
  }
  if (!issuer) return none;
  const onBehalf = onBehalfOf(text.slice(Math.max(0, issuerAt - ISSUER_REACH), issuerAt));
  const d = DATE_RIGHT_BEFORE.exec(lower.slice(Math.max(0, issuerAt - 30), issuerAt));
  return { date: d ? isoDate(d[1]!, d[2]!, d[3]!) : null, issuer: onBehalf ?? issuer };
}

/** "Thay mặt Bộ Chính trị, Tổng Bí thư … ký ban hành": the body a signatory signs for, in the same sentence. */
function onBehalfOf(before: string): string | null {
  const sentence = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf('\n')) + 1);
  const m = /(?:^|[^\p{L}])[Tt]hay mặt\s+([^,]{2,60}?)\s*,\s*$/u.exec(sentence);
  if (!m) return null;
  const body = m[1]!.trim();
  return readOrgPhrase(body, 0) === body.length ? body : null;
}

interface SymbolParts {
  number: string;
  id: string;
  typeCode: string | null;
  party: boolean;
}

function symbolParts(m: RegExpExecArray): SymbolParts | null {
  const g = (i: number) => m[i];
  const number = g(1)!;
  const code = (c: string) => canonicalCode(c);
  const orgs = (c: string) => c.split('-').map(code).join('-');
  const party = (type: string, issuer: string) => ({ number, id: `${number}-${code(type)}/${orgs(issuer)}`, typeCode: code(type), party: true });
  if (g(2)) return { number, id: `${number}/${g(2)}/${code(g(3)!)}-${code(g(4)!)}`, typeCode: code(g(3)!), party: false };
  if (g(5)) {
    const type = g(6) ? code(g(6)!) : null;
    return { number, id: `${number}/${g(5)}/${type ? `${type}-` : ''}${orgs(g(7)!)}`, typeCode: type, party: false };
  }
  if (g(8)) {
    // "21-CT/TTg": a State issuer's symbol typed the Party's way is the State's, 21/CT-TTg.
    const issuer = code(g(9)!.split('-')[0]!);
    if (issuer in ISSUER_CODES && !PARTY_ISSUER_CODES.has(issuer)) return { number, id: `${number}/${code(g(8)!)}-${orgs(g(9)!)}`, typeCode: code(g(8)!), party: false };
    return party(g(8)!, g(9)!);
  }
  if (g(10)) return party(g(10)!, g(11)!);
  if (g(12)) return party(g(12)!, g(13)!);
  if (g(14)) {
    // "/TW" is the Party centre's alone: "57/KL-TW" is 57-KL/TW typed the State's way.
    if (code(g(15)!) === 'TW') return party(g(14)!, g(15)!);
    return { number, id: `${number}/${code(g(14)!)}-${orgs(g(15)!)}`, typeCode: code(g(14)!), party: false };
  }
  if (g(16)) {
    const first = code(g(16)!);
    // Only a real công văn symbol: its first part is an issuer, not a type code.
    if (first in TYPE_CODES) return null;
    return { number, id: `${number}/${first}-${code(g(17)!)}`, typeCode: null, party: false };
  }
  return null;
}

function kindFromCode(typeCode: string | null, party: boolean): string | null {
  if (!typeCode) return null;
  return (party ? PARTY_KIND_OVERRIDES[typeCode] : undefined) ?? TYPE_CODES[typeCode] ?? null;
}

const BETWEEN_KIND_AND_SYMBOL = /^\s*(?:số\s*:?\s*)?$/u;

/**
 * The kind word right before a symbol ("Kết luận số 57-KL/TW"), from the kind
 * words already found; a scraped text's glued "Nghịquyết" is looked for directly.
 */
function kindWordBefore(lower: string, at: number, kindWords: readonly PhraseHit[]): { start: number; key: string } | null {
  let lo = 0;
  let hi = kindWords.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (kindWords[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  const word = kindWords[lo - 1];
  if (word && at - word.end <= 8 && BETWEEN_KIND_AND_SYMBOL.test(lower.slice(word.end, at))) return word;
  const glued = KIND_BEFORE.exec(lower.slice(Math.max(0, at - 40), at));
  return glued ? { start: at - glued[0].length, key: glued[1]! } : null;
}

/** Not after a letter, digit, "/", "." or "-"; but after a glued "số" ("số57-KL/TW", scraped text). */
const leftEdgeOk = (lower: string, at: number) => {
  const c = lower.charCodeAt(at - 1);
  if (!isWordChar(c) && c !== 47 && c !== 46 && c !== 45) return true;
  return lower.startsWith('số', at - 2) && !isWordChar(lower.charCodeAt(at - 3));
};

const ROMAN = /^[ivxlc]+$/;
const YEAR_OR_DATE = /^[0-9]+$|^[0-9]{1,2}-[0-9]{1,2}$/;

/** What the words after a bare number say: a count ("10 đoàn"), a document ("57 của", "613 năm 2011") or nothing. */
type Follower = 'closed' | 'dated' | 'count' | 'document' | 'other';
function followerOf(lower: string, at: number): { follower: Follower; wordAt: number } {
  const m = NEXT_WORDS.exec(lower.slice(at, at + 40));
  // Punctuation, a line's end or the text's end.
  if (!m) return { follower: 'closed', wordAt: at };
  return { follower: wordsFollower(m[1]!, m[2]), wordAt: at + m[0].indexOf(m[1]!) };
}

function wordsFollower(first: string, second: string | undefined): Follower {
  if ((first === 'năm' || first === 'ngày') && second !== undefined && YEAR_OR_DATE.test(second)) return 'dated';
  if (first === 'khóa' && second !== undefined && ROMAN.test(second)) return 'document';
  const pair = second !== undefined ? `${first} ${second}` : null;
  if (pair && COUNT_WORDS.has(pair)) return 'count';
  if (pair && DOCUMENT_FOLLOWERS.has(pair)) return 'document';
  if (COUNT_WORDS.has(first)) return 'count';
  if (DOCUMENT_FOLLOWERS.has(first)) return 'document';
  return 'other';
}

/** A bare number after a kind word, when it is a document's: the hit without its context, or null. */
function readBare(n: Normalized, word: PhraseHit, kind: string): DirectiveHit | null {
  const policy = BARE_NUMBER_KINDS[kind];
  if (!policy) return null;
  const { text, lower } = n;
  BARE_NUMBER.lastIndex = word.end;
  const m = BARE_NUMBER.exec(lower);
  if (!m) return null;
  const end = word.end + m[0].length;
  if (NOT_AFTER_NUMBER.test(lower.slice(end, end + 4))) return null;
  const [, so, number, year] = m as unknown as [string, string | undefined, string, string | undefined];
  if (!so) {
    // "kế hoạch 2025", "Chương trình 2030": a year names a period; a document's number needs "số" to be read so.
    if (policy !== 'document' && /^(?:19|20)\d\d$/.test(number)) return null;
    const { follower, wordAt } = followerOf(lower, end);
    // In a headline in capitals, case says nothing.
    const capitals = isUpperChar(text[word.start]) && isUpperChar(text[word.end - 1]);
    // A capitalised word after the number starts a name or a sentence: the number stands alone.
    const nextCap = follower !== 'closed' && !capitals && isUpperChar(text[wordAt]);
    const closed = follower === 'closed' || nextCap;
    if (follower === 'count' && !nextCap) return null;
    if (policy === 'named' && !year && follower !== 'dated') return null;
    const lowerCase = !isUpperChar(text[word.start]);
    if (policy === 'verb' && lowerCase && !closed && !year && follower !== 'dated' && follower !== 'document') return null;
  }
  return {
    start: word.start,
    end,
    id: `${kind} ${number}`,
    kind,
    issuer: null,
    date: null,
    subject: null,
    hasSymbol: false,
    number,
    year: year ?? null,
  };
}

/**
 * Every directive mention in the text, in order, with what the text says about
 * each. `kindWords` are the kind words' positions when the caller's phrase pass
 * already found them.
 */
export function findDirectives(n: Normalized, kindWords: readonly PhraseHit[] = findPhrases(KIND_PHRASES(), n.lower)): DirectiveHit[] {
  const { text } = n;
  const hits: DirectiveHit[] = [];
  // The kind a symbol's type code names, for matching bare numbers to it ("Kết luận 57" and "57-KL/TW").
  const codeKinds = new Map<DirectiveHit, string | null>();

  SYMBOL.lastIndex = 0;
  for (let m = SYMBOL.exec(text); m; m = SYMBOL.exec(text)) {
    if (!leftEdgeOk(n.lower, m.index)) {
      SYMBOL.lastIndex = m.index + 1;
      continue;
    }
    const parts = symbolParts(m);
    if (!parts) continue;
    // The Quốc hội's term after its code, a space apart: "819/NQ-UBTVQH 14" is 819/NQ-UBTVQH14.
    const term = /QH$/i.test(parts.id) ? LEGISLATURE_TERM.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 4)) : null;
    if (term) parts.id += term[1];
    const symbolEnd = m.index + m[0].length + (term ? term[0].length : 0);
    const before = kindWordBefore(n.lower, m.index, kindWords);
    const kindWord = before ? kindOf(before.key) : null;
    // A công văn symbol or an old "101/CP" is only a document when a kind word says so.
    if (!parts.typeCode && !kindWord) continue;
    const start = before ? before.start : m.index;
    const hit: DirectiveHit = {
      start,
      end: symbolEnd,
      id: parts.id,
      kind: kindWord ?? kindFromCode(parts.typeCode, parts.party),
      issuer: null,
      date: null,
      subject: null,
      hasSymbol: true,
      number: parts.number,
      year: null,
    };
    hits.push(hit);
    codeKinds.set(hit, kindFromCode(parts.typeCode, parts.party));
  }
  // Symbol hits are in order, and so are kind words: one pointer finds any overlap.
  const symbols = hits.length;
  let next = 0;
  for (const word of kindWords) {
    const kind = kindOf(word.key);
    if (!kind) continue;
    const hit = readBare(n, word, kind);
    if (!hit) continue;
    while (next < symbols && hits[next]!.end <= word.start) next++;
    if (next < symbols && hits[next]!.start < hit.end) continue;
    hits.push(hit);
  }
  hits.sort((a, b) => a.start - b.start);

  readContexts(n, hits);
  resolveBare(hits, codeKinds);
  return hits;
}

/** Issuer code at the end of a symbol: "TW" of 57-KL/TW, "QH14" of 88/2019/QH14. */
const issuerCode = (id: string) => id.slice(Math.max(id.lastIndexOf('/'), id.lastIndexOf('-')) + 1).toUpperCase();
const COORDINATION = /^[\s,]{0,3}(?:(?:và|cùng|hoặc)\s{1,3})?$/u;

/** Date, issuer and subject of each mention, last first so each subject can end after the reference nested in it. */
function readContexts(n: Normalized, hits: DirectiveHit[]): void {
  let nested: Nested | null = null;
  for (let i = hits.length - 1; i >= 0; i--) {
    const hit = hits[i]!;
    const following = hits[i + 1];
    const after = readAfter(n, hit.end, nested);
    const before = after.date && after.issuer ? { date: null, issuer: null } : readBefore(n, hit.start);
    hit.date = after.date ?? before.date;
    hit.issuer = after.issuer ?? before.issuer;
    hit.subject = after.subject;
    nested = { start: hit.start, end: after.end };
    if (hit.issuer || !following) continue;
    // "Nghị quyết 88/2019/QH14 và Nghị quyết 120/2020/QH14 của Quốc hội": one issuer after a list covers it.
    const gap = following.start - after.end;
    if (following.issuer && gap >= 0 && gap <= 12 && COORDINATION.test(n.lower.slice(after.end, following.start))) {
      if (!hit.hasSymbol || (following.hasSymbol && issuerCode(following.id) === issuerCode(hit.id))) hit.issuer = following.issuer;
    }
  }
  // "Nghị quyết 57 về đột phá phát triển khoa học … của Bộ Chính trị": the Party centre named later in the sentence;
  // "của Hội nghị lần thứ tư Ban Chấp hành Trung ương", where the name reader stops at "Hội nghị".
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    if (hit.hasSymbol || !hit.kind || !PARTY_CENTRAL_CODES[hit.kind]) continue;
    if (hit.issuer && !/^hội nghị$/iu.test(hit.issuer.trim())) continue;
    const stop = Math.min(hit.end + 250, hits[i + 1]?.start ?? n.text.length);
    const window = n.lower.slice(hit.end, stop);
    const sentence = window.search(/[.;\n!?]/);
    const m = PARTY_CENTRAL_LATER.exec(sentence >= 0 ? window.slice(0, sentence) : window);
    if (m) {
      const at = hit.end + m.index + m[0].length - m[1]!.length;
      hit.issuer = n.text.slice(at, at + m[1]!.length);
    }
  }
}

const numberKey = (number: string) => String(Number(number));
const isPartyCentral = (issuer: string) => PARTY_CENTRAL_ISSUERS.test(issuer.replace(/\s+/g, ' ').trim());

/** The symbol a bare number takes from its kind and issuer, or null when they leave it open. */
function derivedSymbol(hit: DirectiveHit): string | null {
  const kind = hit.kind;
  if (!kind) return null;
  const issuer = hit.issuer?.replace(/\s+/g, ' ').trim() ?? null;
  const party = PARTY_CENTRAL_CODES[kind];
  if (party && issuer && isPartyCentral(issuer)) return `${hit.number}-${party}/TW`;
  const government = GOVERNMENT_CODES[kind];
  if (government && issuer && GOVERNMENT_ISSUER.test(issuer)) return `${hit.number}/${government}-CP`;
  // Only the Government issues a Nghị định, each numbered within its year: 72/2015 is 72/2015/NĐ-CP.
  if (kind === 'Nghị định' && hit.year) return `${hit.number}/${hit.year}/NĐ-CP`;
  return null;
}

/**
 * "Kết luận 16 của Bộ Chính trị" → 16-KL/TW; "Kết luận 57" → 57-KL/TW when the
 * same text writes (or derives) that symbol for that kind and number; otherwise
 * the id stays "Kết luận 57".
 */
function resolveBare(hits: DirectiveHit[], codeKinds: ReadonlyMap<DirectiveHit, string | null>): void {
  for (const hit of hits) {
    if (hit.hasSymbol) continue;
    const id = derivedSymbol(hit);
    if (id) {
      hit.id = id;
      hit.hasSymbol = true;
    }
  }
  // The nearest symbol of the same kind and number before each bare mention, else the first after it:
  // one sweep each way, so thousands of mentions cost no more than their number.
  const keysOf = (h: DirectiveHit) => [h.kind, codeKinds.get(h)].filter((k): k is string => !!k).map((k) => `${k}|${numberKey(h.number)}`);
  const chosen = new Map<DirectiveHit, DirectiveHit>();
  for (const order of [hits, [...hits].reverse()]) {
    const last = new Map<string, DirectiveHit>();
    for (const h of order) {
      if (h.hasSymbol) {
        for (const key of keysOf(h)) last.set(key, h);
        continue;
      }
      const symbol = last.get(`${h.kind}|${numberKey(h.number)}`);
      if (symbol && !chosen.has(h)) chosen.set(h, symbol);
    }
  }
  for (const [hit, symbol] of chosen) {
    // An issuer the text gives must agree with the symbol's: a provincial "Kết luận 57" is not 57-KL/TW.
    if (hit.issuer && isPartyCentral(hit.issuer) !== (issuerCode(symbol.id) === 'TW')) continue;
    // Nor may the years differ: Thông tư 03/2024 is not 03/2023/TT-BTTTT.
    const symbolYear = /^\d+\/((?:19|20)\d\d)\//.exec(symbol.id)?.[1];
    if (hit.year && symbolYear && hit.year !== symbolYear) continue;
    hit.id = symbol.id;
    hit.hasSymbol = true;
  }
}
