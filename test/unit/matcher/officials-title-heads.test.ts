/**
 * Title heads the vocabulary lacked: members named by their committee (Tỉnh ủy
 * viên…), UVTV, UVT.Ư, heads of districts and foreign provinces (Quận trưởng,
 * Tỉnh trưởng, Thị trưởng, Thống đốc), the spokesperson, "Thủ trưởng" and the
 * lower-case "thành viên Ban Chỉ đạo". Names are invented.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher, EMPTY_LEXICON } from '@/lib/matcher/matcher';

const matcher = createMatcher(EMPTY_LEXICON);
const officials = (text: string) => matcher.analyze(text).officials.map((o) => [o.name, o.titles] as const);

describe('officials: title heads', () => {
  it.each([
    ['Đại tá Lò Văn Khiêm, Tỉnh ủy viên, Chính ủy Bộ Chỉ huy quân sự tỉnh dự.', 'Lò Văn Khiêm', ['Đại tá', 'Tỉnh ủy viên', 'Chính ủy Bộ Chỉ huy quân sự tỉnh']],
    ['Thành ủy viên, Giám đốc Sở Nội vụ Vi Thị Nhàn báo cáo.', 'Vi Thị Nhàn', ['Thành ủy viên', 'Giám đốc Sở Nội vụ']],
    ['Huyện ủy viên Bàn Văn Sính phát biểu.', 'Bàn Văn Sính', ['Huyện ủy viên']],
    ['đồng chí Hứa Minh Tâm – UVTV tỉnh ủy – Phó Chủ tịch HĐND tỉnh dự.', 'Hứa Minh Tâm', ['UVTV tỉnh ủy', 'Phó Chủ tịch HĐND tỉnh']],
    ['Quận trưởng quận Chiêu Dương Vương Cường Đông tiếp đoàn.', 'Vương Cường Đông', ['Quận trưởng quận Chiêu Dương']],
    ['Thị trưởng thành phố Yokohama Yamane Takeshi phát biểu.', 'Yamane Takeshi', ['Thị trưởng thành phố Yokohama']],
    ['phát ngôn viên Bộ Ngoại giao Cù Thị Hạnh nói rằng dự luật sai trái.', 'Cù Thị Hạnh', ['phát ngôn viên Bộ Ngoại giao']],
    ['Đại tá Kha Văn Tuân, Phó Giám đốc, Thủ trưởng cơ quan Cảnh sát điều tra Công an tỉnh ký.', 'Kha Văn Tuân', ['Đại tá', 'Phó Giám đốc', 'Thủ trưởng cơ quan Cảnh sát điều tra Công an tỉnh']],
    ['bà Mạc Thị Thơm, thành viên Ban Chỉ đạo công tác thông tin đối ngoại tỉnh, phát biểu.', 'Mạc Thị Thơm', ['thành viên Ban Chỉ đạo công tác thông tin đối ngoại tỉnh']],
    ['Phó Bí thư Thường trực Tỉnh ủy A Blưn dự.', 'A Blưn', ['Phó Bí thư Thường trực Tỉnh ủy']],
    ['đồng chí Phùng Văn Sáu, Ủy viên Bộ Chính trị, Thường trực Tiểu ban Nhân sự của Đảng dự.', 'Phùng Văn Sáu', ['Ủy viên Bộ Chính trị', 'Thường trực Tiểu ban Nhân sự của Đảng']],
  ])('%s', (text, name, titles) => {
    expect(officials(text)).toEqual([[name, titles]]);
  });

  it('a generic head needs a public body', () => {
    expect(officials('Ông Lưu Văn Bền, thành viên câu lạc bộ thơ Hương Sen, cho biết.')).toEqual([]);
    expect(officials('Ông Lưu Văn Bền, thường trực quầy lễ tân, cho biết.')).toEqual([]);
  });
});
