/**
 * English for a Vietnamese title, body or directive, composed from the glossary's parts
 * (glossary.ts) the way the title grammar builds them (MODIFIER* Phó? HEAD BODY*):
 * "Phó Trưởng Ban Tuyên giáo Trung ương" → "Deputy Head of the Central Propaganda and
 * Education Commission". Lookups use the search fold (lib/text), so case, NFC/NFD and
 * the tone's placement (Ủy/Uỷ) do not matter. Words the glossary does not know (a
 * place's name) follow the English after a comma, as written.
 */
import { expandTitle } from '../matcher/language/abbreviations';
import { CODE_ALIASES, PARTY_KIND_OVERRIDES, TYPE_CODES } from '../matcher/language/documents';
import { fold } from '../text/fold';
import { BODY_GLOSSES, HEAD_GLOSSES, type HeadGloss, LEVEL_GLOSSES, MODIFIER_GLOSSES } from './glossary';
import { glossKind, KIND_GLOSSES } from './kind-glosses';

/** A phrase table keyed by folded words, read longest phrase first at a word position. */
class PhraseTable<T> {
  private readonly byKey = new Map<string, T>();
  private readonly longest: number;

  constructor(entries: Readonly<Record<string, T>>) {
    let longest = 0;
    for (const [vi, value] of Object.entries(entries)) {
      const key = fold(vi);
      this.byKey.set(key, value);
      longest = Math.max(longest, key.split(' ').length);
    }
    this.longest = longest;
  }

  /** The longest phrase starting at `words[at]`: its value and how many words it takes. */
  at(words: readonly string[], at: number): { value: T; length: number } | null {
    for (let n = Math.min(this.longest, words.length - at); n > 0; n--) {
      const value = this.byKey.get(words.slice(at, at + n).join(' '));
      if (value !== undefined) return { value, length: n };
    }
    return null;
  }
}

const HEADS = new PhraseTable(HEAD_GLOSSES);
const MODIFIERS = new PhraseTable(MODIFIER_GLOSSES);
const BODIES = new PhraseTable(BODY_GLOSSES);
const LEVELS = new PhraseTable(LEVEL_GLOSSES);
const KINDS = new PhraseTable(KIND_GLOSSES);

/** A text as written words (abbreviations spelt out) and their folded forms. */
function wordsOf(text: string): { written: string[]; folded: string[] } {
  const written = expandTitle(text).trim().split(/\s+/).filter(Boolean);
  return { written, folded: written.map(fold) };
}

/** The bodies from word `from` on ("UBND tỉnh", then "Tỉnh ủy"…), and the written words left after them. */
function readBodies(written: readonly string[], folded: readonly string[], from: number): { bodies: string[]; rest: string } {
  const bodies: string[] = [];
  let at = from;
  for (let body = BODIES.at(folded, at); body; body = BODIES.at(folded, at)) {
    at += body.length;
    // A level word, unless a longer body starts there: "UBND tỉnh", "UBND thành phố", but "Ban Thường vụ Tỉnh ủy".
    const found = LEVELS.at(folded, at);
    const level = found && found.length >= (BODIES.at(folded, at)?.length ?? 0) ? found : null;
    if (level) at += level.length;
    bodies.push(level ? `${level.value} ${body.value}` : body.value);
  }
  return { bodies, rest: written.slice(at).join(' ') };
}

const withRest = (english: string, rest: string) => (rest ? `${english}, ${rest}` : english);

/** "Minister" + "Ministry of Foreign Affairs" → "Minister of Foreign Affairs"; else "Head of the X of the Y". */
function headOfBodies(english: string, gloss: HeadGloss, bodies: readonly string[]): string {
  const [first, ...more] = bodies;
  if (first === undefined) return english;
  const lead = gloss.drop && first.startsWith(gloss.drop) ? `${english} of ${first.slice(gloss.drop.length)}` : `${english} of the ${first}`;
  return [lead, ...more].join(' of the ');
}

/** One office's English; undefined without a known head. */
function glossOffice(title: string): string | undefined {
  const { written, folded } = wordsOf(title);
  const modifiers: string[] = [];
  let deputy = false;
  let at = 0;
  let found = HEADS.at(folded, at);
  for (let modifier = MODIFIERS.at(folded, at); !found && modifier; modifier = MODIFIERS.at(folded, at)) {
    if (modifier.value === MODIFIER_GLOSSES['Phó']) deputy = true;
    else modifiers.push(modifier.value);
    at += modifier.length;
    found = HEADS.at(folded, at);
  }
  if (!found) return undefined;
  const gloss = found.value;
  at += found.length;
  // The head's organ starts the body: "Trưởng ban" + "Tuyên giáo Trung ương" reads "Ban Tuyên giáo Trung ương".
  const organ = gloss.organ ? fold(gloss.organ).split(' ') : [];
  const bodyWords = { written: [...organ, ...written.slice(at)], folded: [...organ, ...folded.slice(at)] };
  const { bodies, rest } = readBodies(bodyWords.written, bodyWords.folded, 0);
  const english = deputy ? (gloss.deputy ?? `${MODIFIER_GLOSSES['Phó']} ${gloss.en}`) : gloss.en;
  return withRest(headOfBodies([...modifiers, english].join(' '), gloss, bodies), rest);
}

/**
 * A title's English ("Bí thư Tỉnh ủy Cao Bằng" → "Secretary of the Provincial Party
 * Committee, Cao Bằng"); undefined when it starts with no known head. Offices held
 * together are written with commas ("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy"), and
 * so are some names ("Bộ Văn hóa, Thể thao và Du lịch"): a part after a comma is
 * another office only when it starts with a head.
 */
export function glossTitle(title: string): string | undefined {
  const offices: string[] = [];
  for (const part of title.split(/\s*[,;]\s*/u)) {
    if (offices.length === 0 || glossOffice(part) === undefined) offices.push([offices.pop(), part].filter(Boolean).join(', '));
    else offices.push(part);
  }
  const english = offices.map(glossOffice);
  return english[0] === undefined ? undefined : english.join(', ');
}

/** A body's English ("Bộ Chính trị" → "Politburo", "UBND tỉnh" → "Provincial People's Committee"); undefined when unknown. */
export function glossBody(name: string): string | undefined {
  const { written, folded } = wordsOf(name);
  const { bodies, rest } = readBodies(written, folded, 0);
  return bodies.length > 0 ? withRest(bodies.join(' of the '), rest) : undefined;
}

const TYPE_BY_UPPER = new Map(Object.keys(TYPE_CODES).map((code) => [code.toUpperCase(), code]));
/** A symbol's type code as officially written (ND → NĐ, qđ → QĐ). */
const typeCode = (code: string) => TYPE_BY_UPPER.get(code.toUpperCase()) ?? CODE_ALIASES[code.toUpperCase()];
/** Party symbols put the type before "/" (57-KL/TW), the State's after it (47/NQ-CP, 80/2015/QH13 has none). */
const PARTY_SYMBOL = /^[^/-]+-([^/-]+)\//u;
const STATE_SYMBOL = /\/([^/-]+)-[^/]*$/u;

/** The kind a directive's id says ("57-KL/TW" → Conclusion, "Nghị quyết 57" → Resolution), in English. */
export function glossDirective(id: string): string | undefined {
  const party = PARTY_SYMBOL.exec(id);
  const code = typeCode((party ?? STATE_SYMBOL.exec(id))?.[1] ?? '');
  const kind = code && ((party ? PARTY_KIND_OVERRIDES[code] : undefined) ?? TYPE_CODES[code]);
  if (kind) return glossKind(kind);
  return KINDS.at(wordsOf(id).folded, 0)?.value;
}
