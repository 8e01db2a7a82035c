/**
 * Foreign names: middle initials and dotted particles, "Ông + name + title" with no
 * comma, a single foreign word after a title that is a body or a brand, and one
 * foreign person spelled two ways (one official, every mention) — while Vietnamese
 * names that differ by a tone stay two people, and a tone mark placed on another
 * vowel of the same syllable does not. Names are invented.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher, EMPTY_LEXICON } from '@/lib/matcher/matcher';

const matcher = createMatcher(EMPTY_LEXICON);
const analyze = (text: string) => matcher.analyze(text).officials;
const officials = (text: string) => analyze(text).map((o) => [o.name, o.titles] as const);

describe('officials: foreign names', () => {
  it.each([
    ['Ngài Dale R. Hollister, Đại sứ Hoa Kỳ tại Việt Nam, phát biểu.', 'Dale R. Hollister', 'Đại sứ Hoa Kỳ tại Việt Nam'],
    ['ông Ramon TQ. Alcaraz, Đại sứ Philippines, cho biết.', 'Ramon TQ. Alcaraz', 'Đại sứ Philippines'],
    ['Ông Bounmy Sisavath Tổng giám đốc Đài Phát thanh Quốc gia Lào cho biết.', 'Bounmy Sisavath', 'Tổng giám đốc Đài Phát thanh Quốc gia Lào'],
    ['Chủ tịch Duma quốc gia Nga Pyotr Aleksandrovich Zorin tiếp đoàn.', 'Pyotr Aleksandrovich Zorin', 'Chủ tịch Duma quốc gia Nga'],
  ])('%s', (text, name, title) => {
    expect(officials(text)).toEqual([[name, [title]]]);
  });

  it('a body or a brand after a title is no person', () => {
    expect(officials('Chủ tịch Duma quốc gia Nga phát biểu khai mạc.')).toEqual([]);
    expect(officials('Nữ ca sĩ trở thành đại sứ Versace tại châu Á.')).toEqual([]);
    // The office, capitalised, keeps its holder.
    expect(officials('Đại sứ Kowalczyk cho biết hai nước sẽ hợp tác.')).toEqual([['Kowalczyk', ['Đại sứ']]]);
  });

  it('one foreign person spelled two ways is one official with every mention', () => {
    const text = 'Đại sứ Nga Andrei Viktorovich Kozyrin phát biểu. Sau đó ông Andrei Victorovich Kozyrin tặng quà. Ông Andrei Victorovich Kozyrin, Đại sứ Nga, cảm ơn.';
    const found = analyze(text);
    expect(found.map((o) => o.name)).toEqual(['Andrei Viktorovich Kozyrin']);
    expect(found[0]!.mentions).toHaveLength(3);
  });

  it('two different foreign people stay apart', () => {
    const text = 'Đại sứ Nga Andrei Viktorovich Kozyrin phát biểu. Đại sứ Belarus Dmitri Petrovich Kozyrin cũng dự.';
    expect(analyze(text).map((o) => o.name)).toEqual(['Andrei Viktorovich Kozyrin', 'Dmitri Petrovich Kozyrin']);
  });

  it('Vietnamese names that differ by a tone are different people; a misplaced tone mark is not', () => {
    const text = 'Chủ tịch UBND xã Nguyễn Văn Thanh dự. Phó Chủ tịch UBND xã Nguyễn Văn Thành cũng dự.';
    expect(analyze(text).map((o) => o.name)).toEqual(['Nguyễn Văn Thanh', 'Nguyễn Văn Thành']);
    const typo = 'Thứ trưởng Bộ Tư pháp Đỗ Quý Khoan phát biểu. Theo Thứ trưởng Đỗ Qúy Khoan, việc này cần làm ngay.';
    const found = analyze(typo);
    expect(found.map((o) => o.name)).toEqual(['Đỗ Quý Khoan']);
    expect(found[0]!.mentions).toHaveLength(2);
  });
});
