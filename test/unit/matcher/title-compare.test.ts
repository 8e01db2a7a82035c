import { describe, expect, it } from 'vitest';
import { expandTitle } from '@/lib/matcher/language/abbreviations';
import { sameTitle } from '@/lib/matcher/title-compare';

describe('expanding abbreviations for display', () => {
  it.each([
    ['UVBTV Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy', 'Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy'],
    ['Ủy viên BCH Trung ương Đảng', 'Ủy viên Ban Chấp hành Trung ương Đảng'],
    ['Trưởng ban Tuyên giáo T.Ư', 'Trưởng ban Tuyên giáo Trung ương'],
    ['Phó Chủ tịch UBND tỉnh', 'Phó Chủ tịch Ủy ban nhân dân tỉnh'],
    ['Phó Trưởng BCĐ TTĐN tỉnh', 'Phó Trưởng Ban Chỉ đạo thông tin đối ngoại tỉnh'],
    ['TUV, Bí thư Huyện ủy', 'Tỉnh ủy viên, Bí thư Huyện ủy'],
  ])('%s', (title, expanded) => {
    expect(expandTitle(title)).toBe(expanded);
  });

  it('leaves words that only contain an abbreviation alone', () => {
    expect(expandTitle('Chủ tịch HĐNDX tỉnh')).toBe('Chủ tịch HĐNDX tỉnh');
  });
});

describe('one title written two ways', () => {
  it.each([
    ['Ủy viên BTV Tỉnh ủy', 'ủy viên ban thường vụ tỉnh uỷ'],
    ['Chủ tịch UBND tỉnh', 'Chủ tịch UBND tỉnh Gia Lai'],
    ['Trưởng ban Tuyên giáo T.Ư', 'Trưởng Ban Tuyên giáo Trung ương'],
    ['PHÓ CHỦ TỊCH THƯỜNG TRỰC QUỐC HỘI', 'Phó Chủ tịch Thường trực Quốc hội'],
  ])('%s = %s', (a, b) => expect(sameTitle(a, b)).toBe(true));

  it.each([
    ['Bộ trưởng', 'Thứ trưởng'],
    ['Chủ tịch UBND tỉnh', 'Chủ tịch HĐND tỉnh'],
    ['Bí thư Tỉnh ủy', 'Bí thư Thành ủy'],
    ['', 'Bộ trưởng'],
  ])('%s ≠ %s', (a, b) => expect(sameTitle(a, b)).toBe(false));
});
