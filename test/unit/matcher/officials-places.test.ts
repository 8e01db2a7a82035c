/**
 * Places read as people: a province of Laos, Cambodia, China… after a title or
 * "tỉnh", a city after "Thành phố"/"TP.", a long place name ending in a known place.
 * Vietnam's provinces (the 34 of July 2025 and the 63 before) are all known.
 * Names are invented.
 */
import { describe, expect, it } from 'vitest';
import { PROVINCES } from '@/lib/matcher/language/provinces';
import { createMatcher, EMPTY_LEXICON } from '@/lib/matcher/matcher';

const matcher = createMatcher(EMPTY_LEXICON);
const officials = (text: string) => matcher.analyze(text).officials.map((o) => [o.name, o.titles] as const);
const names = (text: string) => officials(text).map(([n]) => n);

describe('officials: foreign provinces and regions', () => {
  it.each([
    'Tỉnh trưởng tỉnh Xiêng Khoảng làm Trưởng đoàn.',
    'Đoàn do Phó Tỉnh trưởng tỉnh Kampong Thom dẫn đầu đã đến thăm.',
    'Chủ tịch Khu tự trị dân tộc Choang Quảng Tây phát biểu.',
    'Thống đốc tỉnh Gyeonggi cho biết hai bên sẽ hợp tác.',
    'Bí thư Châu ủy châu Hồng Hà hội đàm với đoàn.',
    'Thống đốc bang Oregon cho biết như vậy.',
  ])('no one in "%s"', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['Ông Khamla Sysouphan, Tỉnh trưởng tỉnh Chăm Pa Sắc cảm ơn đoàn.', 'Khamla Sysouphan', 'Tỉnh trưởng tỉnh Chăm Pa Sắc'],
    ['Tỉnh trưởng tỉnh Kampong Speu, ông Chea Sophal Rith chúc mừng năm mới.', 'Chea Sophal Rith', 'Tỉnh trưởng tỉnh Kampong Speu'],
    ['Ông Vương Đình Khang, Chủ tịch Khu tự trị dân tộc Choang Quảng Tây tiếp đoàn.', 'Vương Đình Khang', 'Chủ tịch Khu tự trị dân tộc Choang Quảng Tây'],
    ['Ông Hideo Marunaka - Thống đốc tỉnh Shizuoka cho biết.', 'Hideo Marunaka', 'Thống đốc tỉnh Shizuoka'],
  ])('the holder, not the place: %s', (text, name, title) => {
    expect(officials(text)).toEqual([[name, [title]]]);
  });

  it('a city after "Thành phố" or "TP." is no person', () => {
    expect(names('Phó Chủ tịch UBND TP. Hà Tiên cho biết.')).toEqual([]);
    expect(names('Chủ tịch UBND Thành phố Hà Tiên cho biết.')).toEqual([]);
    expect(names('Chủ tịch UBND TP. Hà Tiên Lê Quốc Thịnh cho biết.')).toEqual(['Lê Quốc Thịnh']);
  });

  it('knows the 34 provinces of July 2025, each with the provinces it took in (63 in all)', () => {
    expect(PROVINCES.size).toBe(34);
    const before = new Set([...PROVINCES].flatMap(([now, merged]) => [now, ...merged]));
    for (const old of ['Hà Giang', 'Yên Bái', 'Bắc Kạn', 'Vĩnh Phúc', 'Hòa Bình', 'Bắc Giang', 'Thái Bình', 'Hải Dương', 'Hà Nam', 'Nam Định', 'Quảng Bình', 'Quảng Nam', 'Kon Tum', 'Bình Định', 'Ninh Thuận', 'Đắk Nông', 'Bình Thuận', 'Phú Yên', 'Bình Dương', 'Bình Phước', 'Long An', 'Sóc Trăng', 'Hậu Giang', 'Bến Tre', 'Trà Vinh', 'Tiền Giang', 'Bạc Liêu', 'Kiên Giang'])
      expect(before.has(old)).toBe(true);
    expect(PROVINCES.get('Ninh Bình')).toEqual(['Hà Nam', 'Nam Định']);
    // A province's name in a title is a place, whichever list it belongs to.
    expect(names('Phó Chủ tịch UBND tỉnh Đắk Nông cho biết.')).toEqual([]);
    expect(names('Bí thư Tỉnh ủy Hậu Giang Trương Minh Tuệ dự.')).toEqual(['Trương Minh Tuệ']);
  });
});
