/**
 * Officials: a named person with a Party, State, military or police title.
 *
 * 1. Title spans: a head (Bộ trưởng, Phó Trưởng ban, Thiếu tướng, UVBTV…) runs on
 *    through its organisation (Bộ Ngoại giao, Ban Chỉ đạo công tác thông tin đối
 *    ngoại tỉnh Hòa Bình, ", Bộ Công an") until punctuation, a clause word, a line
 *    break, or a personal name that closes it: "Thứ trưởng Thường trực Bộ Ngoại
 *    giao Nguyễn Minh Vũ".
 * 2. Titles separated by a comma or dash form a chain. A chain that ends in a name
 *    belongs to that name; one that does not belongs to the name written right
 *    before it ("Nguyễn Xuân Phúc, Ủy viên Bộ Chính trị, Chủ tịch nước;").
 * 3. A person is an official when at least one title attaches to them. The same
 *    person written two ways (tone placement, case) is one official; every later
 *    full-name mention and short reference ("ông Dũng") is a mention of them.
 * Bylines, photo credits, private citizens and academics carry no title, so they
 * never qualify.
 */
import { bestNameEndingAt, capRunEnd, type NameCandidate } from './names';
import { foldKey, type Normalized } from './normalize';
import { DEPUTY_HEADS, HEADS, RANKS, TITLE_INNER_PHRASES, TITLE_MODIFIERS, TITLE_STOPWORDS } from './language/titles';
import { ADMINISTRATIVE_UNITS, NAMED_AFTER_PEOPLE } from './language/places';
import { tokenize, type Token } from './tokens';

/** Offsets below are into the matching text. */
export interface TitleHit {
  start: number;
  end: number;
  /** Where the head (with "Phó" and modifiers) ends and the organisation begins. */
  headEnd: number;
  /** The folded head, e.g. "phó trưởng ban". */
  head: string;
}

export interface NameHit {
  start: number;
  end: number;
}

export interface OfficialHit {
  key: string;
  /** Every full-name mention a title attaches to, first one first. */
  names: NameHit[];
  titles: TitleHit[];
}

/** Token-level title span while a window is being read. */
interface TitleSpan {
  start: number;
  end: number;
  headEnd: number;
  head: string;
}

export interface OfficialsOptions {
  /** Folded full names of known officials (the seed gazetteer). */
  known: ReadonlySet<string>;
  /** Extra title heads (folded) the lexicon learnt from the seeds. */
  extraHeads?: readonly string[];
}

const split = (phrase: string) => foldKey(phrase).split(' ');

class HeadTable {
  private readonly byFirst = new Map<string, string[][]>();
  readonly deputyHeads = new Set(DEPUTY_HEADS.map(foldKey));

  constructor(extra: readonly string[]) {
    for (const head of [...HEADS, ...DEPUTY_HEADS, ...RANKS, ...extra]) this.add(split(head));
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  private add(words: string[]): void {
    const list = this.byFirst.get(words[0]!) ?? [];
    if (!list.some((w) => w.join(' ') === words.join(' '))) list.push(words);
    this.byFirst.set(words[0]!, list);
  }

  /** The longest head starting at token i: its end and folded text. */
  match(tokens: readonly Token[], i: number): { end: number; head: string } | null {
    const first = tokens[i];
    if (!first || first.kind !== 'word') return null;
    for (const words of this.byFirst.get(first.lower) ?? []) {
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) {
        const t = tokens[i + k];
        ok = !!t && t.lower === words[k] && t.tight && !t.newline;
      }
      if (ok) return { end: i + words.length, head: words.join(' ') };
    }
    return null;
  }
}

const MODIFIERS = new Set(TITLE_MODIFIERS.map((m) => foldKey(m).replace(/\.$/, '')));
/** Phrases by their first word, so a token is checked against the few that can start there. */
function byFirstWord(phrases: readonly string[]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const words of phrases.map(split)) map.set(words[0]!, [...(map.get(words[0]!) ?? []), words]);
  return map;
}
const STOPS = byFirstWord(TITLE_STOPWORDS);
const INNER = byFirstWord(TITLE_INNER_PHRASES);
/** The last word of each place introducer ("đại lộ" → "lộ"), as seen right before a run. */
const lastWords = (phrases: readonly string[]) => new Set(phrases.map((p) => split(p).pop()!));
const NAMED_PLACE_WORDS = lastWords(NAMED_AFTER_PEOPLE);
const UNIT_WORDS = lastWords(ADMINISTRATIVE_UNITS);
/** A name right after an administrative unit needs this much evidence (surname, middle name, length). */
const NAME_AFTER_UNIT = 4;

/** Is a name starting at token j (right after a place word) really a place? */
export function placeBlocksName(tokens: readonly Token[], j: number, score: number): boolean {
  const before = tokens[j - 1];
  if (!before || before.newline || before.kind !== 'word') return false;
  if (NAMED_PLACE_WORDS.has(before.lower)) return true;
  return UNIT_WORDS.has(before.lower) && score < NAME_AFTER_UNIT;
}
/** Prepositions inside an organisation's name, only when a capitalised name follows ("Đại sứ … tại Việt Nam"). */
const INNER_PREPOSITIONS = new Set(['tại', 'của', 'về', 'ở', 'và']);
/** Heads that need an organisation to be an office of state rather than a job ("Giám đốc phát triển"). */
const GENERIC_HEADS = new Set(
  ['giám đốc', 'tổng giám đốc', 'trưởng phòng', 'chủ tịch', 'trưởng ban', 'trợ lý', 'tham tán', 'ủy viên'].map(foldKey),
);
const BUSINESS = /(?:^|\s)(?:công ty|ctcp|tnhh|doanh nghiệp)(?:\s|$)/u;

const phraseAt = (tokens: readonly Token[], j: number, words: string[]) =>
  words.every((w, k) => tokens[j + k]?.lower === w && (k === 0 || tokens[j + k]!.tight));

/** A clause word ends the title, unless it starts a phrase organisations use ("tối cao"). */
function stopAt(tokens: readonly Token[], j: number): boolean {
  const first = tokens[j]!.lower;
  const stops = STOPS.get(first);
  if (!stops?.some((words) => phraseAt(tokens, j, words))) return false;
  return !INNER.get(first)?.some((words) => phraseAt(tokens, j, words));
}

const isWordLike = (t: Token | undefined) => !!t && t.kind === 'word' && (t.cap || t.acronym);

interface ParsedTitle {
  title: TitleSpan;
  name: NameCandidate | null;
  /** Some organisation (a capitalised word or acronym) follows the head. */
  hasOrg: boolean;
}

/** Reads one title from a head at [start, headEnd) onwards. */
function parseTitle(tokens: readonly Token[], start: number, headEnd: number, head: string, opts: OfficialsOptions): ParsedTitle {
  let j = headEnd;
  let lowerRun = 0;
  let hasOrg = false;
  while (j < tokens.length && j - start < 30) {
    const t = tokens[j]!;
    if (t.newline) break;
    if (t.kind === 'word' && t.cap) {
      const runEnd = capRunEnd(tokens, j);
      const name = bestNameEndingAt(tokens, j, runEnd, { known: opts.known, rightAfterHead: j === headEnd });
      if (name && !(j > headEnd && name.start === j && placeBlocksName(tokens, j, name.score)))
        return { title: { start, end: name.start, headEnd, head }, name, hasOrg: hasOrg || name.start > j };
      hasOrg = true;
      j = runEnd;
      lowerRun = 0;
      continue;
    }
    if (t.kind === 'word' && t.acronym) {
      hasOrg = true;
      j++;
      lowerRun = 0;
      continue;
    }
    if (t.kind === 'number' && j > headEnd && t.tight) {
      j++;
      continue;
    }
    if (t.kind === 'word') {
      if (j === headEnd && t.lower === 'quán') return { title: { start, end: start, headEnd, head }, name: null, hasOrg: false }; // Đại sứ quán
      if (stopAt(tokens, j)) break;
      if (INNER_PREPOSITIONS.has(t.lower) && !isWordLike(tokens[j + 1])) break;
      if (++lowerRun > 8) break;
      j++;
      continue;
    }
    // ", Bộ Công an": a parent organisation after a comma belongs to the same title.
    if (t.text === ',' && isWordLike(tokens[j + 1]) && !table(opts).match(tokens, j + 1) && !startsTitle(tokens, j + 1, opts) && orgFollows(tokens, j + 1)) {
      j++;
      continue;
    }
    break;
  }
  // Trailing lower-case connectors belong to the sentence, not the title.
  let end = j;
  while (end > headEnd && tokens[end - 1]!.kind === 'word' && INNER_PREPOSITIONS.has(tokens[end - 1]!.lower)) end--;
  return { title: { start, end, headEnd, head }, name: null, hasOrg };
}

/** A capitalised organisation noun follows (Bộ, Ban, Cục, Sở, Tỉnh ủy, UBND…), not a person's name. */
function orgFollows(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  if (t.acronym) return true;
  return /^(?:bộ|ban|cục|vụ|sở|viện|văn|tổng|ủy|tỉnh|thành|huyện|quân|học|hội|đảng|trung|công|đài|báo|tòa)$/u.test(t.lower);
}

const tables = new WeakMap<OfficialsOptions, HeadTable>();
function table(opts: OfficialsOptions): HeadTable {
  let t = tables.get(opts);
  if (!t) {
    t = new HeadTable(opts.extraHeads ?? []);
    tables.set(opts, t);
  }
  return t;
}

/** A head (with its modifiers and "Phó") at token i: [i, end) and the folded head. */
function headAt(tokens: readonly Token[], i: number, opts: OfficialsOptions): { end: number; head: string } | null {
  let j = i;
  while (j < tokens.length && MODIFIERS.has(tokens[j]!.lower) && tokens[j + 1]?.tight) j++;
  const heads = table(opts);
  const t = tokens[j];
  if (t?.lower === 'phó' && tokens[j + 1]?.tight) {
    const deputy = heads.match(tokens, j + 1);
    if (deputy && (heads.deputyHeads.has(deputy.head) || RANKS.some((r) => foldKey(r) === `phó ${deputy.head}`)))
      return { end: deputy.end, head: `phó ${deputy.head}` };
  }
  return heads.match(tokens, j);
}

function startsTitle(tokens: readonly Token[], i: number, opts: OfficialsOptions): boolean {
  return headAt(tokens, i, opts) !== null;
}

/** Is the title an office of state (not a company job, not a bare generic head)? */
function qualifies(span: ParsedTitle, tokens: readonly Token[]): boolean {
  const text = tokens
    .slice(span.title.start, span.title.end)
    .map((t) => t.lower)
    .join(' ');
  if (BUSINESS.test(text)) return false;
  const generic = GENERIC_HEADS.has(span.title.head.replace(/^phó /, ''));
  return !generic || span.hasOrg || span.title.end - span.title.start > split(span.title.head).length || span.name !== null;
}

/** Tokens strictly between two spans are one separator: "," "-" or ":". */
function separatedByOne(tokens: readonly Token[], a: number, b: number): boolean {
  return b === a + 1 && [',', '-', '–'].includes(tokens[a]!.text) && !tokens[a + 1]?.newline;
}

/**
 * Officials in one window of text (no line break inside a title or a name),
 * with character offsets. `headStarts`, when given, are the only places a head
 * can start (a modifier may precede it): the other tokens are not looked up.
 */
export function findOfficials(tokens: readonly Token[], opts: OfficialsOptions, headStarts?: ReadonlySet<number>): OfficialHit[] {
  const spans: ParsedTitle[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (headStarts && !headStarts.has(tokens[i]!.start) && !MODIFIERS.has(tokens[i]!.lower)) {
      i++;
      continue;
    }
    const head = headAt(tokens, i, opts);
    if (!head) {
      i++;
      continue;
    }
    const parsed = parseTitle(tokens, i, head.end, head.head, opts);
    if (parsed.title.end === parsed.title.start) {
      i = head.end;
      continue;
    }
    spans.push(parsed);
    i = parsed.name ? parsed.name.end : Math.max(parsed.title.end, head.end);
  }

  const byKey = new Map<string, OfficialHit>();
  const chars = (a: number, b: number) => ({ start: tokens[a]!.start, end: tokens[b - 1]!.end });
  const attach = (name: NameCandidate, titles: ParsedTitle[]) => {
    if (!titles.some((s) => qualifies(s, tokens))) return;
    const hit = byKey.get(name.key) ?? { key: name.key, names: [], titles: [] };
    const at = chars(name.start, name.end);
    if (!hit.names.some((n) => n.start === at.start)) hit.names.push(at);
    for (const { title } of titles) hit.titles.push({ ...chars(title.start, title.end), headEnd: tokens[title.headEnd - 1]!.end, head: title.head });
    byKey.set(name.key, hit);
  };

  // Chains: consecutive titles one separator apart, the name (if any) closing the last.
  let chain: ParsedTitle[] = [];
  const flush = () => {
    if (chain.length === 0) return;
    const last = chain[chain.length - 1]!;
    if (last.name) attach(last.name, chain);
    else {
      const before = nameBefore(tokens, chain[0]!.title.start, spans, opts);
      if (before) attach(before, chain);
    }
    chain = [];
  };
  for (const span of spans) {
    const prev = chain[chain.length - 1];
    if (prev && (prev.name || !separatedByOne(tokens, prev.title.end, span.title.start))) flush();
    chain.push(span);
  }
  flush();
  return [...byKey.values()].sort((a, b) => a.names[0]!.start - b.names[0]!.start);
}

/** The name written right before a title chain: "Name, Title" / "Name - Title" / "Name (Title". */
function nameBefore(tokens: readonly Token[], titleStart: number, spans: readonly ParsedTitle[], opts: OfficialsOptions): NameCandidate | null {
  const sep = tokens[titleStart - 1];
  if (!sep || sep.newline || tokens[titleStart]!.newline) return null;
  if (![',', '-', '–', '('].includes(sep.text) && sep.lower !== 'là') return null;
  const runEnd = titleStart - 1;
  // A name some title already closed ("Thượng tướng Lương Cường - Bí thư …").
  const closed = spans.find((s) => s.name && s.name.end === runEnd);
  if (closed) return closed.name;
  let runStart = runEnd;
  while (runStart > 0 && tokens[runStart - 1]!.kind === 'word' && tokens[runStart - 1]!.cap && (runStart === runEnd || tokens[runStart]!.tight) && !tokens[runStart]!.newline)
    runStart--;
  if (runStart === runEnd) return null;
  const name = bestNameEndingAt(tokens, runStart, runEnd, { known: opts.known });
  // A run after a place word ("tỉnh Hòa Bình, …") is a place.
  return name && name.start === runStart && placeBlocksName(tokens, runStart, name.score) ? null : name;
}

/** Where to look: titles and names never cross a line, and a title chain stays within a sentence. */
const isClauseEnd = (c: number) => c === 46 || c === 59 || c === 33 || c === 63 || c === 124 || c === 10; // . ; ! ? | newline
const LOOK_BACK = 50;
const LOOK_AHEAD = 160;

/**
 * Officials in the whole text, reading only the windows around title heads
 * (found by one phrase pass): long texts are mostly prose with no title in it.
 */
export function findOfficialsInText(n: Normalized, headStarts: readonly number[], opts: OfficialsOptions): OfficialHit[] {
  const text = n.text;
  const windows: [number, number][] = [];
  for (const at of headStarts) {
    const lineEnd = text.indexOf('\n', at);
    const to = Math.min(lineEnd < 0 ? text.length : lineEnd, at + LOOK_AHEAD);
    const last = windows[windows.length - 1];
    if (last && at - LOOK_BACK <= last[1]) {
      last[1] = Math.max(last[1], to);
      continue;
    }
    // Back to the clause's start, or far enough for a name before it, then to a word's edge.
    let from = at;
    while (from > 0 && at - from < LOOK_BACK && !isClauseEnd(text.charCodeAt(from - 1))) from--;
    while (from > 0 && !isClauseEnd(text.charCodeAt(from - 1)) && text.charCodeAt(from - 1) !== 32) from--;
    windows.push([from, to]);
  }
  const byKey = new Map<string, OfficialHit>();
  const starts = new Set(headStarts);
  for (const [from, to] of windows) {
    for (const hit of findOfficials(tokenize(text, n.lower, from, to), opts, starts)) {
      const seen = byKey.get(hit.key);
      if (!seen) byKey.set(hit.key, hit);
      else {
        for (const name of hit.names) if (!seen.names.some((x) => x.start === name.start)) seen.names.push(name);
        seen.titles.push(...hit.titles);
      }
    }
  }
  return [...byKey.values()].sort((a, b) => a.names[0]!.start - b.names[0]!.start);
}
