/**
 * English search terms read as the Vietnamese they gloss, at query time: "politburo"
 * → "Bộ Chính trị", "conclusion 57" → "Kết luận 57". The stored search rows stay as
 * they are (Vietnamese words); the collection's search tries the query as typed and
 * each of these readings (lib/collection/search.ts). The glossary is read backwards
 * (glossary.ts), through the one search fold of lib/text.
 */
import { bare } from '../text/fold';
import { BODY_GLOSSES, HEAD_GLOSSES, KIND_GLOSSES, MODIFIER_GLOSSES } from './glossary';

/** How many readings one query may have: every English term with several Vietnamese ones multiplies them. */
const MOST_READINGS = 8;

/** An English word without a plural "s", so "conclusions" finds what "conclusion" does. */
const singular = (word: string) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);
const englishKey = (english: string) => bare(english).split(' ').map(singular).join(' ');

/** English phrase (key) → the Vietnamese it glosses, one or more. */
const VIETNAMESE = new Map<string, string[]>();
function add(english: string, vietnamese: string): void {
  const key = englishKey(english);
  const known = VIETNAMESE.get(key) ?? [];
  if (!known.includes(vietnamese)) VIETNAMESE.set(key, [...known, vietnamese]);
}
for (const [vi, en] of [...Object.entries(KIND_GLOSSES), ...Object.entries(BODY_GLOSSES), ...Object.entries(MODIFIER_GLOSSES)]) add(en, vi);
for (const [vi, gloss] of Object.entries(HEAD_GLOSSES)) {
  add(gloss.en, vi);
  add(gloss.deputy ?? `${MODIFIER_GLOSSES['Phó']} ${gloss.en}`, `Phó ${vi}`);
}
const LONGEST = Math.max(...[...VIETNAMESE.keys()].map((key) => key.split(' ').length));
/** English words a search reads past once a term around them is translated ("the politburo"). */
const GLUE = new Set(['the', 'of', 'and']);

/** The longest English phrase starting at word `at`: its Vietnamese and how many words it takes. */
function phraseAt(words: readonly string[], at: number): { vietnamese: string[]; length: number } | null {
  for (let n = Math.min(LONGEST, words.length - at); n > 0; n--) {
    const vietnamese = VIETNAMESE.get(words.slice(at, at + n).join(' '));
    if (vietnamese) return { vietnamese, length: n };
  }
  return null;
}

/**
 * The query with its English terms in Vietnamese, one reading per choice where a term
 * glosses several ("Department": Cục, Vụ, Sở); none when no term is English the
 * glossary knows. Other words (numbers, names) stay as typed.
 */
export function vietnameseReadings(query: string): string[] {
  const typed = bare(query).split(' ').filter(Boolean);
  const words = typed.map(singular);
  let readings: string[][] = [[]];
  let translated = false;
  for (let at = 0; at < words.length; ) {
    const phrase = phraseAt(words, at);
    const word = typed[at]!;
    const choices = phrase ? phrase.vietnamese : GLUE.has(word) ? [''] : [word];
    translated ||= phrase !== null;
    readings = readings.flatMap((reading) => choices.map((choice) => [...reading, choice])).slice(0, MOST_READINGS);
    at += phrase?.length ?? 1;
  }
  return translated ? readings.map((reading) => reading.filter(Boolean).join(' ')) : [];
}
