/**
 * The directive grammar on any input: references built at random and mutated
 * (pieces swapped or dropped: kind words, numbers, separators, issuers, dates, odd
 * characters), and real texts cut at every offset around their references. It
 * never throws and every mention lies inside the text. A failing case prints its
 * seed, so it can be replayed.
 */
import { describe, expect, it } from 'vitest';
import { findDirectives, type DirectiveHit } from '@/lib/matcher/directives';
import { normalize } from '@/lib/text/normalize';
import { corpusMissing, loadGold } from '../../../scripts/lib/corpus';

const PIECES = [
  'Kết luận', 'kết luận', 'Nghị quyết', 'Nghịquyết', 'Chỉ thị', 'Quyết định', 'quyết định', 'Hướng dẫn', 'hướng dẫn', 'Kế hoạch',
  'Chương trình', 'Chương trình hành động', 'Bản ghi nhớ', 'Nghị định', 'Thông tư', 'Công văn', 'Đề án', 'Quy định', 'Thông báo kết luận',
  ' số', ' số:', ' ', '  ', '\n', '\u00A0', '57', '05', '100', '2024', '2021-2025', '15/6/2023', '12345', '999999', '-', ' - ', '- ', '–',
  '/', ' / ', 'KL', 'kl', 'TW', 'TƯ', 'NQ', 'CT', 'QĐ', 'Q\u00D0', 'QĐi', 'NĐ', 'ND', 'CP', 'TTg', 'UBND', 'VP-KGVX', 'của', ' của ',
  'Bộ Chính trị', 'Ban Bí thư', 'Chính phủ', 'Thủ tướng Chính phủ', 'Trung ương Đoàn', ' về ', 'về', ' và ', ', ', '. ', ';', '(khóa XI)',
  'Khoá XII', 'ngày', ' ngày ', 'năm', ' năm 2011', 'đoàn', ' 10 đoàn', '%', '2,5', '“', '”', '"', '(', ')', '|', 'ban hành', 'Ngày 30/4/2025, ',
  'đã ban hành', 'e\u0301', '\u200B', '\uFEFF', '\uD83D\uDE00', '\uD800', 'Ð', 'A', 'z', '0', '9',
];

/** mulberry32: a small seeded generator, so a failing case can be replayed from its seed. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A reference as articles write one, piece by piece: kind, "số", number, symbol, date, issuer, subject. */
const SHAPE: readonly (readonly string[])[] = [
  ['Kết luận', 'Nghị quyết', 'Chỉ thị', 'quyết định', 'hướng dẫn', 'Chương trình', 'Nghị định', 'Kế hoạch'],
  [' ', ' số ', ' số: ', '  '],
  ['57', '05', '100', '2024', '12345'],
  ['', '-', ' - ', '- ', '/', '/2015/', '/2024'],
  ['', 'KL', 'NQ', 'CT', 'QĐ', 'Q\u00D0', 'NĐ'],
  ['', '/', '-', ' /'],
  ['', 'TW', 'TƯ', 'CP', 'TTg', 'UBND'],
  ['', ' ngày 15/6/2023', ', ngày 14-2-2012', ' 10 đoàn', ' năm 2011', ' 5 năm 2021-2025'],
  ['', ' của Bộ Chính trị', ' của Ban Bí thư', ' của Chính phủ', ' (khóa XI)', ' của Tỉnh ủy'],
  ['', ' về thông tin đối ngoại', ' về đột phá phát triển, của Bộ Chính trị', ' và ', '. ', '\n'],
];

/** One to four references, each piece sometimes swapped for any piece or dropped, with noise between. */
function randomText(seed: number): string {
  const random = generator(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  let text = '';
  for (let r = 1 + Math.floor(random() * 4); r > 0; r--) {
    for (let i = Math.floor(random() * 4); i > 0; i--) text += pick(PIECES);
    for (const options of SHAPE) {
      const roll = random();
      if (roll < 0.08) continue;
      text += roll < 0.2 ? pick(PIECES) : pick(options);
    }
  }
  return text;
}

/** Why the hits are not well formed, or null when they are. */
function problem(text: string, hits: DirectiveHit[]): string | null {
  const n = text.length;
  for (const h of hits) {
    if (!(h.start >= 0 && h.start < h.end && h.end <= n)) return `mention ${h.start}-${h.end} outside 0-${n}`;
    if (h.subject && !(h.subject.start >= 0 && h.subject.start <= h.subject.end && h.subject.end <= n)) return `subject ${h.subject.start}-${h.subject.end} outside 0-${n}`;
    if (!h.id) return 'an empty id';
  }
  return null;
}

/** Runs the finder on a text; the failure message, or null. */
function check(text: string): string | null {
  try {
    const n = normalize(text);
    return problem(n.text, findDirectives(n));
  } catch (error) {
    return `threw ${String(error)}`;
  }
}

describe('directives on any input', () => {
  it('never throws and keeps every mention inside the text, on 20 000 references built at random and mutated', () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= 20_000 && failures.length < 5; seed++) {
      const text = randomText(seed);
      const failure = check(text);
      if (failure) failures.push(`seed ${seed} ${JSON.stringify(text)}: ${failure}`);
    }
    expect(failures).toEqual([]);
  });

  it('reads nothing past the end of a text cut right after a kind word, "số", a number or a separator', () => {
    const stems = ['Kết luận', 'Kết luận số', 'Kết luận số 57', 'Kết luận số 57-', 'Kết luận số 57-KL/', 'Nghị quyết 57 của', 'Nghị quyết 57 về', 'Chỉ thị 05 và'];
    for (const stem of stems) expect(check(stem)).toBeNull();
    expect(findDirectives(normalize('Nghị quyết 57 của')).map((h) => h.id)).toEqual(['Nghị quyết 57']);
  });
});

const missing = corpusMissing();
describe.skipIf(missing)(`directives on real texts cut anywhere (${missing ? `skipped: ${missing}` : 'read from ../shared/corpus'})`, () => {
  it('never throws on a text cut at any offset within 60 characters of a reference', () => {
    const failures: string[] = [];
    for (const doc of missing ? [] : loadGold()) {
      const n = normalize(doc.text);
      for (const hit of findDirectives(n)) {
        for (let cut = Math.max(0, hit.start - 60); cut <= Math.min(doc.text.length, hit.end + 60); cut++) {
          for (const text of [doc.text.slice(0, cut), doc.text.slice(cut)]) {
            const failure = check(text);
            if (failure) failures.push(`${doc.id} cut at ${cut}: ${failure}`);
          }
        }
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });
});
