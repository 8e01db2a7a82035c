/**
 * Headlines and signature blocks in capitals: case tells nothing there, so a name
 * needs a surname, may end before the headline's clause does, and a signer's name
 * stands on the line under the office. Names are invented.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher, EMPTY_LEXICON } from '@/lib/matcher/matcher';

const matcher = createMatcher(EMPTY_LEXICON);
const officials = (text: string) => matcher.analyze(text).officials.map((o) => [o.name, o.titles] as const);

describe('officials: headlines in capitals', () => {
  it.each([
    'TỔNG THỐNG HÀN QUỐC VÀ PHU NHÂN BẮT ĐẦU CHUYẾN THĂM VIỆT NAM',
    'BỘ TRƯỞNG VỀ VIỆC TRIỂN KHAI NGHỊ ĐỊNH MỚI',
    'CHỦ TỊCH NƯỚC TIẾP ĐẠI SỨ NHẬT BẢN',
    'PHÓ CHỦ TỊCH HĐND TỈNH VỀ VIỆC TRIỂN KHAI KẾ HOẠCH',
  ])('ordinary words are no name: %s', (text) => {
    expect(officials(text)).toEqual([]);
  });

  it.each([
    ['CHỦ TỊCH UBND TỈNH LÊ THANH PHONG KIỂM TRA CÔNG TRÌNH', 'LÊ THANH PHONG', 'CHỦ TỊCH UBND TỈNH'],
    ['PHÓ CHỦ TỊCH THƯỜNG TRỰC HĐND TỈNH ĐINH VĂN KHẢM: LƯU Ý 3 NỘI DUNG', 'ĐINH VĂN KHẢM', 'PHÓ CHỦ TỊCH THƯỜNG TRỰC HĐND TỈNH'],
  ])('the name in a headline: %s', (text, name, title) => {
    expect(officials(text)).toEqual([[name, [title]]]);
  });
});

describe('officials: signature blocks', () => {
  it('the office on its line, the signer on the line below', () => {
    expect(officials('Nơi nhận:\n- Như trên;\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Đã ký)\nHoàng Minh Khuê')).toEqual([['Hoàng Minh Khuê', ['CHỦ TỊCH']]]);
    expect(officials('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLâm Văn Đạt')).toEqual([['Lâm Văn Đạt', ['PHÓ CHỦ TỊCH']]]);
  });

  it('a line of prose under a title line is no signature', () => {
    expect(officials('Chủ tịch\nNgày mai sẽ có mưa lớn ở nhiều nơi.')).toEqual([]);
    expect(officials('GIÁM ĐỐC\nCông ty Minh Phát')).toEqual([]);
  });
});
