/**
 * Organisation names that hold ordinary words ("nói", "điện tử", "và" and a comma)
 * are read whole inside a title, so the holder after them is found. Names invented.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher, EMPTY_LEXICON } from '@/lib/matcher/matcher';

const matcher = createMatcher(EMPTY_LEXICON);
const officials = (text: string) => matcher.analyze(text).officials.map((o) => [o.name, o.titles] as const);

describe('officials: bodies named with ordinary words', () => {
  it.each([
    ['Tổng Giám đốc Đài Tiếng nói Việt Nam Lê Văn Hào phát biểu.', 'Lê Văn Hào', 'Tổng Giám đốc Đài Tiếng nói Việt Nam'],
    ['Giám đốc Cổng Thông tin điện tử Chính phủ Phạm Thị Gấm cho biết.', 'Phạm Thị Gấm', 'Giám đốc Cổng Thông tin điện tử Chính phủ'],
    ['Tổng Biên tập Báo và Phát thanh, Truyền hình Cao Bằng Hoàng Văn Hạnh dự.', 'Hoàng Văn Hạnh', 'Tổng Biên tập Báo và Phát thanh, Truyền hình Cao Bằng'],
    ['Phó Tổng Biên tập Báo điện tử Tiền Phong Ngô Thị Yến cho biết.', 'Ngô Thị Yến', 'Phó Tổng Biên tập Báo điện tử Tiền Phong'],
    ['Phó Chủ nhiệm Ủy ban Tài chính, Ngân sách Đặng Văn Lực cho rằng.', 'Đặng Văn Lực', 'Phó Chủ nhiệm Ủy ban Tài chính, Ngân sách'],
  ])('%s', (text, name, title) => {
    expect(officials(text)).toEqual([[name, [title]]]);
  });

  it('a company or corporation job stays out', () => {
    expect(officials('ông Lê Văn Thụ – Tổng giám đốc Tập đoàn đã có bài phát biểu.')).toEqual([]);
    expect(officials('Tổng giám đốc Tổng công ty Lương thực Đỗ Minh Khang cho biết.')).toEqual([]);
  });
});
