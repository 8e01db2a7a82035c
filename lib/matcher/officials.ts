/**
 * Officials: a named person with a Party, State, military or police title.
 * Over 400 lines: one grammar (title spans, chains, names), whose steps share its word sets.
 *
 * 1. Title spans: a head (Bộ trưởng, Phó Trưởng ban, Thiếu tướng, UVBTV…) runs on
 *    through its organisation (Bộ Ngoại giao, Ban Chỉ đạo công tác thông tin đối
 *    ngoại tỉnh Hòa Bình, ", Bộ Công an") until punctuation, a clause word, a line
 *    break, or a personal name that closes it: "Thứ trưởng Thường trực Bộ Ngoại
 *    giao Đào Minh Vũ".
 * 2. Titles separated by a comma or dash form a chain. A chain that ends in a name
 *    belongs to that name; one that does not belongs to the name written right
 *    before it ("Hà Xuân Lộc, Ủy viên Bộ Chính trị, Chủ tịch nước;").
 * 3. A person is an official when at least one title attaches to them. The same
 *    person written two ways (tone placement, case) is one official; every later
 *    full-name mention and short reference ("ông Dũng") is a mention of them.
 * Bylines, photo credits, private citizens and academics carry no title, so they
 * never qualify.
 */
import { bestNameEndingAt, bestNameInCapitals, capRunEnd, capRunStart, isEthnicPrefix, isVietnameseSyllable, type NameCandidate } from './names';
import type { Normalized } from '../text/normalize';
import { foldKey } from '../text/keys';
import { ACADEMIC_PREFIXES, COMMA_ORG_PARTS, DEPUTY_HEADS, HEADS, RANKS, TITLE_INNER_PHRASES, TITLE_MODIFIERS, TITLE_STOPWORDS } from './language/titles';
import { ADMINISTRATIVE_UNITS, NAMED_AFTER_PEOPLE } from './language/places';
import type { OfficialHit } from './official-hit';
import { lazy } from './lazy';
import { mergeSpellings } from './same-person';
import { tokenize, TokenPool, type Token } from './tokens';

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

/** A phrase's tokens: words, and the dots and commas inside it ("UVT.Ư", "Báo và Phát thanh, Truyền hình"). */
const split = (phrase: string) => foldKey(phrase).match(/[^\s.,]+|[.,]/gu) ?? [];

interface HeadEntry {
  words: string[];
  /** The words joined: the folded head. */
  head: string;
}

class HeadTable {
  private readonly byFirst = new Map<string, HeadEntry[]>();
  readonly deputyHeads = new Set(DEPUTY_HEADS.map(foldKey));
  /** Ranks that are "Phó" + a head ("Phó Đô đốc"). */
  readonly deputyRanks = new Set(RANKS.map(foldKey).filter((r) => r.startsWith('phó ')));

  constructor(extra: readonly string[]) {
    for (const head of [...HEADS, ...DEPUTY_HEADS, ...RANKS, ...extra]) this.add(split(head));
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  private add(words: string[]): void {
    const list = this.byFirst.get(words[0]!) ?? [];
    const head = words.join(' ');
    if (!list.some((e) => e.head === head)) list.push({ words, head });
    this.byFirst.set(words[0]!, list);
  }

  /** The longest head starting at token i: its end and folded text. */
  match(tokens: readonly Token[], i: number): { end: number; head: string } | null {
    const first = tokens[i];
    if (!first || first.kind !== 'word') return null;
    for (const { words, head } of this.byFirst.get(first.lower) ?? []) {
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) {
        const t = tokens[i + k];
        ok = !!t && t.lower === words[k] && t.tight && !t.newline;
      }
      if (ok) return { end: i + words.length, head };
    }
    return null;
  }
}

const MODIFIERS = lazy(() => new Set(TITLE_MODIFIERS.map((m) => foldKey(m).replace(/\.$/, ''))));
/** Phrases by their first word, so a token is checked against the few that can start there. */
function byFirstWord(phrases: readonly string[]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const words of phrases.map(split)) map.set(words[0]!, [...(map.get(words[0]!) ?? []), words]);
  return map;
}
const STOPS = lazy(() => byFirstWord(TITLE_STOPWORDS));
const COMMA_PARTS = lazy(() => COMMA_ORG_PARTS.map(split));
const HONORIFIC_WORDS = new Set(['ông', 'bà', 'ngài']);
/** Academic prefixes (TS, PGS, GS…), one token each once the dots are apart. */
const ACADEMIC = lazy(() => new Set(ACADEMIC_PREFIXES.flatMap((p) => foldKey(p).split('.'))));
const INNER = lazy(() => byFirstWord(TITLE_INNER_PHRASES));
/** The last word of each place introducer ("đại lộ" → "lộ"), as seen right before a run. */
const lastWords = (phrases: readonly string[]) => new Set(phrases.map((p) => split(p).pop()!));
const NAMED_PLACE_WORDS = lazy(() => lastWords(NAMED_AFTER_PEOPLE));
const UNIT_WORDS = lazy(() => lastWords(ADMINISTRATIVE_UNITS));
/** A name right after an administrative unit needs this much evidence (surname, middle name, length). */
const NAME_AFTER_UNIT = 4;

/** Units written abbreviated with a dot, in any case: "TP. Hà Tiên", "Tp.Vinh", "TX. Sơn Tây". */
const DOTTED_UNITS = new Set(['tp', 'tx']);

/** Is a name starting at token j (right after a place word) really a place? */
export function placeBlocksName(tokens: readonly Token[], j: number, score: number): boolean {
  const before = tokens[j - 1];
  const unit = before?.lower === '.' ? tokens[j - 2] : before;
  if (unit && !unit.newline && DOTTED_UNITS.has(unit.lower)) return score < NAME_AFTER_UNIT;
  // Place words are written lower case ("đường", "tỉnh"); "Nhật Bản" ends in a capitalised one.
  if (!before || before.newline || before.kind !== 'word' || before.cap) return false;
  if (NAMED_PLACE_WORDS().has(before.lower)) return true;
  // An ethnic group after "dân tộc" ("Khu tự trị dân tộc Choang"); "Hội đồng Dân tộc" is a body.
  if (before.lower === 'tộc' && tokens[j - 2]?.lower === 'dân' && !tokens[j - 2]!.cap) return true;
  // A province named after "tỉnh" is a known place or has no surname ("tỉnh Xay Nha Bu Ly"); a name with one is its holder.
  if (before.lower === 'tỉnh') return score < 2 && !isEthnicPrefix(tokens[j]!);
  return UNIT_WORDS().has(before.lower) && score < NAME_AFTER_UNIT;
}
/** Prepositions inside an organisation's name, only when a capitalised name follows ("Đại sứ … tại Việt Nam"). */
const INNER_PREPOSITIONS = new Set(['tại', 'của', 'về', 'ở', 'và']);
/**
 * Heads that are jobs in companies too: they make an official only with a public
 * body in the title ("Giám đốc Sở Ngoại vụ", not "Giám đốc phát triển" or
 * "Giám đốc Đại lý thuế Linh Phong").
 */
const GENERIC_HEADS = lazy(() => new Set(
  ['giám đốc', 'tổng giám đốc', 'trưởng phòng', 'trưởng ban', 'trợ lý', 'tham tán', 'ủy viên', 'thường trực', 'thành viên', 'thủ trưởng'].map(foldKey),
));
const BUSINESS = lazy(() => byFirstWord([
  'công ty', 'ctcp', 'tnhh', 'doanh nghiệp', 'hđqt', 'hội đồng quản trị', 'cổ phần', 'đại lý', 'tập đoàn', 'tổng công ty',
  // Sport: a club's chairman or a games delegation's head is no office of state.
  'clb', 'câu lạc bộ', 'đội bóng', 'đội tuyển',
]));
/** "đoàn Quân đội", "đoàn Công an" at games are sports teams; a delegation of the army names the army in full. */
const SPORTS_DELEGATIONS = new Set(['quân đội', 'công an']);
const PUBLIC_BODY = lazy(() => byFirstWord([
  'sở', 'bộ', 'cục', 'vụ', 'ban', 'ủy ban', 'ubnd', 'hđnd', 'công an', 'tỉnh ủy', 'thành ủy', 'huyện ủy', 'đảng ủy', 'quân ủy',
  'học viện', 'viện', 'đài', 'thông tấn', 'ttxvn', 'vtv', 'vov', 'báo', 'tạp chí', 'nhà xuất bản', 'kho bạc', 'ngân hàng nhà nước',
  'tổng cục', 'chi cục', 'kiểm toán', 'tòa án', 'viện kiểm sát', 'văn phòng', 'quân khu', 'quân đoàn', 'sư đoàn', 'bộ tư lệnh',
  'bộ chỉ huy', 'hội', 'mặt trận', 'đoàn', 'liên đoàn', 'trung ương', 'nhà nước', 'chính phủ', 'quốc hội', 'cơ quan đại diện',
  'trung tâm', 'tỉnh', 'thành phố', 'huyện', 'xã', 'phường', 'quận',
  // Departments of state bodies by their work: "Trưởng phòng Thông tin đối ngoại".
  'thông tin đối ngoại', 'đối ngoại', 'ngoại vụ', 'tuyên giáo', 'tuyên truyền', 'dân vận',
]));

/** The phrase's words at token j; with `tight`, one space apart at most. */
const wordsAt = (tokens: readonly Token[], j: number, words: readonly string[], tight: boolean) =>
  words.every((w, k) => tokens[j + k]?.lower === w && (!tight || k === 0 || tokens[j + k]!.tight));
const phraseAt = (tokens: readonly Token[], j: number, words: readonly string[]) => wordsAt(tokens, j, words, true);

/** Does one of the phrases start at some token of [from, to) and end by `to`? */
function containsPhrase(tokens: readonly Token[], from: number, to: number, phrases: ReadonlyMap<string, string[][]>): boolean {
  for (let j = from; j < to; j++) {
    const candidates = phrases.get(tokens[j]!.lower);
    if (candidates?.some((words) => j + words.length <= to && wordsAt(tokens, j, words, false))) return true;
  }
  return false;
}

/** A name in capitals cannot end at token `end`: its last word would be a preposition ("VỀ") or open a clause phrase ("KIỂM TRA"). */
const splitsStop = (tokens: readonly Token[], end: number) =>
  INNER_PREPOSITIONS.has(tokens[end - 1]!.lower) || !!STOPS().get(tokens[end - 1]!.lower)?.some((words) => words.length > 1 && phraseAt(tokens, end - 1, words));

/** A clause word ends the title, unless it starts a phrase organisations use ("tối cao"). */
function stopAt(tokens: readonly Token[], j: number): boolean {
  const first = tokens[j]!.lower;
  // "Ban chỉ đạo", "Ban tổ chức": after a capitalised Ban the words name it.
  const before = tokens[j - 1];
  if (before?.cap && before.lower === 'ban' && !tokens[j]!.newline) return false;
  const stops = STOPS().get(first);
  if (!stops?.some((words) => phraseAt(tokens, j, words))) return false;
  // Unless it is inside a phrase organisations use, from here ("tối cao") or from the word before ("Tiếng nói").
  return !INNER().get(first)?.some((words) => phraseAt(tokens, j, words)) && !(before && INNER().get(before.lower)?.some((words) => phraseAt(tokens, j - 1, words)));
}

const isWordLike = (t: Token | undefined) => !!t && t.kind === 'word' && (t.cap || t.acronym);

/** An organisation phrase (quốc gia, nhân dân…) starts at token j: "Duma quốc gia" is a body, not a person. */
const innerPhraseAt = (tokens: readonly Token[], j: number) => !!tokens[j] && !!INNER().get(tokens[j]!.lower)?.some((words) => phraseAt(tokens, j, words));

interface ParsedTitle {
  title: TitleSpan;
  name: NameCandidate | null;
  /** Some organisation (a capitalised word or acronym) follows the head. */
  hasOrg: boolean;
  /**
   * A name right after a dash that ends the title ("Phó Chánh Văn phòng Trung ương
   * Đảng- Võ Thành Khẩn"): the title's holder unless a name written before claims it.
   */
  dashName?: NameCandidate;
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
      const context = { known: opts.known, rightAfterHead: j === headEnd };
      let name = t.upper ? bestNameInCapitals(tokens, j, runEnd, context, (end) => splitsStop(tokens, end)) : bestNameEndingAt(tokens, j, runEnd, context);
      // A unit's name and its holder's in one run ("bang Oregon Mary Kessler", "tỉnh Rattanakiri Chea Sophal"):
      // the first word goes to the unit; a foreign name right after "tỉnh" keeps it only if no name is left without it.
      if (name && j > headEnd && name.start === j) {
        const blocked = placeBlocksName(tokens, j, name.score);
        let rest = runEnd - j >= 3 && (blocked || (name.foreign && tokens[j - 1]!.lower === 'tỉnh')) ? bestNameEndingAt(tokens, j + 1, runEnd, { known: opts.known }) : null;
        if (rest && !rest.foreign && rest.score < 2) rest = null; // no surname: still the place ("tỉnh Xay Nha Bu Ly")
        if (blocked || rest) name = rest;
      }
      // Inside a run a name needs a surname: "tỉnh Xay Nha Bu Ly" holds no "Nha Bu Ly".
      if (name && name.start > j && !name.foreign && name.score < 2) name = null;
      if (name && !namesNoOne(tokens, start, headEnd, name)) return { title: { start, end: name.start, headEnd, head }, name, hasOrg: hasOrg || name.start > j };
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
    if (t.kind === 'word' && j > headEnd) {
      // A phrase organisations use, read whole: "Ủy ban Nhà nước về người Việt Nam ở nước ngoài".
      const inner = INNER().get(t.lower)?.find((words) => words.length > 2 && phraseAt(tokens, j, words));
      if (inner) {
        j += inner.length;
        lowerRun = 0;
        continue;
      }
    }
    if (t.kind === 'word') {
      // "Đại sứ quán" is an embassy; "đại sứ thương hiệu", "đại sứ du lịch" are no office.
      if (j === headEnd && (t.lower === 'quán' || (head === 'đại sứ' && t.lower !== 'đặc'))) return { title: { start, end: start, headEnd, head }, name: null, hasOrg: false };
      // "Vụ các Tổ chức Quốc tế": a plural inside an organisation's name.
      const innerPlural = t.lower === 'các' && tokens[j - 1]?.cap && isWordLike(tokens[j + 1]);
      if (!innerPlural && stopAt(tokens, j)) break;
      if (INNER_PREPOSITIONS.has(t.lower) && !isWordLike(tokens[j + 1])) break;
      if (++lowerRun > 12) break; // "Ban chỉ đạo công tác thông tin đối ngoại tỉnh" runs long
      j++;
      continue;
    }
    if ((abbreviationDot(tokens, j) || unitDot(tokens, j)) && j > headEnd && tokens[j - 1]!.kind === 'word') {
      j++; // "TP.HCM", "T.Ư", "TP. Hải Phòng"
      continue;
    }
    if ((t.lower === '-' || t.lower === '–') && j > headEnd && tokens[j + 1]?.cap && !tokens[j + 1]!.newline && !startsTitle(tokens, j + 1, opts)) {
      const runEnd = capRunEnd(tokens, j + 1);
      const name = bestNameEndingAt(tokens, j + 1, runEnd, { known: opts.known });
      // "Trưởng Ban Thi đua - Khen thưởng Trung ương": a dash inside an organisation's name;
      // "Phó Chánh Văn phòng Trung ương Đảng- Võ Thành Khẩn": a dash before the holder.
      if (name && name.start === j + 1) return { ...closeTitle(tokens, start, j, headEnd, head, hasOrg), dashName: name };
      if (tokens[j - 1]!.kind === 'word') {
        j++;
        continue;
      }
    }
    // ", Bộ Công an": a parent organisation after a comma belongs to the same title,
    // and so does the rest of a name with a comma in it ("Bộ Văn hóa, Thể thao và Du lịch").
    if (t.lower === ',' && isWordLike(tokens[j + 1]) && !startsTitle(tokens, j + 1, opts)) {
      if (orgFollows(tokens, j + 1) || COMMA_PARTS().some((words) => phraseAt(tokens, j + 1, words))) {
        j++;
        continue;
      }
    }
    break;
  }
  return closeTitle(tokens, start, j, headEnd, head, hasOrg);
}

/**
 * A single foreign word right after a title that names no one: a body whose name
 * goes on ("Chủ tịch Duma quốc gia Nga"), or the brand of an ambassador written
 * lower case ("đại sứ Gucci"; the office is written "Đại sứ").
 */
function namesNoOne(tokens: readonly Token[], start: number, headEnd: number, name: NameCandidate): boolean {
  if (!name.foreign || name.end - name.start !== 1 || name.start !== headEnd) return false;
  if (innerPhraseAt(tokens, name.end)) return true;
  const first = tokens[headEnd - 2];
  return tokens[headEnd - 1]!.lower === 'sứ' && first?.lower === 'đại' && !first.cap && !first.acronym && !tokens[start]!.cap;
}

/** The dot of a unit abbreviated before its name: "TP. Hải Phòng" (the dot glued to TP, a name after it). */
const unitDot = (tokens: readonly Token[], j: number) =>
  tokens[j]!.lower === '.' && DOTTED_UNITS.has(tokens[j - 1]?.lower ?? '') && tokens[j]!.start === tokens[j - 1]!.end && !!tokens[j + 1]?.cap && !tokens[j + 1]!.newline;

/** A title that no name closed, ending before token j. */
function closeTitle(tokens: readonly Token[], start: number, j: number, headEnd: number, head: string, hasOrg: boolean): ParsedTitle {
  // Trailing lower-case connectors belong to the sentence, not the title.
  let end = j;
  while (end > headEnd && tokens[end - 1]!.kind === 'word' && INNER_PREPOSITIONS.has(tokens[end - 1]!.lower)) end--;
  return { title: { start, end, headEnd, head }, name: null, hasOrg };
}

/** A capitalised organisation noun follows (Bộ, Ban, Cục, Sở, Tỉnh ủy, UBND…), not a person's name. */
function orgFollows(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  if (ACADEMIC().has(t.lower)) return false;
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
  while (j < tokens.length && MODIFIERS().has(tokens[j]!.lower) && tokens[j + 1]?.tight) j++;
  const heads = table(opts);
  const t = tokens[j];
  if (t?.lower === 'phó' && tokens[j + 1]?.tight) {
    const deputy = heads.match(tokens, j + 1);
    if (deputy && (heads.deputyHeads.has(deputy.head) || heads.deputyRanks.has(`phó ${deputy.head}`)))
      return { end: deputy.end, head: `phó ${deputy.head}` };
  }
  return heads.match(tokens, j);
}

function startsTitle(tokens: readonly Token[], i: number, opts: OfficialsOptions): boolean {
  return headAt(tokens, i, opts) !== null;
}

/**
 * Is the title an office of state (not a company job, not a bare generic head)?
 * `comrade`: the holder is called "đồng chí", which only Party and State bodies do.
 */
function qualifies(span: ParsedTitle, tokens: readonly Token[], comrade: boolean): boolean {
  const { start, end, headEnd, head } = span.title;
  if (containsPhrase(tokens, start, end, BUSINESS())) return false;
  const bare = head.startsWith('phó ') ? head.slice(4) : head;
  if (bare === 'trưởng đoàn' && end - headEnd === 2 && SPORTS_DELEGATIONS.has(`${tokens[headEnd]!.lower} ${tokens[headEnd + 1]!.lower}`)) return false;
  if (!GENERIC_HEADS().has(bare) || comrade) return true;
  // "Trưởng ban Kinh tế - Ngân sách": a board with a proper name is a council's or the Party's.
  if (bare === 'trưởng ban' && headEnd < end && tokens[headEnd]!.cap) return true;
  return containsPhrase(tokens, headEnd, end, PUBLIC_BODY());
}

/** Is the name at token i introduced by "đồng chí"? */
const calledComrade = (tokens: readonly Token[], i: number) => tokens[i - 1]?.lower === 'chí' && tokens[i - 2]?.lower === 'đồng';

/**
 * Tokens strictly between two spans are one separator: "," "-" or "–". A comma may
 * end a line whose next line goes on with a title (an author block, one title a line).
 */
function separatedByOne(tokens: readonly Token[], a: number, b: number): boolean {
  return b === a + 1 && [',', '-', '–'].includes(tokens[a]!.lower) && (!tokens[a + 1]?.newline || tokens[a]!.lower === ',');
}

/**
 * Officials in one window of text (no line break inside a title or a name),
 * with character offsets. `headStarts`, when given, are the only places a head
 * can start (a modifier may precede it): the other tokens are not looked up.
 */
export function findOfficials(tokens: readonly Token[], opts: OfficialsOptions, headStarts?: readonly number[]): OfficialHit[] {
  const spans: ParsedTitle[] = [];
  const headers: { span: ParsedTitle; scopeEnd: number }[] = [];
  const listed: { name: NameCandidate; header: ParsedTitle }[] = [];
  const candidates = headStarts ? headTokens(tokens, headStarts) : null;
  for (let c = 0, i = 0; candidates ? c < candidates.length : i < tokens.length; c++) {
    if (candidates) {
      if (candidates[c]! < i) continue; // inside the title read before
      i = candidates[c]!;
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
    // "Các Phó Thủ tướng: Trần Hồng Hà, Lê Thành Long": a title heading a list of names.
    if (!parsed.name && tokens[parsed.title.end]?.lower === ':') {
      const list = namesAfterColon(tokens, parsed.title.end + 1, opts);
      headers.push({ span: parsed, scopeEnd: tokens.length });
      for (const name of list.names) listed.push({ name, header: parsed });
      i = list.end;
      continue;
    }
    spans.push(parsed);
    i = parsed.name ? parsed.name.end : Math.max(parsed.title.end, head.end);
  }

  // A heading's scope ends with its sentence, or where the next heading starts (read no further).
  headers.forEach((h, k) => (h.scopeEnd = sentenceEnd(tokens, h.span.title.end, headers[k + 1]?.span.title.start ?? tokens.length)));
  const occurrences: { name: NameCandidate; titles: ParsedTitle[] }[] = listed.map(({ name, header }) => ({ name, titles: [header] }));
  // The names titles closed, by the token they end before (the first title's wins).
  const closedAt = new Map<number, NameCandidate>();
  for (const { name } of spans) if (name && !closedAt.has(name.end)) closedAt.set(name.end, name);
  // Chains: consecutive titles one separator apart, the name (if any) closing the last.
  let chain: ParsedTitle[] = [];
  const flush = () => {
    if (chain.length === 0) return;
    const last = chain[chain.length - 1]!;
    const name =
      last.name ??
      nameBefore(tokens, chain[0]!.title.start, closedAt, opts) ??
      honorificNameAfter(tokens, last.title.end, opts) ??
      last.dashName ??
      bylineName(tokens, chain[0]!.title.start, last.title.end, opts) ??
      signatureName(tokens, chain[0]!.title.start, last.title.end, opts);
    if (name) occurrences.push({ name, titles: chain });
    chain = [];
  };
  for (const span of spans) {
    const prev = chain[chain.length - 1];
    if (prev && (prev.name || !separatedByOne(tokens, prev.title.end, span.title.start))) flush();
    chain.push(span);
  }
  flush();

  const byKey = new Map<string, OfficialHit>();
  // Kept apart from the hits so a window with thousands of mentions stays linear.
  const nameStarts = new Map<string, Set<number>>();
  const chars = (a: number, b: number) => ({ start: tokens[a]!.start, end: tokens[b - 1]!.end });
  for (const { name, titles } of occurrences) {
    // A list heading's title belongs to every person of its sentence.
    const header = headingOver(headers, name.start);
    const all = header && !titles.includes(header.span) ? [header.span, ...titles] : titles;
    const comrade = calledComrade(tokens, name.start);
    if (!all.some((s) => qualifies(s, tokens, comrade))) continue;
    const hit = byKey.get(name.key) ?? { key: name.key, foreign: name.foreign, names: [], titles: [] };
    const at = chars(name.start, name.end);
    const starts = nameStarts.get(name.key) ?? new Set<number>();
    nameStarts.set(name.key, starts);
    if (!starts.has(at.start)) {
      starts.add(at.start);
      hit.names.push(at);
    }
    for (const { title } of all)
      hit.titles.push({ start: tokens[title.start]!.start, end: tokens[title.end - 1]!.end, headEnd: tokens[title.headEnd - 1]!.end, head: title.head });
    byKey.set(name.key, hit);
  }
  return [...byKey.values()].sort((a, b) => a.names[0]!.start - b.names[0]!.start);
}

/**
 * The list heading whose scope holds token i, if any. Headings come in text order
 * and their scopes do not overlap: the last one ending before i is the only candidate.
 */
function headingOver<H extends { span: ParsedTitle; scopeEnd: number }>(headers: readonly H[], i: number): H | undefined {
  let lo = 0;
  let hi = headers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (headers[mid]!.span.title.end < i) lo = mid + 1;
    else hi = mid;
  }
  const header = headers[lo - 1];
  return header && i < header.scopeEnd ? header : undefined;
}

/** Indices of the tokens where a head starts (or its modifier, "nguyên Bộ trưởng"), from sorted character offsets. */
function headTokens(tokens: readonly Token[], headStarts: readonly number[]): number[] {
  const out: number[] = [];
  let k = 0;
  for (let t = 0; t < tokens.length && k < headStarts.length; t++) {
    while (k < headStarts.length && headStarts[k]! < tokens[t]!.start) k++;
    if (headStarts[k] !== tokens[t]!.start) continue;
    out.push(t > 0 && MODIFIERS().has(tokens[t - 1]!.lower) && tokens[t]!.tight ? t - 1 : t);
  }
  return out;
}

/** Index of the token that ends the sentence containing token i, or `limit`. */
function sentenceEnd(tokens: readonly Token[], i: number, limit: number): number {
  let j = i + 1;
  while (j < limit && !tokens[j]!.newline && !(['.', '!', '?'].includes(tokens[j]!.lower) && !abbreviationDot(tokens, j))) j++;
  return Math.min(j, limit);
}

/** A dot with a word glued after it ("T.Ư", "TP.HCM") abbreviates; it ends no sentence. */
const abbreviationDot = (tokens: readonly Token[], j: number) => tokens[j]!.lower === '.' && tokens[j + 1]?.kind === 'word' && tokens[j + 1]!.start === tokens[j]!.end;

/** Bare names after a list heading's colon, separated by commas, semicolons or "và". */
function namesAfterColon(tokens: readonly Token[], from: number, opts: OfficialsOptions): { names: NameCandidate[]; end: number } {
  const names: NameCandidate[] = [];
  let j = from;
  while (j < tokens.length && tokens[j]!.cap && !tokens[j]!.newline && !startsTitle(tokens, j, opts)) {
    const runEnd = capRunEnd(tokens, j);
    const name = bestNameEndingAt(tokens, j, runEnd, { known: opts.known });
    if (!name || name.start !== j) break;
    names.push(name);
    j = runEnd;
    const sep = tokens[j];
    if (!sep || !(sep.lower === ',' || sep.lower === ';' || sep.lower === 'và')) break;
    j++;
  }
  return { names, end: Math.max(j, from) };
}

/**
 * "Người phát ngôn Bộ Ngoại giao, bà Kiều Thu Hà", "Đại tá, TS Trần Văn Minh":
 * a name after the title, introduced by an honorific or an academic prefix, or a
 * clear Vietnamese name alone.
 */
function honorificNameAfter(tokens: readonly Token[], end: number, opts: OfficialsOptions): NameCandidate | null {
  if (tokens[end]?.lower !== ',') return null;
  let j = end + 1;
  let introduced = true;
  if (tokens[j]?.lower === 'đồng' && tokens[j + 1]?.lower === 'chí') j += 2;
  else if (HONORIFIC_WORDS.has(tokens[j]?.lower ?? '')) j++;
  else if (ACADEMIC().has(tokens[j]?.lower ?? '')) {
    while (ACADEMIC().has(tokens[j]?.lower ?? '') || tokens[j]?.lower === '.') j++;
  } else introduced = false;
  if (!tokens[j]?.cap || tokens[j]!.newline) return null;
  const runEnd = capRunEnd(tokens, j);
  const name = bestNameEndingAt(tokens, j, runEnd, { known: opts.known });
  // Without an honorific only a clear Vietnamese name: "Phó Trưởng Ban Tuyên giáo T.Ư, Nguyễn Văn A".
  return name && name.start === j && (introduced || (!name.foreign && name.score >= PLAIN_NAME_AFTER)) ? name : null;
}
/** The evidence a name after a title's comma needs with no honorific (a surname and a middle name). */
const PLAIN_NAME_AFTER = 4;

/** The name written right before a title chain: "Name, Title" / "Name - Title" / "Name (Title". */
function nameBefore(tokens: readonly Token[], titleStart: number, closedAt: ReadonlyMap<number, NameCandidate>, opts: OfficialsOptions): NameCandidate | null {
  const sep = tokens[titleStart - 1];
  if (!sep || sep.newline || tokens[titleStart]!.newline) return null;
  if (sep.cap && sep.kind === 'word' && tokens[titleStart]!.tight) return honorificNameBefore(tokens, titleStart, opts);
  if (![',', '-', '–', '('].includes(sep.lower) && sep.lower !== 'là') return null;
  const runEnd = titleStart - 1;
  // A name some title already closed ("Thượng tướng Lương Khải - Bí thư …").
  const closed = closedAt.get(runEnd);
  if (closed) return closed;
  const runStart = capRunStart(tokens, runEnd);
  if (runStart === runEnd) return null;
  const name = bestNameEndingAt(tokens, runStart, runEnd, { known: opts.known });
  // A run after a place word ("tỉnh Hòa Bình, …") is a place.
  return name && name.start === runStart && placeBlocksName(tokens, runStart, name.score) ? null : name;
}

/**
 * An author block under a headline: a line that is only a name, then a line that
 * is only titles ("PGS.TS Lê Văn A" / "Ủy viên Trung ương Đảng, Giám đốc Học viện…").
 * A byline without such a line stays a byline; a title line that goes on into a
 * sentence ("Chủ tịch nước nhấn mạnh…") is not a byline's.
 */
function bylineName(tokens: readonly Token[], titleStart: number, chainEnd: number, opts: OfficialsOptions): NameCandidate | null {
  if (titleStart === 0 || !tokens[titleStart]!.newline || !endsLine(tokens, chainEnd)) return null;
  let j = titleStart - 1;
  while (j > 0 && !tokens[j]!.newline) j--;
  // Academic prefixes and honorifics may open the name line.
  while (j < titleStart && (ACADEMIC().has(tokens[j]!.lower) || HONORIFIC_WORDS.has(tokens[j]!.lower) || tokens[j]!.lower === '.')) j++;
  if (j >= titleStart || !tokens[j]!.cap || capRunEnd(tokens, j) !== titleStart) return null;
  const name = bestNameEndingAt(tokens, j, titleStart, { known: opts.known });
  return name && name.start === j ? name : null;
}

/** Does the title chain ending before token j end its line (a comma or dot after it allowed)? */
function endsLine(tokens: readonly Token[], j: number): boolean {
  while (j < tokens.length && !tokens[j]!.newline && [',', '.', ';'].includes(tokens[j]!.lower)) j++;
  return j === tokens.length || tokens[j]!.newline;
}

/**
 * A signature block: the office on a line of its own, the signer's name on the next
 * ("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / (Đã ký) / Nguyễn Văn A"), a line that is only a name.
 */
function signatureName(tokens: readonly Token[], titleStart: number, chainEnd: number, opts: OfficialsOptions): NameCandidate | null {
  if (!endsLine(tokens, chainEnd) || (titleStart > 0 && !tokens[titleStart]!.newline)) return null;
  let j = chainEnd;
  while (j < tokens.length && !tokens[j]!.newline) j++;
  // "(Đã ký)", "(ký)" between the office and the name.
  if (tokens[j]?.lower === '(' && tokens[j + 1]?.lower !== undefined && ['đã', 'ký'].includes(tokens[j + 1]!.lower)) {
    j++;
    while (j < tokens.length && !tokens[j]!.newline) j++;
  }
  if (!tokens[j]?.cap || startsTitle(tokens, j, opts)) return null;
  const runEnd = capRunEnd(tokens, j);
  if (runEnd < tokens.length && !tokens[runEnd]!.newline) return null;
  const name = bestNameEndingAt(tokens, j, runEnd, { known: opts.known });
  return name && name.start === j ? name : null;
}


/**
 * "đồng chí Nguyễn Đức Khuê Ủy viên BTV Tỉnh ủy", "Ông Souvanh Phommachanh Tổng giám
 * đốc …": a name and its title with no separator, which only an honorific before the
 * name makes safe to read.
 */
function honorificNameBefore(tokens: readonly Token[], titleStart: number, opts: OfficialsOptions): NameCandidate | null {
  let runStart = titleStart - 1;
  while (runStart > 0 && tokens[runStart - 1]!.kind === 'word' && tokens[runStart - 1]!.cap && tokens[runStart]!.tight && titleStart - runStart < 5) runStart--;
  // The honorific capitalised at a sentence's start is part of the run: "Ông Souvanh …".
  if (HONORIFIC_WORDS.has(tokens[runStart]!.lower) && titleStart - runStart >= 3) runStart++;
  const before = tokens[runStart - 1];
  const honorific = calledComrade(tokens, runStart) || (!!before && HONORIFIC_WORDS.has(before.lower));
  if (!honorific || !tokens[runStart]!.tight) return null;
  const name = bestNameEndingAt(tokens, runStart, titleStart, { known: opts.known });
  return name && name.start === runStart ? name : null;
}

/**
 * A line in capitals (a heading: "PHÓ CHỦ TỊCH QUỐC HỘI TRẦN THANH LIÊM: …") carries
 * no case to tell names from the rest: its words are read as if capitalised, except
 * acronyms that are no syllable (UBND) and the clause words that end a title.
 */
function readCapitalLines(tokens: Token[]): Token[] {
  let lineStart = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && (i === lineStart || !tokens[i]!.newline)) continue;
    let capitals = 0;
    let titleCase = false;
    for (let k = lineStart; k < i; k++) {
      const t = tokens[k]!;
      if (t.cap && t.end - t.start > 1) titleCase = true; // "Ý", "A": one letter has no case to tell
      else if (t.acronym) capitals++;
    }
    if (!titleCase && capitals >= 3) {
      for (let k = lineStart; k < i; k++) {
        const t = tokens[k]!;
        t.upper = true;
        if (t.acronym && isVietnameseSyllable(t.lower) && !stopAt(tokens, k)) {
          t.cap = true;
          t.acronym = false;
        }
      }
    }
    lineStart = i;
  }
  return tokens;
}

/** Where to look: titles and names never cross a line, and a title chain stays within a sentence. */
const isClauseEnd = (c: number) => c === 46 || c === 59 || c === 33 || c === 63 || c === 124 || c === 10; // . ; ! ? | newline
/** Up to three capitals and a dot after a space: an initial or an abbreviation ("John Q. Public", "LB.", "TP."), no sentence's end. */
const INITIAL_BEFORE = /(?:^|[\s.])[A-ZÀ-ÝĐ\u1EA0-\u1EF8]{1,3}$/;
const clauseEndAt = (text: string, k: number) =>
  isClauseEnd(text.charCodeAt(k)) && !(text.charCodeAt(k) === 46 && INITIAL_BEFORE.test(text.slice(Math.max(0, k - 4), k)));
const LOOK_BACK = 40;
const LOOK_AHEAD = 120;
/** Characters after which a window of overlapping titles is cut; ordinary ones span a sentence or two. */
const MAX_WINDOW = 4000;
/** The longest line read as an author's name above a title line, or as a signer's office. */
const BYLINE_MAX = 60;
/** A head opening its line: a signature block's office (under "TM. ỦY BAN NHÂN DÂN" or "KT. CHỦ TỊCH"). */
const OPENS_LINE = /(?:^|\n)[ \t]*$/;
/** Lines read below a signer's office: "(Đã ký)" and the name. */
const SIGNATURE_LINES = 2;

/**
 * Officials in the whole text, reading only the windows around title heads
 * (found by one phrase pass): long texts are mostly prose with no title in it.
 */
export function findOfficialsInText(n: Normalized, headStarts: readonly number[], opts: OfficialsOptions): OfficialHit[] {
  const text = n.text;
  // Each window: [from, to) of the text and the head anchors inside it.
  const windows: { from: number; to: number; heads: number[] }[] = [];
  let lineEnd = -1;
  for (const at of headStarts) {
    // One search per line, not per head: a paragraph can hold dozens of titles.
    if (at > lineEnd) {
      lineEnd = text.indexOf('\n', at);
      if (lineEnd < 0) lineEnd = text.length;
    }
    let to = Math.min(lineEnd, at + LOOK_AHEAD);
    // An office alone on a short line: the signer's name is on a line below it.
    if (lineEnd - at <= BYLINE_MAX && OPENS_LINE.test(text.slice(Math.max(0, at - 8), at))) to = linesAfter(text, lineEnd, SIGNATURE_LINES);
    const last = windows[windows.length - 1];
    if (last && at - LOOK_BACK <= last.to) {
      if (last.to - last.from < MAX_WINDOW) {
        last.to = Math.max(last.to, to);
        last.heads.push(at);
        continue;
      }
      // A run of titles with no end (no prose reads so): cut it at this head, so the
      // tokens held at once, and the time, stay bounded.
      last.to = Math.min(last.to, at);
      windows.push({ from: at, to, heads: [at] });
      continue;
    }
    // Back to the clause's start, or far enough for a name before it, then to a word's edge.
    let from = at;
    while (from > 0 && at - from < LOOK_BACK && !clauseEndAt(text, from - 1)) from--;
    while (from > 0 && !clauseEndAt(text, from - 1) && text.charCodeAt(from - 1) !== 32) from--;
    // A title opening a line may belong to a short name line above it (an author block).
    if (text.charCodeAt(from - 1) === 10 && text.slice(from, at).trim() === '') {
      let above = from - 1;
      while (above > 0 && text.charCodeAt(above - 1) === 10) above--;
      const lineStart = text.lastIndexOf('\n', above - 1) + 1;
      if (above - lineStart <= BYLINE_MAX) from = lineStart;
    }
    windows.push({ from, to, heads: [at] });
  }
  const byKey = new Map<string, OfficialHit>();
  const pool = new TokenPool();
  for (const { from, to, heads } of windows) {
    for (const hit of findOfficials(readCapitalLines(tokenize(text, n.lower, from, to, pool, heads)), opts, heads)) {
      const seen = byKey.get(hit.key);
      if (!seen) byKey.set(hit.key, hit);
      else {
        // Windows do not overlap, so no name occurrence comes twice.
        for (const name of hit.names) seen.names.push(name);
        for (const title of hit.titles) seen.titles.push(title);
      }
    }
  }
  return mergeSpellings([...byKey.values()].sort((a, b) => a.names[0]!.start - b.names[0]!.start));
}

/** The end of the `count` short lines after the line break at `at` (or where a longer line starts). */
function linesAfter(text: string, at: number, count: number): number {
  let end = at;
  for (let k = 0; k < count && end < text.length; k++) {
    let next = text.indexOf('\n', end + 1);
    if (next < 0) next = text.length;
    if (next - end > BYLINE_MAX) break;
    end = next;
  }
  return end;
}
