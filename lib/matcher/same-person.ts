/**
 * One person, one entry: the officials a text names two ways are merged, with all
 * their mentions and titles.
 * - A Vietnamese name whose tone mark sits on another vowel of the same syllable
 *   ("Đỗ Qúy Khoan", "Đỗ Quý Khoan") is one spelling: the mark's place in a syllable
 *   says nothing. A different tone is a different name (Thanh is not Thành).
 * - A foreign name transliterated two ways ("Viktorovich" / "Victorovich", "Sergey"
 *   / "Sergei") is one person when the words are as many, one is written the same,
 *   and the others differ by two letters at most, in words of five letters or more.
 */
import type { OfficialHit } from './official-hit';

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Each syllable without its tone mark, then the mark: where the mark sat no longer counts. */
const toneKey = (key: string) =>
  key.replace(/\S+/g, (syllable) => {
    const nfd = syllable.normalize('NFD');
    return nfd.replace(TONES, '') + (nfd.match(TONES) ?? []).join('');
  });

/** Edit distance of two words (they are short: a name's). */
function distance(a: string, b: string): number {
  let row = [...Array(b.length + 1).keys()];
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + +(a[i - 1] !== b[j - 1]));
    row = next;
  }
  return row[b.length]!;
}

/**
 * Are two folded foreign names two spellings of one? `x` and `y` are their words, for a
 * caller that compares one name with many and splits each once.
 */
export function oneForeignName(a: string, b: string, x = a.split(' '), y = b.split(' ')): boolean {
  if (x.length !== y.length || x.length < 2 || a === b) return false;
  // Most pairs share no word: they are told apart before any distance is measured.
  if (!x.some((w, i) => w === y[i])) return false;
  let edits = 0;
  for (let i = 0; i < x.length && edits <= 2; i++) {
    const [w, v] = [x[i]!, y[i]!];
    if (w !== v) edits += w.length < 5 || v.length < 5 || w.length > 40 || Math.abs(w.length - v.length) > 2 ? 3 : distance(w, v);
  }
  return edits <= 2;
}

/** How many foreign names a later one is compared with: a hostile text stays linear. */
export const FOREIGN_COMPARED = 64;

/** The hits with every two spellings of one person merged into the first, in text order. */
export function mergeSpellings(hits: OfficialHit[]): OfficialHit[] {
  const kept: OfficialHit[] = [];
  const byToneKey = new Map<string, OfficialHit>();
  const foreign: OfficialHit[] = [];
  for (const hit of hits) {
    const same = byToneKey.get(toneKey(hit.key)) ?? (hit.foreign ? foreign.find((o) => oneForeignName(o.key, hit.key)) : undefined);
    if (same) {
      same.names.push(...hit.names);
      same.titles.push(...hit.titles);
      continue;
    }
    kept.push(hit);
    byToneKey.set(toneKey(hit.key), hit);
    if (hit.foreign && foreign.length < FOREIGN_COMPARED) foreign.push(hit);
  }
  for (const hit of kept) {
    hit.names.sort((a, b) => a.start - b.start);
    hit.titles.sort((a, b) => a.start - b.start);
  }
  return kept;
}
