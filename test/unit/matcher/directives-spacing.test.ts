/**
 * Document symbols typed with odd spacing or separators: a space before the slash,
 * a legislature's term a space after its code, and a State issuer's symbol typed
 * the Party's way. Numbers and issuers are invented.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher, EMPTY_LEXICON } from '@/lib/matcher/matcher';

const matcher = createMatcher(EMPTY_LEXICON);
const ids = (text: string) => matcher.analyze(text).directives.map((d) => d.id);

describe('directives: spacing and separators', () => {
  it.each([
    ['Công văn số 417 /UBND-VX ngày 3/4/2024 của UBND huyện về việc …', '417/UBND-VX'],
    ['Quyết định 96 /QĐ-UBND ngày 1/2/2021 của UBND tỉnh', '96/QĐ-UBND'],
    ['Nghị quyết số 713/NQ – UBTVQH 15 về sắp xếp đơn vị hành chính', '713/NQ-UBTVQH15'],
    ['Nghị quyết số 402/NQ-UBTVQH 14, và các quyết định khác', '402/NQ-UBTVQH14'],
    ['Chỉ thị số 34-CT/TTg ngày 2/9/2019 của Thủ tướng Chính phủ', '34/CT-TTg'],
    ['Kế hoạch số 208-KH/UBND của tỉnh', '208/KH-UBND'],
  ])('%s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it('Party symbols keep the Party form', () => {
    expect(ids('Kết luận số 63-KL/TW của Bộ Chính trị')).toEqual(['63-KL/TW']);
    expect(ids('Kế hoạch số 41-KH/TU của Tỉnh ủy')).toEqual(['41-KH/TU']);
    expect(ids('Kế hoạch số 19-KH/ĐTN của Đoàn trường')).toEqual(['19-KH/ĐTN']);
  });

  it('a page number or a ratio after a space is no directive', () => {
    expect(ids('Xem trang 348 /UBND-GD ở phần phụ lục.')).toEqual([]);
    expect(ids('Nghị quyết số 713/NQ-UBTVQH 15/3 đã nêu')).not.toContain('713/NQ-UBTVQH15');
  });
});
