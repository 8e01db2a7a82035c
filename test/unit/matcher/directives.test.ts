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
    ['Kết luận số 100 - KL/TW', '100-KL/TW'],
    ['Kết luận số 121 -  KL/TW (hai dấu cách)', '121-KL/TW'],
    ['Quyết định số 79/2010/QĐ- TTg', '79/2010/QĐ-TTg'],
    ['Nghị định 15/2020/NĐ -CP', '15/2020/NĐ-CP'],
    ['Kết luận 57-KL/ TƯ', '57-KL/TW'],
    ['Quyết định 1209/Q\u00D0-TTg (Eth, not Đ)', '1209/QĐ-TTg'],
    ['Chỉ thị số 26-CT/T\u01AF', '26-CT/TW'],
    ['Kết luận số 57/KL-TW (kiểu văn bản nhà nước)', '57-KL/TW'],
    ['Nghị quyết 18-NQ-TW (gạch ngang thay gạch chéo)', '18-NQ/TW'],
    ['Kết luận số\u00A042-KL/TW', '42-KL/TW'],
    ['Thông tư số: 15/2024/TT-BTTTT', '15/2024/TT-BTTTT'],
    ['Kết luận số57-KL/TW (số dính liền)', '57-KL/TW'],
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
    ['Nghị quyết 57 - động lực mới cho khoa học', 'Nghị quyết 57'],
    ['“Kết luận 57”: những điểm mới', 'Kết luận 57'],
  ])('%s → %s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  // Kind and issuer make the symbol unambiguous: the Party centre's documents all end in /TW.
  it.each([
    ['Nghị quyết số 57 của Bộ Chính trị về đột phá phát triển khoa học', '57-NQ/TW'],
    ['Nghị quyết 57/2024 của Bộ Chính trị', '57-NQ/TW'],
    ['Nghị quyết 18 của Ban Chấp hành Trung ương khóa XII', '18-NQ/TW'],
    ['Chỉ thị số 05 của Bộ Chính trị (Khoá XII)', '05-CT/TW'],
    ['Chỉ thị 35 của Bộ Chính trị về đại hội đảng bộ các cấp', '35-CT/TW'],
    ['Kết luận 01 của Ban Bí thư', '01-KL/TW'],
    ['Kết luận 121 của Ban Chấp hành Trung ương Đảng', '121-KL/TW'],
    ['Chỉ thị 07 của Thường trực Ban Bí thư', '07-CT/TW'],
    ['Nghị quyết số 04 của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII', '04-NQ/TW'],
    ['Nghị quyết 27 của Hội nghị Trung ương 6', '27-NQ/TW'],
    ['KẾT LUẬN 84 CỦA BỘ CHÍNH TRỊ', '84-KL/TW'],
    ['Nghị quyết 01 của Chính phủ về nhiệm vụ, giải pháp chủ yếu', '01/NQ-CP'],
    ['Nghị quyết số 35, ngày 13/6/2019 của Chính phủ', '35/NQ-CP'],
    ['Nghị định 72/2015 về quản lý hoạt động thông tin đối ngoại', '72/2015/NĐ-CP'],
  ])('%s → %s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it('takes the issuer named later in the sentence, after the subject', () => {
    expect(ids('Nghị quyết 57 về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia của Bộ Chính trị')).toEqual([
      '57-NQ/TW',
    ]);
  });

  it('takes the issuer of a list from its end', () => {
    expect(ids('Quán triệt Chỉ thị 05 và Kết luận 01 của Bộ Chính trị.')).toEqual(['05-CT/TW', '01-KL/TW']);
  });

  it('takes the issuer and date from an issuing clause before the mention', () => {
    const [d] = directives('Ngày 30/4/2025, Bộ Chính trị ban hành Nghị quyết 66 về đổi mới công tác xây dựng pháp luật.');
    expect(d).toMatchObject({ id: '66-NQ/TW', issuer: 'Bộ Chính trị', date: '2025-04-30' });
    expect(ids('Ban Bí thư vừa ban hành Chỉ thị 45 về lãnh đạo đại hội.')).toEqual(['45-CT/TW']);
  });

  it('reads an issuing clause that does not open the sentence, and one glued by scraping', () => {
    expect(directives('Nhiều văn bản ra đời như Ban Bí thư Trung ương Đảng ban hành Chỉ thị số 12/CT/TW ngày 12-7-1992.')[0]).toMatchObject({
      id: '12-CT/TW',
      issuer: 'Ban Bí thư Trung ương Đảng',
    });
    expect(directives('Trên cơ sở đó ngày 17/02/2022, Sở đã ban hành Kế hoạch số 206/KH-SNgV.')[0]).toMatchObject({ issuer: 'Sở', date: '2022-02-17' });
    expect(directives('Ngay sau đó, Chính phủđã ban hành Nghịquyết số 11/NQ-CP.')[0]).toMatchObject({ id: '11/NQ-CP', issuer: 'Chính phủ' });
  });

  it('does not take a verb for part of the issuer', () => {
    expect(directives('Nghị quyết số 12/2022/NQ-HĐND của HĐND tỉnh Bắc Kạn quy định mức hỗ trợ')[0]!.issuer).toBe('HĐND tỉnh Bắc Kạn');
  });

  it('reads the issuer of a passive sentence and of a signatory signing for it', () => {
    expect(directives('Kết luận 57 được Bộ Chính trị ban hành ngày 15/6/2023.')[0]).toMatchObject({ id: '57-KL/TW', issuer: 'Bộ Chính trị', date: '2023-06-15' });
    expect(ids('Chỉ thị 05 do Bộ Chính trị ban hành.')).toEqual(['05-CT/TW']);
    expect(ids('Thay mặt Bộ Chính trị, Tổng Bí thư đã ký ban hành Nghị quyết 68 về phát triển kinh tế tư nhân.')).toEqual(['68-NQ/TW']);
    // "được" before a body that does not issue it: no issuer.
    expect(ids('Kết luận 57 được Ban Tuyên giáo quán triệt.')).toEqual(['Kết luận 57']);
  });

  it('reads a headline in capitals', () => {
    expect(directives('KẾT LUẬN 57 CỦA BỘ CHÍNH TRỊ VỀ THÔNG TIN ĐỐI NGOẠI')[0]).toMatchObject({ id: '57-KL/TW', issuer: 'BỘ CHÍNH TRỊ' });
    expect(ids('HƯỚNG DẪN 10 ĐOÀN PHÓNG VIÊN TÁC NGHIỆP')).toEqual([]);
  });

  it.each([
    ['an unnamed issuer', 'tổng kết việc thực hiện Nghị quyết 18 (Ban Chỉ đạo của Chính phủ)', 'Nghị quyết 18'],
    ['a Party regulation (QĐ or QĐi)', 'Quy định 37 của Bộ Chính trị về những điều đảng viên không được làm', 'Quy định 37'],
    ['a plan', 'Kế hoạch 527 của Ban Thường vụ Tỉnh ủy', 'Kế hoạch 527'],
    ['an action programme', 'Chương trình hành động 40 của Tỉnh ủy', 'Chương trình hành động 40'],
    ['a decision of the State President', 'Theo Quyết định số 999, Chủ tịch nước tặng Huân chương Sao Vàng', 'Quyết định 999'],
    ["a provincial committee's conclusion", 'Kết luận 57 của Tỉnh ủy Kon Tum', 'Kết luận 57'],
    ["the Prime Minister's directive (CT-TTg)", 'Chỉ thị 21 của Thủ tướng Chính phủ', 'Chỉ thị 21'],
    ["the Prime Minister is not the Government", 'Nghị quyết 12 của Thủ tướng Chính phủ', 'Nghị quyết 12'],
    ['the Youth Union centre', 'Nghị quyết 09 của Trung ương Đoàn', 'Nghị quyết 09'],
    ['a memorandum', 'ký kết Bản ghi nhớ số 4422 để bổ sung', 'Bản ghi nhớ 4422'],
    ['a programme with its year', 'nhiệm vụ của Chương trình 613 năm 2011 về công tác thông tin', 'Chương trình 613'],
  ])('keeps "Kind N" for %s', (_label, text, id) => {
    expect(ids(text)).toEqual([id]);
  });
});

describe('directives: one document, one entry', () => {
  it('merges a bare mention written before the symbol', () => {
    const found = directives('Chỉ thị 05 được quán triệt sâu rộng. Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.');
    expect(found.map((d) => [d.id, d.mentions.length])).toEqual([['05-CT/TW', 2]]);
  });

  it('merges numbers written with and without a leading zero', () => {
    expect(ids('Chỉ thị số 05-CT/TW và việc thực hiện Chỉ thị 5.')).toEqual(['05-CT/TW']);
  });

  it('merges a Politburo resolution cited bare, by issuer and with its symbol', () => {
    const found = directives(
      'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị. Nghị quyết 57 của Bộ Chính trị đi vào cuộc sống. Nghị quyết 57 tiếp tục được thực hiện.',
    );
    expect(found.map((d) => [d.id, d.mentions.length])).toEqual([['57-NQ/TW', 3]]);
  });

  it('gives a bare number the nearest symbol of its kind when two documents share it', () => {
    const found = directives(
      'Quyết định 1209/QĐ-TTg của Thủ tướng. Quyết định 1209 nêu rõ mục tiêu. Sau đó, Quyết định 1209/QĐ-UBND của tỉnh. Quyết định 1209 giao nhiệm vụ.',
    );
    expect(found.map((d) => [d.id, d.mentions.length])).toEqual([
      ['1209/QĐ-TTg', 2],
      ['1209/QĐ-UBND', 2],
    ]);
  });

  it('does not merge a provincial conclusion into the Politburo one', () => {
    expect(ids('Kết luận số 57-KL/TW của Bộ Chính trị và Kết luận 57 của Tỉnh ủy Gia Lai.')).toEqual(['57-KL/TW', 'Kết luận 57']);
  });

  it('merges a number with its year into the symbol of that year only', () => {
    expect(ids('Thông tư 03/2023/TT-BTTTT hướng dẫn. Thông tư 03/2023 nêu rõ. Thông tư 03/2024 thay thế.')).toEqual(['03/2023/TT-BTTTT', 'Thông tư 03']);
  });

  it('keeps Nghị quyết 57 bare apart from Kết luận 57-KL/TW', () => {
    expect(ids('Kết luận số 57-KL/TW về thông tin đối ngoại. Nghị quyết 57 về khoa học, công nghệ.')).toEqual(['57-KL/TW', 'Nghị quyết 57']);
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
    ['a verb before a count', 'Ban tổ chức hướng dẫn 10 đoàn phóng viên tác nghiệp'],
    ['a capitalised verb before a count', 'Hướng dẫn 25 học viên thực hành viết tin'],
    ['a verb before a number', 'Tỉnh quyết định tăng 15% ngân sách'],
    ['a report of points', 'đơn vị báo cáo 3 nội dung chính'],
    ['a conclusion of issues', 'hội nghị kết luận 4 vấn đề lớn'],
    ['a five-year plan', 'Kế hoạch 5 năm 2021-2025 của tỉnh'],
    ['a plan for a year', 'thực hiện kế hoạch 2025 của ngành'],
    ['a programme named after its decision', 'nguồn vốn Chương trình 1719 và Chương trình 135'],
    ['a project named by number', 'triển khai Đề án 06 về dữ liệu dân cư'],
    ['a percentage', 'hoàn thành kế hoạch 100% chỉ tiêu'],
    ['a decimal', 'Kế hoạch 2,5 tỷ đồng'],
    ['a lower-case verb before a clause', 'Ủy ban quyết định 3 dự án và hướng dẫn 2 địa phương'],
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

describe('directives: the issuer as an office, not its holder', () => {
  it.each([
    ['Quyết định số 15/2019/QĐ-TTg của Thủ tướng Chính phủ Nguyễn Xuân Phúc về việc này.', 'Thủ tướng Chính phủ'],
    ['Kế hoạch số 88/KH-UBND của Ủy ban nhân dân tỉnh Cao Bằng về thông tin đối ngoại.', 'Ủy ban nhân dân tỉnh Cao Bằng'],
    ['Kế hoạch số 21/KH-UBND của Ủy ban nhân dân tỉnh Lâm Đồng về du lịch.', 'Ủy ban nhân dân tỉnh Lâm Đồng'],
  ])('%s', (text, issuer) => {
    expect(directives(text)[0]!.issuer).toBe(issuer);
  });
});
