/**
 * Dotted abbreviations inside titles ("T.Ư", "TP.", "UVT.Ư") are part of the title,
 * never a person's initials, and the holder after them keeps the title.
 * Names, bodies and places are invented.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher, EMPTY_LEXICON } from '@/lib/matcher/matcher';

const matcher = createMatcher(EMPTY_LEXICON);
const officials = (text: string) => matcher.analyze(text).officials.map((o) => [o.name, o.titles] as const);

describe('officials: dotted abbreviations inside titles', () => {
  it.each([
    ['Phó Trưởng Ban Tuyên giáo T.Ư, Nguyễn Văn Khải dự hội nghị.', 'Nguyễn Văn Khải', 'Phó Trưởng Ban Tuyên giáo T.Ư'],
    ['Chủ tịch UBND TP. Hải Phòng Trần Văn Bảo phát biểu.', 'Trần Văn Bảo', 'Chủ tịch UBND TP. Hải Phòng'],
    ['UVT.Ư Đảng, Bí thư Tỉnh ủy Lê Minh Khoa phát biểu.', 'Lê Minh Khoa', 'UVT.Ư Đảng'],
    ['Phó Bí thư Thành ủy TP.HCM Đoàn Thị Lụa dự lễ.', 'Đoàn Thị Lụa', 'Phó Bí thư Thành ủy TP.HCM'],
    ['Ủy viên BCH T.W Đảng, Bộ trưởng Vương Quốc Tiệp cho biết.', 'Vương Quốc Tiệp', 'Ủy viên BCH T.W Đảng'],
  ])('%s', (text, name, title) => {
    const found = officials(text);
    expect(found.map(([n]) => n)).toEqual([name]);
    expect(found[0]![1]).toContain(title);
  });

  it('never reads an abbreviation as a person', () => {
    expect(officials('Trưởng Ban Dân vận T.Ư phát biểu tại hội nghị.')).toEqual([]);
    expect(officials('Phó Chủ tịch UBND TP. Cần Thơ cho biết kế hoạch đã xong.')).toEqual([]);
    expect(officials('Bí thư Thành ủy T.P Vinh dự lễ.').map(([n]) => n)).not.toContain('T.P Vinh');
  });
});
