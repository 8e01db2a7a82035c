/**
 * The personal-name model. A Vietnamese name is a surname and one to three
 * capitalised syllables (Nguyễn Trọng Nghĩa, Mạc Lâm, Đặng Thị Phương Thảo); a
 * foreign name is a run of capitalised words that are not Vietnamese syllables
 * (Marc Knapper, Ken-ichi Maruyama). Candidates are scored; the caller decides how
 * much evidence its context needs.
 */
import { foldKey } from '../text/keys';
import { COUNTRIES, PERSON_PLACE_NAMES, PROVINCES_AND_CITIES } from './language/places';
import { AMBIGUOUS_SURNAMES, MIDDLE_NAMES, SURNAMES } from './language/surnames';
import { lazy } from './lazy';
import type { Token } from './tokens';

const SURNAME_RANK = lazy(() => new Map(SURNAMES.map((s, i) => [foldKey(s), i])));
const COMPOUND_SURNAMES = lazy(() => new Set(SURNAMES.filter((s) => s.includes(' ')).map(foldKey)));
const AMBIGUOUS = lazy(() => new Set(AMBIGUOUS_SURNAMES.map(foldKey)));
const MIDDLE = lazy(() => new Set(MIDDLE_NAMES.map(foldKey)));
const PERSON_PLACES = lazy(() => new Set(PERSON_PLACE_NAMES.map(foldKey)));
// A place named after a person ("Hồ Chí Minh") is a person right after a title: it is judged apart.
const PLACES = lazy(() => new Set([...PROVINCES_AND_CITIES, ...COUNTRIES].map(foldKey).filter((place) => !PERSON_PLACES().has(place))));
/** First words of the places: most runs start with a surname, and need no key built to rule a place out. */
const PLACE_FIRST_WORDS = lazy(() => new Set([...PLACES()].map((place) => place.split(' ')[0]!)));

/** Capitalised words that begin organisations, not people (Bộ, Ban, Sở, Ủy ban…). */
const ORG_WORDS = lazy(() => new Set(
  [
    'Bộ', 'Ban', 'Sở', 'Cục', 'Vụ', 'Viện', 'Ủy', 'Hội', 'Tổng', 'Học', 'Trường', 'Đảng', 'Quân', 'Công', 'Nhà', 'Tỉnh',
    'Thành', 'Huyện', 'Quận', 'Xã', 'Phường', 'Trung', 'Mặt', 'Liên', 'Hiệp', 'Báo', 'Đài', 'Thông', 'Tạp', 'Bệnh',
    'Ngân', 'Kho', 'Chi', 'Cảnh', 'Tòa', 'Phòng', 'Trạm', 'Đồn', 'Lữ', 'Sư', 'Tiểu', 'Đại', 'Chính', 'Lực', 'Quốc',
    'Nhân', 'Dân', 'Thủ', 'Phó', 'Chủ', 'Trưởng', 'Giám', 'Bí', 'Thường', 'Nghị', 'Quy', 'Kết', 'Chỉ', 'Luật', 'Tập',
    'Ngoại', 'Đối', 'Tuyên', 'Giáo', 'Khối', 'Cơ', 'Tây', 'Đông', 'Nam', 'Bắc', 'Việt', 'Thế', 'Biển', 'Sông', 'Cụm',
    'Khu', 'Vùng', 'Miền', 'Trụ', 'Lễ', 'Giải', 'Ngày', 'Tháng', 'Năm', 'Sáng', 'Chiều', 'Tối', 'Theo', 'Tại', 'Trong',
  ].map(foldKey),
));

/**
 * Nouns that head organisations: inside a run they start an organisation's name
 * ("… Sở Ngoại vụ"), so a candidate with one in the middle is not a person. Last in
 * a run they head nothing, and a given name may be one ("Trần Huỳnh Huyện");
 * "Trường" is a common middle name (Lê Trường Khoa), so it is not here.
 */
const ORG_NOUNS = lazy(() => new Set(
  ['Bộ', 'Ban', 'Sở', 'Cục', 'Vụ', 'Viện', 'Ủy', 'Hội', 'Tổng', 'Học', 'Đảng', 'Tỉnh', 'Huyện', 'Quận', 'Xã',
    'Phường', 'Mặt', 'Báo', 'Đài', 'Tạp', 'Bệnh', 'Ngân', 'Tòa', 'Phòng', 'Nghị', 'Luật', 'Khối'].map(foldKey),
));

// onset + vowels + coda, on a lower-cased syllable (tones included in the vowel class).
const VOWELS = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ';
const SYLLABLE = new RegExp(`^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[${VOWELS}]{1,3}(?:ch|ng|nh|[cmnpt])?$`, 'u');

/** Syllables already checked: names and titles repeat the same few hundred words. */
const syllables = new Map<string, boolean>();
export function isVietnameseSyllable(lower: string): boolean {
  let is = syllables.get(lower);
  if (is === undefined) {
    is = SYLLABLE.test(lower);
    // Foreign words could grow it without end.
    if (syllables.size > 20_000) syllables.clear();
    syllables.set(lower, is);
  }
  return is;
}

export interface NameCandidate {
  /** Token indices [start, end). */
  start: number;
  end: number;
  key: string;
  foreign: boolean;
  score: number;
}

export interface NameContext {
  /** Full names already known to be officials (the seed gazetteer), folded. */
  known: ReadonlySet<string>;
  /** The candidate follows a title head directly, with nothing between. */
  rightAfterHead?: boolean;
}

/** The folded key of tokens [a, b): their lower-cased forms (the matching text is already folded). */
const keyOf = (tokens: readonly Token[], a: number, b: number) => {
  let key = tokens[a]!.lower;
  for (let i = a + 1; i < b; i++) key += tokens[i]!.kind === 'punct' ? tokens[i]!.lower : ` ${tokens[i]!.lower}`;
  return key;
};

/** Where a known place (Gia Lai, Hà Nội…) ends if one starts at token p of a run, else p. */
function placeEndAt(tokens: readonly Token[], p: number, runEnd: number): number {
  // A run that is all place ("Đại sứ Việt Nam") leaves p at its end.
  if (p >= runEnd || !PLACE_FIRST_WORDS().has(tokens[p]!.lower)) return p;
  for (let len = Math.min(4, runEnd - p); len >= 2; len--) if (PLACES().has(keyOf(tokens, p, p + len))) return p + len;
  return p;
}

/** A hyphenated word's first part ("Ga-za" → "ga"), sliced without the array a split makes for every word read. */
const beforeDash = (word: string) => {
  const dash = word.indexOf('-');
  return dash < 0 ? word : word.slice(0, dash);
};

/**
 * Ê Đê and Jrai names: "Y" (men) or "H'" (women) before the given name, the clan name
 * last; Ba Na and Xơ Đăng men's names open with "A" ("A Blưn" is a name, as "Y Pớt" is).
 */
export const isEthnicPrefix = (t: Token) => t.lower === 'y' || t.lower === 'a' || /^h['’]/u.test(t.lower);

function vietnameseScore(tokens: readonly Token[], a: number, b: number, known: ReadonlySet<string>, rightAfterHead: boolean): number {
  const len = b - a;
  if (len < 2 || len > 5) return -1;
  const key = keyOf(tokens, a, b);
  if (known.has(key)) return 10;
  if (len >= 3 && isEthnicPrefix(tokens[a]!)) return 3;
  // "A Blưn", "Y Khoa": a prefix and one syllable.
  if (len === 2 && isEthnicPrefix(tokens[a]!)) return isVietnameseSyllable(tokens[a + 1]!.lower) ? 1 : -1;
  if (len > 4) return -1;
  const first = tokens[a]!.lower;
  const rank = SURNAME_RANK().get(first);
  const compound = len >= 3 && COMPOUND_SURNAMES().has(`${first} ${tokens[a + 1]!.lower}`);
  // Most capitalised runs in titles are organisations ("Bộ Ngoại giao"): the cheapest test first.
  if (rank === undefined && !compound && ORG_WORDS().has(first)) return -1;
  if (PERSON_PLACES().has(key)) return rightAfterHead ? 6 : -1;
  if (PLACES().has(key)) return -1;
  // "Nguyễn Văn A", "Trần Văn B": a letter for the given name is how Vietnamese writes a name withheld.
  const placeholder = len >= 3 && rank !== undefined && tokens[b - 1]!.lower.length === 1;
  for (let i = a; i < b - (placeholder ? 1 : 0); i++) if (!isVietnameseSyllable(tokens[i]!.lower)) return -1;
  // A given name that is an organisation word ("… Bộ", "… Ban") means the run is not a name.
  for (let i = a + 1; i < b - 1; i++) if (ORG_NOUNS().has(tokens[i]!.lower)) return -1;
  if (rank === undefined && !compound && !isEthnicPrefix(tokens[a]!)) {
    // No surname: a line in capitals gives no case to go by, and a run ending in a place
    // is a place's longer name ("Choang Quảng Tây", "Bắc Bộ"), not a person.
    if (tokens[a]!.upper) return -1;
    for (let i = a + 1; i < b - 1; i++) if (PLACES().has(keyOf(tokens, i, b))) return -1;
  }
  let score = 0;
  if (compound) score += 2.5;
  else if (rank !== undefined) score += rank < 12 ? 3 : rank < 40 ? 2.5 : 2;
  if (AMBIGUOUS().has(first)) score -= 1;
  if (len >= 3 && MIDDLE().has(tokens[a + 1]!.lower)) score += 1.5;
  if (len === 3) score += 1;
  else if (len === 4) score += 0.5;
  return score;
}

/** A word no Vietnamese syllable: hyphenated ("Ken-ichi") or outside the syllable grammar. */
const isForeignWord = (lower: string) => lower.includes('-') || !isVietnameseSyllable(lower);

function foreignScore(tokens: readonly Token[], a: number, b: number, rightAfterHead: boolean): number {
  // Initials' dots are not words: "G.S. Bezdetko" is two initials and a surname.
  // Counted in loops over the run, not in a copy of it: this runs for every candidate start.
  let len = 0;
  let first: Token | undefined;
  let last: Token | undefined;
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    len++;
    first ??= t;
    last = t;
  }
  if (len < 1 || len > 4 || (len === 1 && !rightAfterHead)) return -1;
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' && (PLACES().has(t.lower) || PLACES().has(beforeDash(t.lower)) || ORG_WORDS().has(t.lower))) return -1;
  }
  if (PLACES().has(keyOf(tokens, a, b))) return -1;
  // A surname is never one letter: "T.Ư", "T.W" are abbreviations ("Ban Tuyên giáo T.Ư"), not initials.
  if (last!.lower.length < 2) return -1;
  let foreignWords = 0;
  // Initials are no foreign words: "T.P Vinh" is a city abbreviated, "G.S. Bezdetko" a name.
  let longForeign = false;
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !isForeignWord(t.lower)) continue;
    foreignWords++;
    longForeign ||= t.lower.length > 1;
  }
  if (!longForeign) return -1;
  // One foreign word ("Tổng thống Putin") only right after a title.
  if (len === 1) return first!.lower.length >= 4 ? 3 : -1;
  // "Chea Sophal Rith": a first name that looks Vietnamese before foreign ones is the same person's.
  const firstOnly = foreignWords === len - 1 && foreignWords >= 2 && isVietnameseSyllable(first!.lower) && !SURNAME_RANK().has(first!.lower);
  return foreignWords === len || firstOnly ? 3.5 : 2.5;
}

/** Drops an honorific capitalised at a sentence start ("Ông Lại Xuân Môn"). */
const CAPITAL_HONORIFICS = new Set(['ông', 'bà', 'ngài']);
export function skipCapitalHonorific(tokens: readonly Token[], a: number, b: number): number {
  return b - a >= 3 && CAPITAL_HONORIFICS.has(tokens[a]!.lower) ? a + 1 : a;
}

/** The best-scoring name that ends exactly at `runEnd` and starts at or after `runStart`. */
export function bestNameEndingAt(tokens: readonly Token[], runStart: number, runEnd: number, ctx: NameContext): NameCandidate | null {
  let best: NameCandidate | null = null;
  // A one-word run is a name only as a foreign name right after a title ("Tổng thống Putin").
  if (runEnd - runStart === 1 && !ctx.rightAfterHead) return null;
  let from = skipCapitalHonorific(tokens, runStart, runEnd);
  // A name never starts inside a place the run opens with ("UBND tỉnh Gia Lai Rah Lan Chung").
  for (let end = placeEndAt(tokens, from, runEnd); end > from; end = placeEndAt(tokens, from, runEnd)) from = end;
  for (let s = Math.max(from, runEnd - 5); s < runEnd; s++) {
    // Nor at an initial's dot ("Marc E. Knapper").
    if (tokens[s]!.kind !== 'word' || (s > runStart && tokens[s - 1]?.lower === '.')) continue;
    const rightAfterHead = !!ctx.rightAfterHead && s === runStart;
    const viet = vietnameseScore(tokens, s, runEnd, ctx.known, rightAfterHead);
    const foreign = viet < 0 ? foreignScore(tokens, s, runEnd, rightAfterHead) : -1;
    const score = Math.max(viet, foreign);
    if (score > 0 && (!best || score > best.score)) {
      best = { start: s, end: runEnd, key: keyOf(tokens, s, runEnd), foreign: viet < 0, score };
    }
  }
  return best;
}

/**
 * A line in capitals runs the name on into the words after it ("… LÊ VĂN AN KIỂM TRA
 * CÔNG TRÌNH"): the longest name ending in the run's first words that is not clearly
 * worse than a shorter one, and that does not end inside a phrase (`splits`: "kiểm tra").
 */
export function bestNameInCapitals(tokens: readonly Token[], runStart: number, runEnd: number, ctx: NameContext, splits: (end: number) => boolean): NameCandidate | null {
  let best: NameCandidate | null = null;
  // A headline's run is an organisation, the name and the clause after it: a dozen words at most are tried.
  for (let end = Math.min(runEnd, runStart + 12); end > runStart; end--) {
    if (splits(end)) continue;
    const name = bestNameEndingAt(tokens, runStart, end, { ...ctx, rightAfterHead: ctx.rightAfterHead && end - runStart === 1 });
    if (name && (!best || name.score > best.score + 0.5)) best = name;
  }
  return best;
}

/**
 * The end of the run of capitalised words starting at `i`, on one line and one
 * space apart; a middle initial ("Marc E. Knapper") stays in the run.
 */
export function capRunEnd(tokens: readonly Token[], i: number): number {
  let j = i;
  for (;;) {
    while (j < tokens.length && tokens[j]!.kind === 'word' && tokens[j]!.cap && (j === i || (tokens[j]!.tight && !tokens[j]!.newline))) j++;
    const initial = tokens[j - 1];
    const dot = tokens[j];
    const next = tokens[j + 1];
    if (j > i && initial?.lower.length === 1 && dot?.lower === '.' && next?.cap && next.tight && !next.newline) j += 1;
    else if (j > i && particleAt(tokens, j)) j += 2;
    else return j;
  }
}

/**
 * A dotted particle in capitals inside a foreign name, after a given name that is no
 * Vietnamese syllable: "Juan LB. Cruz". (After "UBND", "TP." is a unit, not a particle.)
 */
function particleAt(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const before = tokens[j - 1];
  const next = tokens[j + 2];
  return (
    !!t && t.acronym && t.tight && !t.newline && t.lower.length <= 3 && tokens[j + 1]?.lower === '.' &&
    !!next?.cap && next.tight && !next.newline && !!before?.cap && !isVietnameseSyllable(before.lower)
  );
}

/** The start of the run of capitalised words ending at `end`, initials and particles included ("John Q. Public"). */
export function capRunStart(tokens: readonly Token[], end: number): number {
  let i = end;
  for (;;) {
    while (i > 0 && tokens[i - 1]!.kind === 'word' && tokens[i - 1]!.cap && (i === end || tokens[i]!.tight) && !tokens[i]!.newline) i--;
    const initial = tokens[i - 2];
    const inRun = i < end && tokens[i - 1]?.lower === '.' && tokens[i]!.tight && !tokens[i]!.newline && !!initial;
    if (inRun && initial!.cap && initial!.lower.length === 1 && !tokens[i - 1]!.newline) i -= 2;
    else if (inRun && particleAt(tokens, i - 2)) i -= 2;
    else return i;
  }
}

/**
 * Where a personal name ends a phrase of capitalised words, as a word index, or -1:
 * "Thủ tướng Chính phủ Trịnh Quang Lực" → 3. The name is a known surname and one to
 * three syllables, and not a place ("Ủy ban nhân dân tỉnh Lâm Đồng" keeps its place).
 */
export function trailingNameStart(words: readonly string[]): number {
  for (let k = Math.max(1, words.length - 4); k <= words.length - 2; k++) {
    const name = words.slice(k);
    // The surname first: most words are none, and need no key of the rest built.
    const surname = foldKey(name[0]!);
    if (!SURNAME_RANK().has(surname) || AMBIGUOUS().has(surname)) continue;
    const key = foldKey(name.join(' '));
    if (PLACES().has(key) || PERSON_PLACES().has(key)) continue;
    if (name.every((w) => /^\p{Lu}/u.test(w) && isVietnameseSyllable(foldKey(w)))) return k;
  }
  return -1;
}
