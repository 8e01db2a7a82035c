import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bare, bareTerms, bareWords, exactTest, fold, searchableWords, searchTerms, startsWordsWithAll } from '@/lib/text/fold';

describe('fold', () => {
  it.each([
    ['NFC and NFD', 'Nghĩa', 'Nghĩa'.normalize('NFD')],
    ['old and new tone placement (hòa/hoà)', 'hòa bình', 'hoà bình'],
    ['ủy/uỷ', 'Ủy ban', 'Uỷ ban'],
    ['Thủy/Thuỷ', 'Nguyễn Thị Thủy', 'NGUYỄN THỊ THUỶ'],
    ['case and spacing', 'Bộ  Chính trị', 'bộ chính\u00a0TRỊ'],
  ])('brings together %s', (_label, a, b) => {
    expect(fold(a)).toBe(fold(b));
  });

  it.each([
    ['bộ', 'bỏ'],
    ['Nghĩa', 'Nghía'],
    ['đảng', 'dang'],
  ])('keeps %s and %s apart: other diacritics carry meaning', (a, b) => {
    expect(fold(a)).not.toBe(fold(b));
  });

  it('finds a word still being typed without its tone inside the full word', () => {
    expect(fold('Kết luận số 57-KL/TW về thông tin đối ngoại')).toContain(fold('thông tin đôi'));
    expect(fold('Nguyễn Trọng Nghĩa')).toContain(fold('nghi'));
  });
});

describe('searchTerms', () => {
  it('splits the query into distinct folded words; an empty query has none', () => {
    expect(searchTerms('  Thủy  thuỷ HÒA ')).toEqual([fold('thủy'), fold('hoà')]);
    expect(searchTerms('   ')).toEqual([]);
  });

  it('matches only when every word is present', () => {
    const hay = fold('Đồng chí Lê Hải Bình phát biểu về thông tin đối ngoại');
    expect(exactTest(searchTerms('bình đối ngoại'))(hay)).toBe(true);
    expect(exactTest(searchTerms('bình kinh tế'))(hay)).toBe(false);
  });
});

describe('bare: the form a search typed without diacritics meets', () => {
  it.each([
    ['a name', 'nguyen trong nghia', 'Nguyễn Trọng Nghĩa'],
    ['a phrase', 'thong tin doi ngoai', 'thông tin đối ngoại'],
    ['đ and Đ, which NFD leaves whole', 'dang doan dong', 'Đảng Đoàn đồng'],
    ['NFD input', 'nguyen trong nghia', 'Nguyễn Trọng Nghĩa'.normalize('NFD')],
    ['both tone placements', 'hoa uy thuy', 'hoà ủy Thuỷ'],
    ['every vowel quality mark (ă â ê ô ơ ư)', 'an an en on on un', 'ăn ân ên ôn ơn ưn'],
  ])('brings together %s', (_label, typed, written) => {
    expect(bare(typed)).toBe(bare(written));
    expect(bare(written)).toBe(typed);
  });

  it('keeps letters that differ apart', () => {
    expect(bare('bộ')).not.toBe(bare('ba'));
    expect(bare('đảng')).not.toBe(bare('tăng'));
  });

  it('gives one bare word for each set of folded words that lose their marks alike', () => {
    const folded = searchableWords(['Bộ bỏ BỘ đảng Đảng dang']);
    expect(bareWords(folded).split(' ')).toEqual(['bo', 'dang']);
  });

  it('finds a prefix: "nguy" is in Nguyễn, "thong tin doi" in the whole phrase', () => {
    const words = bareWords(searchableWords(['Đồng chí Nguyễn Trọng Nghĩa nói về thông tin đối ngoại']));
    expect(startsWordsWithAll(words, bareTerms('nguy'))).toBe(true);
    expect(startsWordsWithAll(words, bareTerms('thong tin doi'))).toBe(true);
    expect(startsWordsWithAll(words, bareTerms('nguyen van'))).toBe(false);
  });

  it('matches at the start of a word, not inside one; punctuation starts a word', () => {
    const words = bareWords(searchableWords(['Đối thoại khoa học theo Kết luận số 57-KL/TW']));
    expect(startsWordsWithAll(words, bareTerms('hoa'))).toBe(false);
    expect(startsWordsWithAll(words, bareTerms('thoa khoa'))).toBe(true);
    expect(startsWordsWithAll(words, bareTerms('kl/tw'))).toBe(true);
    expect(startsWordsWithAll(words, bareTerms('57-kl'))).toBe(true);
  });

  it('calls a match exact only with the marks as typed, tone placement aside', () => {
    const words = searchableWords(['Hoà bình và hoa đào, Ủy ban']);
    expect(exactTest(searchTerms('hòa'))(words)).toBe(true);
    expect(exactTest(searchTerms('hoa'))(words)).toBe(true);
    expect(exactTest(searchTerms('uỷ'))(words)).toBe(true);
    expect(exactTest(searchTerms('binh'))(words)).toBe(false);
    expect(exactTest(searchTerms('bình hòa'))(words)).toBe(true);
  });

  it('splits a query into distinct bare words; an empty query has none', () => {
    expect(bareTerms(' Hòa  HOÀ hoa Đà ')).toEqual(['hoa', 'da']);
    expect(bareTerms(' \t ')).toEqual([]);
  });
});

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'seeds');

describe('searchableWords', () => {
  // What the stored search row has always held: the distinct words of the whole folded text.
  const wholeText = (parts: string[]) => [...new Set(fold(parts.join('\n')).split(' ').filter(Boolean))].join(' ');
  const seeds = readdirSync(SEEDS).map((f) => readFileSync(join(SEEDS, f), 'utf8'));

  it('folds each written word once and stores what folding the whole text stored, on the seed articles', () => {
    for (const text of seeds) expect(searchableWords(['Tiêu đề', text, 'ghi chú HOÀ Hòa', 'thẻ'])).toBe(wholeText(['Tiêu đề', text, 'ghi chú HOÀ Hòa', 'thẻ']));
  });

  it('stores the same words for any slice of real text, in NFD, upper case or odd spaces', () => {
    const variant = fc.constantFrom(
      (s: string) => s,
      (s: string) => s.normalize('NFD'),
      (s: string) => s.toUpperCase(),
      (s: string) => s.replace(/ /g, '\u00a0 \t'),
    );
    fc.assert(
      fc.property(fc.nat({ max: seeds.length - 1 }), fc.nat(), fc.nat({ max: 4000 }), variant, fc.string(), (i, at, length, change, noise) => {
        const text = seeds[i]!;
        const from = at % text.length;
        const parts = [change(text.slice(from, from + length)), noise];
        expect(searchableWords(parts)).toBe(wholeText(parts));
      }),
      { numRuns: 200 },
    );
  });
});
