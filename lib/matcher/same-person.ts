/**
 * One person, one entry: the officials a text names two ways are merged, with all
 * their mentions and titles.
 * - A Vietnamese name whose tone mark sits on another vowel of the same syllable
 *   ("Đỗ Qúy Khoan", "Đỗ Quý Khoan") is one spelling: the mark's place in a syllable
 *   says nothing. A different tone is a different name (Thanh is not Thành).
 * - A foreign name transliterated two ways ("Viktorovich" / "Victorovich", "Sergey"
 *   / "Sergei") is one person when the words are as many, one is written the same,
 *   and the others differ by two letters at most, in words long enough to tell.
 */
import type { OfficialHit } from './officials';

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Each syllable without its tone mark, followed by the mark: where the mark sat no longer counts. */
function toneKey(key: string): string {
  return key
    .split(' ')
    .map((syllable) => {
      const nfd = syllable.normalize('NFD');
      return nfd.replace(TONES, '') + (nfd.match(TONES)?.join('') ?? '');
    })
    .join(' ');
}

/** Edit distance of two short words, or `limit + 1` once it is sure to exceed the limit. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...next) > limit) return limit + 1;
    row = next;
  }
  return row[b.length]!;
}

/** The most letters two spellings of one foreign name differ by, and the shortest word that may differ. */
const MAX_EDITS = 2;
const MIN_VARIANT_LENGTH = 5;

function oneForeignName(a: string, b: string): boolean {
  const x = a.split(' ');
  const y = b.split(' ');
  if (x.length !== y.length || x.length < 2) return false;
  let same = 0;
  let edits = 0;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) {
      same++;
      continue;
    }
    if (x[i]!.length < MIN_VARIANT_LENGTH || y[i]!.length < MIN_VARIANT_LENGTH) return false;
    edits += distance(x[i]!, y[i]!, MAX_EDITS);
    if (edits > MAX_EDITS) return false;
  }
  return same > 0;
}

/** How many foreign names of one shape a text's later names are compared with (keeps a hostile text linear). */
const BUCKET = 64;

/** Foreign names by shape (word count, first letter), to find another spelling of one among them. */
export class ForeignSpellings<T> {
  private readonly byShape = new Map<string, { key: string; value: T }[]>();
  private static shape = (key: string) => `${key.split(' ').length} ${key[0]}`;

  add(key: string, value: T): void {
    const shape = ForeignSpellings.shape(key);
    const bucket = this.byShape.get(shape) ?? [];
    if (bucket.length < BUCKET) bucket.push({ key, value });
    this.byShape.set(shape, bucket);
  }

  /** The value of a name this key spells another way, if one was added. */
  find(key: string): T | undefined {
    return this.byShape.get(ForeignSpellings.shape(key))?.find((o) => o.key !== key && oneForeignName(o.key, key))?.value;
  }
}

/** The hits with every two spellings of one person merged into the first, in text order. */
export function mergeSpellings(hits: OfficialHit[]): OfficialHit[] {
  const kept: OfficialHit[] = [];
  const byToneKey = new Map<string, OfficialHit>();
  const foreign = new ForeignSpellings<OfficialHit>();
  for (const hit of hits) {
    const toned = toneKey(hit.key);
    const same = byToneKey.get(toned) ?? (hit.foreign ? foreign.find(hit.key) : undefined);
    if (same) {
      same.names.push(...hit.names);
      same.titles.push(...hit.titles);
      continue;
    }
    kept.push(hit);
    byToneKey.set(toned, hit);
    if (hit.foreign) foreign.add(hit.key, hit);
  }
  for (const hit of kept) {
    hit.names.sort((a, b) => a.start - b.start);
    hit.titles.sort((a, b) => a.start - b.start);
  }
  return kept;
}
