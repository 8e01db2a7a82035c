/**
 * Name and title on different lines or glued by a hyphen: an author block (the
 * name on one line, one title a line under it, each ending in a comma), and
 * "Name-Title" with no space around the dash. Names are invented.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher, EMPTY_LEXICON } from '@/lib/matcher/matcher';

const matcher = createMatcher(EMPTY_LEXICON);
const officials = (text: string) => matcher.analyze(text).officials.map((o) => [o.name, o.titles] as const);

describe('officials: name and title on different lines', () => {
  it('reads an author block with one title a line, each ending in a comma', () => {
    const text = 'Bài viết\nPGS.TS. Đỗ Hoài Nam\nỦy viên Trung ương Đảng,\nGiám đốc Học viện Chính trị khu vực III,\n\nNội dung bài viết bắt đầu ở đây.';
    expect(officials(text)).toEqual([['Đỗ Hoài Nam', ['Ủy viên Trung ương Đảng', 'Giám đốc Học viện Chính trị khu vực III']]]);
  });

  it('leaves a byline above ordinary prose alone', () => {
    expect(officials('Trần Minh Quý\nChủ tịch nước nhấn mạnh vai trò của báo chí.')).toEqual([]);
  });

  it('a hyphen glued between the name and the title is a dash', () => {
    expect(officials('với sự có mặt của ông Trịnh Văn Quyết-Phó Trưởng ban Dân vận Trung ương, cùng đại diện các bộ.')).toEqual([
      ['Trịnh Văn Quyết', ['Phó Trưởng ban Dân vận Trung ương']],
    ]);
  });

  it('keeps a hyphenated transliterated name whole', () => {
    expect(officials('Ông Xổm-phon Vi-lay-vông, Thứ trưởng Bộ Thông tin Lào, phát biểu.').map(([n]) => n)).toEqual(['Xổm-phon Vi-lay-vông']);
  });
});
