import { describe, expect, it } from 'vitest';
import { containsAll, fold, searchTerms } from '@/lib/store/fold';

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
    expect(containsAll(hay, searchTerms('bình đối ngoại'))).toBe(true);
    expect(containsAll(hay, searchTerms('bình kinh tế'))).toBe(false);
  });
});
