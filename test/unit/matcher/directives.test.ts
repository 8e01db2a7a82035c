import { describe, expect, it } from 'vitest';
import { createMatcher, EMPTY_LEXICON } from '@/lib/matcher/matcher';

const matcher = createMatcher(EMPTY_LEXICON);
const directives = (text: string) => matcher.analyze(text).directives;
const ids = (text: string) => directives(text).map((d) => d.id);

describe('directives: symbols in the forms news writes them', () => {
  it.each([
    ['Kết luận số 57-KL/TW của Bộ Chính trị', '57-KL/TW'],
    ['Kết luận số 57- KL/TW', '57-KL/TW'],
    ['Kết luận số 16 - KL/TW', '16-KL/TW'],
    ['Kết luận 57–KL/TW (en dash)', '57-KL/TW'],
    ['theo Kết luận số 57-KL/TƯ', '57-KL/TW'],
    ['Nghị quyết số 47/NQ-CP', '47/NQ-CP'],
    ['Nghị quyết 31/NQ - CP', '31/NQ-CP'],
    ['Nghị định 72/2015/NĐ-CP', '72/2015/NĐ-CP'],
    ['Decree 72/2015/ND-CP', '72/2015/NĐ-CP'],
    ['Quyết định số 1209/QĐ-TTg', '1209/QĐ-TTg'],
    ['Quyết định số 368/QĐ-Ttg', '368/QĐ-TTg'],
    ['quyết định 837/qđ-ttg', '837/QĐ-TTg'],
    ['Quyết định 79/2010/QĐ - TTg', '79/2010/QĐ-TTg'],
    ['Quy định 08-QĐi/TW', '08-QĐi/TW'],
    ['Chỉ thị số 12/CT/TW ngày 12-7-1992', '12-CT/TW'],
    ['Hướng dẫn số 111-HD/BTGTW', '111-HD/BTGTW'],
    ['Kế hoạch số 94- KH/BTGDVTW', '94-KH/BTGDVTW'],
    ['Luật số 80/2015/QH13', '80/2015/QH13'],
    ['Thông tư liên tịch số 55/2005/TTLT-BNV-VPCP', '55/2005/TTLT-BNV-VPCP'],
    ['Quyết định 82/2005-QĐ-UBND', '82/2005/QĐ-UBND'],
    ['Công văn số 7554/VP-KGVX', '7554/VP-KGVX'],
    ['Kế hoạch số 206/KH-SNgV', '206/KH-SNgV'],
    ['Nghịquyết số 11/NQ-CP (chữ dính liền)', '11/NQ-CP'],
  ])('%s → %s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it('highlights the kind word and number together', () => {
    const text = 'Quán triệt Kết luận số 57-KL/TW ngày 15/6/2023.';
    const [d] = directives(text);
    expect(text.slice(d!.mentions[0]!.start, d!.mentions[0]!.end)).toBe('Kết luận số 57-KL/TW');
  });
});

describe('directives: bare numbers', () => {
  it.each([
    ['Sau 5 năm triển khai Kết luận 16 của Bộ Chính trị về chiến lược', '16-KL/TW'],
    ['Kết luận số 57 của Bộ Chính trị', '57-KL/TW'],
    ['Chỉ thị 26 của Ban Bí thư', '26-CT/TW'],
    ['thực hiện Quy định 37 về những điều đảng viên không được làm', 'Quy định 37'],
    ['Nghị quyết 57 về khoa học, công nghệ', 'Nghị quyết 57'],
  ])('%s → %s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it('resolves a bare number to the symbol the same text writes', () => {
    const found = directives('Kết luận số 57-KL/TW đã được quán triệt. Xây dựng kế hoạch triển khai Kết luận 57 với nhiều nội dung.');
    expect(found.map((d) => d.id)).toEqual(['57-KL/TW']);
    expect(found[0]!.mentions).toHaveLength(2);
  });

  it('keeps 57-NQ/TW (science, 2024) apart from 57-KL/TW (foreign information, 2023)', () => {
    expect(ids('Nghị quyết 57-NQ/TW và Kết luận 57-KL/TW là hai văn bản khác nhau.')).toEqual(['57-NQ/TW', '57-KL/TW']);
  });
});

describe('directives: what is not a directive', () => {
  it.each([
    ['an unnumbered resolution', 'triển khai Nghị quyết Đại hội XIII của Đảng'],
    ['a law by name', 'kể từ khi Luật Quy hoạch có hiệu lực'],
    ['a date', 'Ngày 15/6/2023, hội nghị diễn ra'],
    ['a licence plate', 'xe khách mang biển số 93N-2625 và xe 36R-026.xx'],
    ['a road', 'trên quốc lộ 22/1A đoạn qua huyện'],
    ['a project section', 'thuộc Dự án 10, Tiểu dự án 1, Nội dung số 2'],
    ['a công văn symbol without the word', 'mã 7554/VP-KGVX trong hồ sơ'],
    ['a meeting number', 'Hội nghị Trung ương 8 khóa XIII'],
  ])('%s', (_label, text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('directives: what the text says about them', () => {
  it('reads date, issuer (without the term) and subject after the reference', () => {
    const [d] = directives(
      'Hội nghị triển khai Kết luận số 16-KL/TW, ngày 14/2/2012 của Bộ Chính trị (khóa XI) về Chiến lược phát triển thông tin đối ngoại giai đoạn 2011-2020.',
    );
    expect(d).toMatchObject({
      id: '16-KL/TW',
      kind: 'Kết luận',
      issuer: 'Bộ Chính trị',
      date: '2012-02-14',
      subject: 'về Chiến lược phát triển thông tin đối ngoại giai đoạn 2011-2020',
    });
  });

  it('reads a date and issuer written before the reference', () => {
    const [d] = directives('Ngày 06-8-2012, Thủ tướng Chính phủ ban hành Chỉ thị số 21/CT-TTg về việc triển khai Chiến lược.');
    expect(d).toMatchObject({ id: '21/CT-TTg', kind: 'Chỉ thị', issuer: 'Thủ tướng Chính phủ', date: '2012-08-06' });
  });

  it('ends a subject after a reference nested in it', () => {
    const found = directives(
      'Nghị quyết số 47/NQ-CP ngày 15/4/2024 của Chính phủ về Chương trình hành động thực hiện Kết luận số 57-KL/TW của Bộ Chính trị về tiếp tục nâng cao chất lượng, gắn với đặc thù địa phương.',
    );
    expect(found[0]!.subject).toBe('về Chương trình hành động thực hiện Kết luận số 57-KL/TW của Bộ Chính trị');
    expect(found[1]!.subject).toBe('về tiếp tục nâng cao chất lượng, gắn với đặc thù địa phương');
  });

  it('names the issuer from the symbol when the text does not', () => {
    expect(directives('theo Nghị định 37/2019/NĐ-CP')[0]!.issuer).toBe('Chính phủ');
    expect(directives('theo Luật số 56/2024/QH15')[0]!.issuer).toBe('Quốc hội');
    expect(directives('Thông tư 17/2024/TT-NHNN quy định')[0]!.issuer).toBe('Ngân hàng Nhà nước Việt Nam');
    expect(directives('Thông tư 27/2020/TT-BTC quy định')[0]!.issuer).toBe('Bộ Tài chính');
  });

  it('enriches a known directive from the lexicon', () => {
    const lexicon = {
      ...EMPTY_LEXICON,
      directives: [{ id: '57-KL/TW', kind: 'Kết luận', issuer: 'Bộ Chính trị', date: '2023-06-15', subject: 'về thông tin đối ngoại', sources: [] }],
    };
    expect(createMatcher(lexicon).analyze('quán triệt Kết luận 57-KL/TW.').directives[0]).toMatchObject({
      issuer: 'Bộ Chính trị',
      date: '2023-06-15',
      subject: 'về thông tin đối ngoại',
    });
  });

  it('reports offsets into decomposed text', () => {
    const text = 'Thực hiện Kết luận số 57-KL/TW của Bộ Chính trị'.normalize('NFD');
    const m = directives(text)[0]!.mentions[0]!;
    expect(text.slice(m.start, m.end).normalize('NFC')).toBe('Kết luận số 57-KL/TW');
  });
});
