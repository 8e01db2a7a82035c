import { describe, expect, it } from 'vitest';
import { createMatcher, EMPTY_LEXICON } from '@/lib/matcher/matcher';

const matcher = createMatcher(EMPTY_LEXICON);
const officials = (text: string) => matcher.analyze(text).officials;
const names = (text: string) => officials(text).map((o) => o.name);

describe('officials: title before the name', () => {
  it.each([
    ['Thủ tướng Phạm Minh Chính chủ trì cuộc họp.', 'Phạm Minh Chính', 'Thủ tướng'],
    ['Sáng 5/3, Tổng Bí thư Tô Lâm làm việc với Ban Tuyên giáo.', 'Tô Lâm', 'Tổng Bí thư'],
    ['Chủ tịch nước Lương Cường gửi điện mừng.', 'Lương Cường', 'Chủ tịch nước'],
    ['Phó Chủ tịch nước Võ Thị Ánh Xuân trao quà.', 'Võ Thị Ánh Xuân', 'Phó Chủ tịch nước'],
    ['Chủ tịch Quốc hội Trần Thanh Mẫn hội kiến đoàn.', 'Trần Thanh Mẫn', 'Chủ tịch Quốc hội'],
    ['Thứ trưởng Bộ Ngoại giao Lê Thị Thu Hằng trả lời phỏng vấn.', 'Lê Thị Thu Hằng', 'Thứ trưởng Bộ Ngoại giao'],
    ['Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng cho biết như vậy.', 'Phạm Thu Hằng', 'Người phát ngôn Bộ Ngoại giao'],
    ['Chủ tịch UBND tỉnh Hòa Bình Bùi Văn Khánh phát biểu.', 'Bùi Văn Khánh', 'Chủ tịch UBND tỉnh Hòa Bình'],
    ['Phó Thủ tướng Thường trực Nguyễn Hòa Bình dự lễ.', 'Nguyễn Hòa Bình', 'Phó Thủ tướng Thường trực'],
    ['Bí thư Thành ủy Hà Nội Bùi Thị Minh Hoài dự hội nghị.', 'Bùi Thị Minh Hoài', 'Bí thư Thành ủy Hà Nội'],
    ['Giám đốc Sở Ngoại vụ Cao Bằng Nông Thị Hà cho biết.', 'Nông Thị Hà', 'Giám đốc Sở Ngoại vụ Cao Bằng'],
    ['Chánh án Tòa án nhân dân tối cao Nguyễn Văn Quảng nhấn mạnh.', 'Nguyễn Văn Quảng', 'Chánh án Tòa án nhân dân tối cao'],
    ['Tổng Lãnh sự Việt Nam tại Thượng Hải Ngô Minh Nguyệt tiếp đoàn.', 'Ngô Minh Nguyệt', 'Tổng Lãnh sự Việt Nam tại Thượng Hải'],
    ['Theo Thứ trưởng Nguyễn Minh Vũ, công tác này rất quan trọng.', 'Nguyễn Minh Vũ', 'Thứ trưởng'],
    ['Hôm qua, phó chủ tịch UBND xã Nguyễn Văn Dũng cho biết đã xong.', 'Nguyễn Văn Dũng', 'phó chủ tịch UBND xã'],
    ['Chủ tịch Hồ Chí Minh đã ký Sắc lệnh.', 'Hồ Chí Minh', 'Chủ tịch'],
    ['Thiếu tướng Nguyễn Văn Kỷ phát biểu tại hội nghị.', 'Nguyễn Văn Kỷ', 'Thiếu tướng'],
    ['Bí thư Tỉnh ủy Đắk Lắk Y Thanh Hà Niê Kđăm dự và phát biểu.', 'Y Thanh Hà Niê Kđăm', 'Bí thư Tỉnh ủy Đắk Lắk'],
    ['Phó Chủ tịch UBND tỉnh Gia Lai Rah Lan Chung cho biết.', 'Rah Lan Chung', 'Phó Chủ tịch UBND tỉnh Gia Lai'],
    ['Trưởng phòng Thông tin đối ngoại, Sở Ngoại vụ Hà Nội Nguyễn Thị Hạnh cho biết.', 'Nguyễn Thị Hạnh', 'Trưởng phòng Thông tin đối ngoại, Sở Ngoại vụ Hà Nội'],
    ['Đại tá, TS Trần Văn Minh, Viện trưởng Viện Chiến lược quốc phòng phát biểu.', 'Trần Văn Minh', 'Đại tá'],
  ])('%s', (text, name, title) => {
    const found = officials(text);
    expect(found.map((o) => o.name)).toEqual([name]);
    expect(found[0]!.titles).toContain(title);
  });

  it('takes every title of a chain that ends in the name', () => {
    const [o] = officials(
      'Bí thư Trung ương Đảng, Trưởng Ban Tuyên giáo Trung ương, Trưởng Ban Chỉ đạo Công tác Thông tin Đối ngoại Nguyễn Trọng Nghĩa khẳng định.',
    );
    expect(o!.name).toBe('Nguyễn Trọng Nghĩa');
    expect(o!.titles).toEqual([
      'Bí thư Trung ương Đảng',
      'Trưởng Ban Tuyên giáo Trung ương',
      'Trưởng Ban Chỉ đạo Công tác Thông tin Đối ngoại',
    ]);
  });

  it('reads titles in either capitalisation, tone placement and with abbreviations', () => {
    const [o] = officials('Uỷ viên BCH Trung ương Đảng, Bộ trưởng Bộ VHTTDL Nguyễn Văn Hùng thăm triển lãm.');
    expect(o!.name).toBe('Nguyễn Văn Hùng');
    expect(o!.titles).toEqual(['Uỷ viên BCH Trung ương Đảng', 'Bộ trưởng Bộ VHTTDL']);
    expect(names('Đồng chí UVBTV Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy Lê Văn Em dự.')).toEqual(['Lê Văn Em']);
  });
});

describe('officials: name, then titles', () => {
  it('reads an apposition after a comma, with the honorific left out of the name', () => {
    const [o] = officials('Ông Đinh Thế Huynh, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng ban Tuyên giáo Trung ương, là Trưởng ban Chỉ đạo.');
    expect(o!.name).toBe('Đinh Thế Huynh');
    expect(o!.titles).toEqual(['Ủy viên Bộ Chính trị', 'Bí thư Trung ương Đảng', 'Trưởng ban Tuyên giáo Trung ương']);
  });

  it('reads a dash apposition and a four-syllable name', () => {
    const [o] = officials('Tham dự có bà Trương Thị Bích Hạnh - Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy.');
    expect(o!.name).toBe('Trương Thị Bích Hạnh');
    expect(o!.titles).toEqual(['Ủy viên Ban Thường vụ Tỉnh ủy', 'Trưởng Ban Tuyên giáo Tỉnh ủy']);
  });

  it('joins a rank before the name and titles after it', () => {
    const [o] = officials('Thượng tướng Lương Cường - Bí thư Trung ương Đảng, Chủ nhiệm Tổng cục Chính trị chủ trì.');
    expect(o!.titles).toEqual(['Thượng tướng', 'Bí thư Trung ương Đảng', 'Chủ nhiệm Tổng cục Chính trị']);
  });

  it('keeps a parent organisation after a comma in the same title', () => {
    const [o] = officials('Ông Nguyễn Văn Kỷ, Phó Cục trưởng Cục Đối ngoại, Bộ Công an, cho biết.');
    expect(o!.titles).toEqual(['Phó Cục trưởng Cục Đối ngoại, Bộ Công an']);
  });

  it('reads a list of people separated by semicolons', () => {
    expect(
      names(
        'Dự có các đồng chí: Nguyễn Xuân Phúc, Ủy viên Bộ Chính trị, Chủ tịch nước; Vương Đình Huệ, Chủ tịch Quốc hội; Trần Cẩm Tú, Chủ nhiệm Ủy ban Kiểm tra Trung ương.',
      ),
    ).toEqual(['Nguyễn Xuân Phúc', 'Vương Đình Huệ', 'Trần Cẩm Tú']);
  });

  it('reads a name after the title introduced by an honorific', () => {
    const [o] = officials('Người phát ngôn Bộ Ngoại giao, bà Phạm Thu Hằng cho biết Việt Nam phản đối.');
    expect(o).toMatchObject({ name: 'Phạm Thu Hằng', titles: ['Người phát ngôn Bộ Ngoại giao'] });
  });

  it('gives a list heading\'s title to every name of the list', () => {
    const text =
      'Dự hội nghị có các Phó Thủ tướng: Trần Hồng Hà, Lê Thành Long và Hồ Đức Phớc; cùng các Ủy viên Trung ương Đảng: Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn.';
    const found = officials(text);
    expect(found.map((o) => o.name)).toEqual(['Trần Hồng Hà', 'Lê Thành Long', 'Hồ Đức Phớc', 'Bùi Thanh Sơn']);
    expect(found[1]!.titles).toEqual(['Phó Thủ tướng']);
    expect(found[3]!.titles).toEqual(['Ủy viên Trung ương Đảng', 'Bộ trưởng Bộ Ngoại giao']);
  });

  it('reads through a comma inside a ministry\'s name', () => {
    const [o] = officials('Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng phát biểu khai mạc.');
    expect(o).toMatchObject({ name: 'Nguyễn Văn Hùng', titles: ['Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch'] });
  });

  it('reads a title in parentheses after the name', () => {
    expect(names('Ông Hoàng Văn Tám (Phó Giám đốc Sở Ngoại vụ) trình bày.')).toEqual(['Hoàng Văn Tám']);
  });
});

describe('officials: foreign names', () => {
  it.each([
    ['Tổng Bí thư tiếp Đại sứ Hoa Kỳ Marc Knapper tại Hà Nội.', 'Marc Knapper'],
    ['Thủ tướng Nhật Bản Ishiba Shigeru và Phu nhân Ishiba Yoshiko thăm Việt Nam.', 'Ishiba Shigeru'],
    ['Tổng thống Nga Vladimir Putin gửi điện.', 'Vladimir Putin'],
    ['Đại sứ Hoa Kỳ tại Việt Nam Marc E. Knapper phát biểu.', 'Marc E. Knapper'],
    ['Chủ tịch Quốc hội hội đàm với Chủ tịch Hạ viện Nhật Bản Nukaga Fukushiro.', 'Nukaga Fukushiro'],
    ['Ngài Mit-suo Sakaba - Đại sứ Nhật Bản tại Việt Nam có buổi làm việc.', 'Mit-suo Sakaba'],
    ['đồng chí tiếp NgàiMit-suo Sakaba - Đại sứ Nhật Bản tại Việt Nam.', 'Mit-suo Sakaba'],
  ])('%s', (text, name) => {
    const found = officials(text);
    expect(found.map((o) => o.name)).toEqual([name]);
    // Highlighted where it is written, whatever the words before it ("Nhật Bản").
    expect(found[0]!.mentions.map((m) => text.slice(m.start, m.end))).toEqual([name]);
  });
});

describe('officials: people who are not officials', () => {
  it.each([
    ['a driver', 'Tài xế Nguyễn Hoài Hận (quê Trà Vinh) cầm lái xe tải.'],
    ['a byline', 'Tác giả: Hạnh Nguyên\nBài viết liên quan'],
    ['a photo credit', 'Lãnh đạo tỉnh làm việc với Công an tỉnh. Ảnh: Phạm Bằng'],
    ['an academic title only', 'GS.TS Nguyễn Văn Bình phát biểu tại hội thảo.'],
    ['a teacher', 'Cô giáo Nguyễn Thị Yên, giáo viên môn Tiếng Pháp, cho biết.'],
    ['a company director', 'Ông Lê Văn Cường, Giám đốc Công ty TNHH Minh Phát, cho biết.'],
    ['a tax agent', 'Bà Nguyễn Hồng Trang, Giám đốc Đại lý thuế Linh Phong, khuyến cáo hộ kinh doanh.'],
    ['a board chairman', 'Ông Trần Đình Long, Chủ tịch HĐQT Tập đoàn Hòa Phát, cho biết.'],
    ['a company staff line', 'Potapova Alena\n\nGiám đốc phát triển'],
    ['a delegation named after its city', 'Đoàn Hà Nội do lãnh đạo Thành ủy dẫn đầu.'],
    ['a province after a title', 'Trưởng Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Lâm Đồng đến dự.'],
    ['a city named after a person', 'Đại hội Đảng bộ Thành phố Hồ Chí Minh khai mạc trên đường Hồ Chí Minh.'],
    ['an athlete', 'Vận động viên Nguyễn Thị Oanh giành huy chương vàng.'],
    ['an embassy', 'Đại sứ quán Việt Nam tại Pháp tổ chức lễ kỷ niệm.'],
  ])('%s', (_label, text) => {
    expect(names(text)).toEqual([]);
  });

  it('does not take a city for the official it names', () => {
    expect(names('Đồng chí Nguyễn Văn Nên, Ủy viên Bộ Chính trị, Bí thư Thành ủy Thành phố Hồ Chí Minh phát biểu.')).toEqual(['Nguyễn Văn Nên']);
  });
});

describe('officials: one person, many mentions', () => {
  it('merges spellings that differ in tone placement', () => {
    const text = 'Phó Trưởng Ban Tuyên giáo Trung ương Phan Xuân Thủy chủ trì. Kết luận hội nghị, Phó Trưởng Ban Tuyên giáo Trung ương Phan Xuân Thuỷ đề nghị.';
    const found = officials(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.name).toBe('Phan Xuân Thủy');
    expect(found[0]!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Phan Xuân Thủy', 'Phan Xuân Thuỷ']);
  });

  it('links later full-name and short references ("ông Dũng") to the official', () => {
    const text =
      'Ông Đinh Tiến Dũng, Phó Cục trưởng Cục Thông tin đối ngoại, cho biết như vậy. Theo ông Dũng, cần đổi mới. Ông Đinh Tiến Dũng nhấn mạnh thêm.';
    const [o] = officials(text);
    expect(o!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Đinh Tiến Dũng', 'Dũng', 'Đinh Tiến Dũng']);
  });

  it('finds later bare mentions of a name the text taught, as written, in capitals or in another tone placement', () => {
    const text =
      'Đại sứ Nhật Bản Mit-suo Sakaba và Thứ trưởng Bộ Ngoại giao Lê Thị Thu Thủy dự lễ. LÊ THỊ THU THỦY cho biết Mit-suo Sakaba sẽ thăm Huế; Sakaba-san nói. Lê Thị Thu Thuỷ kết luận.';
    const mentions = officials(text).map((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
    expect(mentions).toEqual([
      ['Mit-suo Sakaba', 'Mit-suo Sakaba'],
      ['Lê Thị Thu Thủy', 'LÊ THỊ THU THỦY', 'Lê Thị Thu Thuỷ'],
    ]);
  });

  it('reads every titled mention on an endless line of titles', () => {
    const text = 'Bộ trưởng Bộ Y tế Nguyễn Văn An, '.repeat(400) + 'Thứ trưởng Bộ Ngoại giao Lê Thị Thu Hằng.';
    const found = officials(text);
    expect(found.map((o) => [o.name, o.mentions.length])).toEqual([
      ['Nguyễn Văn An', 400],
      ['Lê Thị Thu Hằng', 1],
    ]);
  });

  it('does not link a short reference two officials share', () => {
    const text = 'Bộ trưởng Nguyễn Văn Hùng và Thứ trưởng Trần Văn Hùng dự. Ông Hùng cho biết.';
    expect(officials(text).flatMap((o) => o.mentions).map((m) => text.slice(m.start, m.end))).toEqual(['Nguyễn Văn Hùng', 'Trần Văn Hùng']);
  });

  it('reports offsets into decomposed (NFD) text', () => {
    const text = 'Thủ tướng Phạm Minh Chính chủ trì. Thủ tướng Phạm Minh Chính kết luận.'.normalize('NFD');
    const [o] = officials(text);
    expect(o!.name).toBe('Phạm Minh Chính');
    expect(o!.mentions.map((m) => text.slice(m.start, m.end).normalize('NFC'))).toEqual(['Phạm Minh Chính', 'Phạm Minh Chính']);
  });
});

describe('officials: the seed gazetteer', () => {
  it('recognises a known name with an unusual surname after a title', () => {
    const lexicon = { ...EMPTY_LEXICON, officials: [{ name: 'Ksor Phước Hà', titles: ['Phó Chủ tịch Hội đồng Dân tộc'], sources: [] }] };
    const text = 'Phó Chủ tịch Hội đồng Dân tộc Ksor Phước Hà dự lễ.';
    expect(createMatcher(lexicon).analyze(text).officials.map((o) => o.name)).toEqual(['Ksor Phước Hà']);
  });
});

describe('texts that once crashed the matcher', () => {
  it.each([
    ['a title closed by a place', 'Ông tiếp Đại sứ Hoa Kỳ tại Việt Nam', []],
    ['a title that is all place', 'Đại sứ Việt Nam', []],
    ['a title that ends the text in a place', 'Chủ tịch Hà Nội', []],
  ])('%s: %s', (_what, text, names) => {
    const a = matcher.analyze(text);
    expect(a.degraded).toBeUndefined();
    expect(a.officials.map((o) => o.name)).toEqual(names);
  });

  it('finds a name with initials however the dot is spaced, as one official', () => {
    const a = matcher.analyze('Đại sứ Marc E.Knapper đến Huế. Sau đó, Đại sứ Marc E. Knapper phát biểu.');
    expect(a.degraded).toBeUndefined();
    const knapper = a.officials.filter((o) => /Knapper/.test(o.name));
    expect(knapper).toHaveLength(1);
    expect(knapper[0]!.mentions).toHaveLength(2);
  });

  it.each(['Ủy viên ban T.Ư Nguyễn Văn A.B', 'Thiếu tướng A.B và Thiếu tướng A. B'])('reads abbreviations with dots without failing: %s', (text) => {
    expect(matcher.analyze(text).degraded).toBeUndefined();
  });
});

describe('officials as real articles name them', () => {
  it.each([
    // Invented names and bodies: the pattern, not a corpus sentence.
    ['a dash inside a council board', 'Đồng chí Lê Văn Tâm, Phó Trưởng ban Văn hóa - Xã hội trình bày báo cáo.', 'Lê Văn Tâm', 'Phó Trưởng ban Văn hóa - Xã hội'],
    ['a dash inside a central board', 'Ông Trần Quốc Bảo, Trưởng Ban Thi đua - Khen thưởng tỉnh, đọc quyết định.', 'Trần Quốc Bảo', 'Trưởng Ban Thi đua - Khen thưởng tỉnh'],
    ['a dash glued to the title, then the holder', 'Theo Phó Chánh Văn phòng Tỉnh ủy- Đỗ Minh Khoa, quý này vượt kế hoạch.', 'Đỗ Minh Khoa', 'Phó Chánh Văn phòng Tỉnh ủy'],
    ['a name and its title with no separator after đồng chí', 'do đồng chí Phan Thị Mai Ủy viên BTV Huyện ủy, Trưởng Ban Dân vận Huyện ủy làm Trưởng đoàn', 'Phan Thị Mai', 'Ủy viên BTV Huyện ủy'],
    ['a plural inside a department name', 'Vụ trưởng Vụ các Vấn đề chung Bộ Ngoại giao Hà Quang Tùng phát biểu.', 'Hà Quang Tùng', 'Vụ trưởng Vụ các Vấn đề chung Bộ Ngoại giao'],
    ['a Ban named in lower case after it', 'Ông Đinh Văn Lực - Phó Trưởng Ban Thường trực Ban chỉ đạo công tác thông tin đối ngoại tỉnh - cho biết.', 'Đinh Văn Lực', 'Phó Trưởng Ban Thường trực Ban chỉ đạo công tác thông tin đối ngoại tỉnh'],
    ['a middle name that is also a noun of organisations', 'Thứ trưởng Ngô Trường Sơn tiếp đoàn.', 'Ngô Trường Sơn', 'Thứ trưởng'],
    ['a given name that is also a unit', 'Đồng chí Lý Thanh Huyện, Phó trưởng ban Ban Tổ chức Tỉnh ủy phát biểu.', 'Lý Thanh Huyện', 'Phó trưởng ban Ban Tổ chức Tỉnh ủy'],
    ['the head of a foreign delegation', 'Đại sứ, Trưởng phái đoàn Liên minh châu Âu tại Việt Nam Julien Guerrier phát biểu.', 'Julien Guerrier', 'Trưởng phái đoàn Liên minh châu Âu tại Việt Nam'],
  ])('%s', (_what, text, name, title) => {
    const found = officials(text);
    expect(found.map((o) => o.name)).toEqual([name]);
    expect(found[0]!.titles).toContain(title);
  });

  it('ends a title where a role taken in the sentence begins', () => {
    const [o] = officials('Ông Vũ Đức Hạnh, Phó Bí thư Tỉnh ủy làm Trưởng Ban chỉ đạo phòng chống dịch.');
    expect(o!.titles).toEqual(['Phó Bí thư Tỉnh ủy']);
  });

  it('keeps a company board out: a generic head needs a public body or a comrade', () => {
    expect(names('Ông Lâm Hữu Phước, Trưởng ban kiểm soát công ty cổ phần Hưng Thịnh, cho biết.')).toEqual([]);
  });
});

describe('officials in headings, author blocks and abroad', () => {
  it.each([
    ['a heading in capitals', 'Tin tức\nPHÓ CHỦ TỊCH QUỐC HỘI NGUYỄN ĐỨC HẢI: CẦN CHÚ TRỌNG 3 VIỆC\nNội dung.', 'NGUYỄN ĐỨC HẢI', 'PHÓ CHỦ TỊCH QUỐC HỘI'],
    ['a heading in capitals that goes on', 'BỘ TRƯỞNG NỘI VỤ PHẠM THỊ THANH TRÀ TIẾP ĐOÀN CÔNG TÁC', 'PHẠM THỊ THANH TRÀ', 'BỘ TRƯỞNG NỘI VỤ'],
    ['an author block with titles', 'Phát huy vai trò báo chí\nPGS.TS Đoàn Minh Huấn\nỦy viên Trung ương Đảng, Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh\n\nTrong bối cảnh mới…', 'Đoàn Minh Huấn', 'Ủy viên Trung ương Đảng'],
    ['an author block in capitals', 'LÊ HOÀI TRUNG\nBí thư Trung ương Đảng, Chánh Văn phòng Trung ương Đảng\nBài viết nêu rõ.', 'LÊ HOÀI TRUNG', 'Chánh Văn phòng Trung ương Đảng'],
    ['a Chinese leader in Sino-Vietnamese', 'Chủ tịch Trung Quốc Tập Cận Bình hội đàm với Tổng Bí thư.', 'Tập Cận Bình', 'Chủ tịch Trung Quốc'],
    ['a Russian name with initials', 'Ngoại trưởng Nga S.Lavrov cho biết như vậy.', 'S.Lavrov', 'Ngoại trưởng Nga'],
    ['two initials and a space', 'Đại sứ Nga tại Việt Nam G.S. Bezdetko trả lời phỏng vấn.', 'G.S. Bezdetko', 'Đại sứ Nga tại Việt Nam'],
    ['an ethnic-minority name', 'Phó Chủ tịch UBND tỉnh Sầm Việt An kiểm tra tiến độ.', 'Sầm Việt An', 'Phó Chủ tịch UBND tỉnh'],
    ['a former minister', 'Nguyên Bộ trưởng Bộ Ngoại giao Nguyễn Dy Niên trao đổi.', 'Nguyễn Dy Niên', 'Nguyên Bộ trưởng Bộ Ngoại giao'],
  ])('%s', (_what, text, name, title) => {
    const found = officials(text);
    expect(found.map((o) => o.name)).toEqual([name]);
    expect(found[0]!.titles).toContain(title);
  });

  it.each([
    ['a byline with no title line', 'Thu Hà\nChủ tịch nước nhấn mạnh vai trò của báo chí.'],
    ['a brand ambassador', 'Ca sĩ được chọn làm đại sứ thương hiệu Nguyễn Thị Hoa Mai.'],
    ['a tourism ambassador', 'Hoa hậu là Đại sứ du lịch Trần Tiểu Vy của tỉnh.'],
    ['a fragment with an initial', 'Thiếu tướng A. với các đồng chí trong đoàn.'],
    ['a football club chairman', 'Chủ tịch CLB Thanh Hóa Cao Tiến Đoan nói.'],
    ['a games delegation', 'Trưởng đoàn Quân đội Lê Hồng Phong cho biết các vận động viên đã sẵn sàng.'],
    ['a title over a sentence, not a name', 'Hoàng Long\nPhó Thủ tướng yêu cầu các bộ khẩn trương.'],
  ])('no official in %s', (_what, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('titles with the words organisations use', () => {
  it.each([
    ['a committee named with a preposition', 'Thứ trưởng Bộ Ngoại giao, Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài Lê Thị Thu Hằng dự.', 'Lê Thị Thu Hằng', 'Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài'],
    ['a city abbreviated with a dot', 'Tổng Lãnh sự Trung Quốc tại TP.HCM Ngụy Hoa Tường cho biết.', 'Ngụy Hoa Tường', 'Tổng Lãnh sự Trung Quốc tại TP.HCM'],
    ['a department named by its work', 'Trưởng phòng Thông tin đối ngoại Vi Thị Hằng giới thiệu.', 'Vi Thị Hằng', 'Trưởng phòng Thông tin đối ngoại'],
  ])('%s', (_what, text, name, title) => {
    const found = officials(text);
    expect(found.map((o) => o.name)).toEqual([name]);
    expect(found[0]!.titles).toContain(title);
  });
});
