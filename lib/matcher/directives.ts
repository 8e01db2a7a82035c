/**
 * Directive references: a grammar over the matching text, not a list.
 *
 *   MENTION := KIND? ("số" ":"?)? SYMBOL | KIND ("số")? NUMBER
 *   SYMBOL  := NUM "-" TYPE "/" ISSUER            Party: 57-KL/TW, 08-QĐi/TW, 12/CT/TW
 *            | NUM "/" YEAR "/" (TYPE "-")? ISSUER  legal: 72/2015/NĐ-CP, 80/2015/QH13
 *            | NUM "/" TYPE "-" ISSUER             administrative: 47/NQ-CP, 837/QĐ-TTg
 *            | NUM "/" YEAR "-" TYPE "-" ISSUER     old: 82/2005-QĐ-UBND
 *            | NUM "/" ORG "-" ORG  (after "Công văn" only)
 * with one space tolerated around "-" and "/" ("57- KL/TW", "31/NQ - CP") and codes
 * without diacritics (ND-CP). After the mention the text may give the date
 * ("ngày 15/6/2023"), the issuer ("của Bộ Chính trị", "(khóa XI)" dropped) and the
 * subject ("về …"); before it, "Ngày 14-2-2012, Bộ Chính trị ban hành …".
 */
import {
  BARE_NUMBER_KINDS,
  CODE_ALIASES,
  ISSUER_CODES,
  KIND_WORDS,
  PARTY_CENTRAL_ISSUERS,
  PARTY_KIND_OVERRIDES,
  RESOLVABLE_BARE_KINDS,
  TYPE_CODES,
} from './language/documents';
import type { Normalized } from './normalize';
import { readOrgPhrase } from './org-phrase';
import { LETTERS, LETTERS_DIGITS, isUpperChar } from './chars';
import { compilePhrases, findPhrases, isWordChar, type PhraseHit } from './phrases';

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
const HY = '\\s?-\\s?';
const SL = '\\s?/\\s?';
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
      `/${YEAR}${HY}${TYPE}${HY}(${ORG})`, // old: 82/2005-QĐ-UBND
      `${SL}${YEAR}${SL}(?:${TYPE}${HY})?${ORGS}`, // legal: 72/2015/NĐ-CP, 80/2015/QH13
      `(?:${HY}|\\s)${TYPE}${SL}${ORGS}`, // Party: 57-KL/TW, 84 QĐ/TWĐTN
      `${SL}${TYPE}${SL}${ORGS}`, // Party written with a slash: 12/CT/TW
      `${SL}${TYPE}${HY}${ORGS}`, // administrative: 47/NQ-CP
      `/(${ORG})-(${ORG})`, // công văn: 7554/VP-KGVX
    ].join('|') +
    `)(?![${LETTERS_DIGITS}])`,
  'gi',
);

const KIND_ALT = Object.keys(KIND_WORDS)
  .sort(byLengthDesc)
  .map((k) => k.split(' ').map(escapeRe).join('\\s*'))
  .join('|');
/** A kind word (and "số") right before a symbol: glued words ("Nghịquyết") occur in scraped text. */
const KIND_BEFORE = new RegExp(`(?<![${LETTERS}])(${KIND_ALT})\\s*(?:số\\s*:?\\s*)?$`);
/** A number right after a kind word, not itself the start of a symbol or a decimal. */
const BARE_NUMBER = new RegExp(`\\s*(?:số\\s*:?\\s*)?(\\d{1,5})(?![0-9]|\\s?[-/.,]\\s?[${LETTERS_DIGITS}])`, 'y');
const KIND_PHRASES = compilePhrases(Object.keys(KIND_WORDS));
const KIND_LOOKUP = new Map(Object.entries(KIND_WORDS).map(([k, v]) => [k.replace(/\s+/g, ''), v]));
const kindOf = (word: string) => KIND_LOOKUP.get(word.replace(/\s+/g, '')) ?? null;

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

/** Reads ", ngày DATE", "của ISSUER", "(khóa XI)" and "về SUBJECT" after a mention. */
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
    skip(/[\s,]*/y);
    DATE.lastIndex = at;
    const d = DATE.exec(lower);
    if (d && !ctx.date) {
      ctx.date = d[1] ? isoDate(d[1], d[2]!, d[3]!) : isoDate(d[4]!, d[5]!, d[6]!);
      at += d[0].length;
      continue;
    }
    const by = skip(/(?:của|do)\s+/y);
    if (by && !ctx.issuer) {
      const end = readOrgPhrase(text, at);
      if (end > at) {
        ctx.issuer = text.slice(at, end);
        at = end;
        skip(/\s*\(?\s*khóa\s+[IVXLC]+\s*\)?/iy);
        continue;
      }
    }
    break;
  }
  ctx.end = at;
  skip(/[\s,]*/y);
  const about = skip(/về\s+/y);
  if (about) ctx.subject = subjectSpan(text, at - about[0].length, nested);
  return ctx;
}

const CLAUSE_END = new RegExp(`[.;\\n(|]|[”"»](?![${LETTERS}])|\\s(và|cùng)\\s`, 'g');

/** "về …" up to the end of the clause (or 200 characters, cut at a comma), through a nested reference. */
function subjectSpan(text: string, from: number, nested: Nested | null): TextSpan {
  CLAUSE_END.lastIndex = from + 4;
  let m = CLAUSE_END.exec(text);
  // "và"/"cùng" end the subject only before a capitalised name ("… và Nghị định 72").
  while (m && m[1] && !isUpperChar(text[m.index + m[0].length])) m = CLAUSE_END.exec(text);
  let end = m ? m.index : text.length;
  if (nested && nested.start < end) end = nested.end;
  if (end - from > 200) {
    const comma = text.lastIndexOf(',', from + 200);
    end = comma > from ? comma : from + 200;
  }
  return { start: from, end };
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

/** "Ngày 14-2-2012, Bộ Chính trị (khóa XI) ban hành Kết luận …": date and issuer written before the mention. */
const ISSUING_VERB = /(?:ban hành|ký|phê duyệt|thông qua)\s*$/u;

function readBefore(n: Normalized, start: number): { date: string | null; issuer: string | null } {
  const from = Math.max(0, start - 160);
  // Most references have no issuing clause before them: check its last words first.
  if (!ISSUING_VERB.test(n.lower.slice(Math.max(0, start - 16), start))) return { date: null, issuer: null };
  const window = n.text.slice(from, start);
  const m = /(?:^|[.;\n]\s*|,\s*)(?:[Nn]gày\s*)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})\s*,?\s*([^.;\n]{0,90}?)\s*(?:đã\s+)?(?:chính thức\s+)?(?:ban hành|ký ban hành|ký|phê duyệt|thông qua)\s*$/u.exec(
    window,
  );
  if (!m) return { date: null, issuer: null };
  const subject = m[4]!.replace(/\s*\(?khóa\s+[IVXLC]+\)?\s*/u, ' ').trim();
  const end = readOrgPhrase(subject, 0);
  return { date: isoDate(m[1]!, m[2]!, m[3]!), issuer: end > 0 ? subject.slice(0, end) : null };
}

function symbolParts(m: RegExpExecArray): { number: string; id: string; typeCode: string | null; party: boolean } | null {
  const g = (i: number) => m[i];
  const number = g(1)!;
  const code = (c: string) => canonicalCode(c);
  const orgs = (c: string) => c.split('-').map(code).join('-');
  if (g(2)) return { number, id: `${number}/${g(2)}/${code(g(3)!)}-${code(g(4)!)}`, typeCode: code(g(3)!), party: false };
  if (g(5)) {
    const type = g(6) ? code(g(6)!) : null;
    return { number, id: `${number}/${g(5)}/${type ? `${type}-` : ''}${orgs(g(7)!)}`, typeCode: type, party: false };
  }
  if (g(8)) return { number, id: `${number}-${code(g(8)!)}/${orgs(g(9)!)}`, typeCode: code(g(8)!), party: true };
  if (g(10)) return { number, id: `${number}-${code(g(10)!)}/${orgs(g(11)!)}`, typeCode: code(g(10)!), party: true };
  if (g(12)) return { number, id: `${number}/${code(g(12)!)}-${orgs(g(13)!)}`, typeCode: code(g(12)!), party: false };
  if (g(14)) {
    const first = code(g(14)!);
    // Only a real công văn symbol: its first part is an issuer, not a type code.
    if (first in TYPE_CODES) return null;
    return { number, id: `${number}/${first}-${code(g(15)!)}`, typeCode: null, party: false };
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

const leftEdgeOk = (text: string, at: number) => {
  const c = text.charCodeAt(at - 1);
  return !isWordChar(c) && c !== 47 && c !== 46 && c !== 45; // not a letter, digit, "/", "." or "-"
};

/**
 * Every directive mention in the text, in order, with what the text says about
 * each. `kindWords` are the kind words' positions when the caller's phrase pass
 * already found them.
 */
export function findDirectives(n: Normalized, kindWords: readonly PhraseHit[] = findPhrases(KIND_PHRASES, n.lower)): DirectiveHit[] {
  const { text, lower } = n;
  const hits: DirectiveHit[] = [];

  SYMBOL.lastIndex = 0;
  for (let m = SYMBOL.exec(text); m; m = SYMBOL.exec(text)) {
    if (!leftEdgeOk(text, m.index)) {
      SYMBOL.lastIndex = m.index + 1;
      continue;
    }
    const parts = symbolParts(m);
    if (!parts) continue;
    const before = kindWordBefore(lower, m.index, kindWords);
    const kindWord = before ? kindOf(before.key) : null;
    // A công văn symbol or an old "101/CP" is only a document when a kind word says so.
    if (!parts.typeCode && !kindWord) continue;
    const start = before ? before.start : m.index;
    hits.push({
      start,
      end: m.index + m[0].length,
      id: parts.id,
      kind: kindWord ?? kindFromCode(parts.typeCode, parts.party),
      issuer: null,
      date: null,
      subject: null,
      hasSymbol: true,
      number: parts.number,
    });
  }

  // Symbol hits are in order, and so are kind words: one pointer finds any overlap.
  const symbols = hits.length;
  let next = 0;
  for (const word of kindWords) {
    const kind = kindOf(word.key);
    if (!kind || !BARE_NUMBER_KINDS.has(kind)) continue;
    BARE_NUMBER.lastIndex = word.end;
    const m = BARE_NUMBER.exec(lower);
    if (!m) continue;
    while (next < symbols && hits[next]!.end <= word.start) next++;
    if (next < symbols && hits[next]!.start < BARE_NUMBER.lastIndex) continue;
    hits.push({
      start: word.start,
      end: BARE_NUMBER.lastIndex,
      id: `${kind} ${m[1]}`,
      kind,
      issuer: null,
      date: null,
      subject: null,
      hasSymbol: false,
      number: m[1]!,
    });
  }
  hits.sort((a, b) => a.start - b.start);

  // Last first, so each subject can end after the reference nested in it.
  let nested: Nested | null = null;
  for (let i = hits.length - 1; i >= 0; i--) {
    const hit = hits[i]!;
    const after = readAfter(n, hit.end, nested);
    const before = after.date && after.issuer ? { date: null, issuer: null } : readBefore(n, hit.start);
    hit.date = after.date ?? before.date;
    hit.issuer = after.issuer ?? before.issuer;
    hit.subject = after.subject;
    nested = { start: hit.start, end: after.end };
  }
  resolveBare(hits);
  return hits;
}

/**
 * "Kết luận 16 của Bộ Chính trị" → 16-KL/TW; "Kết luận 57" → 57-KL/TW when the
 * same text writes that symbol; otherwise the id stays "Kết luận 57".
 */
function resolveBare(hits: DirectiveHit[]): void {
  // The first symbol written for each kind and number (a long text can hold thousands).
  const symbols = new Map<string, DirectiveHit>();
  for (const h of hits) {
    const key = `${h.kind}|${h.number}`;
    if (h.hasSymbol && !symbols.has(key)) symbols.set(key, h);
  }
  for (const hit of hits) {
    if (hit.hasSymbol) continue;
    const code = hit.kind ? RESOLVABLE_BARE_KINDS[hit.kind] : undefined;
    if (code && hit.issuer && PARTY_CENTRAL_ISSUERS.test(hit.issuer)) {
      hit.id = `${hit.number}-${code}/TW`;
      hit.hasSymbol = true;
      continue;
    }
    const same = symbols.get(`${hit.kind}|${hit.number}`);
    if (same) {
      hit.id = same.id;
      hit.hasSymbol = true;
    }
  }
}
