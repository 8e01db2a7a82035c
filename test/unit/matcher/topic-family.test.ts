/**
 * The topic verdict on the patterns unseen articles show: foreign communication and
 * the Government's foreign e-information are the subject; the domestic struggle
 * against wrong views, a polemic about overseas Vietnamese, and a foreign-information
 * steering committee that merely attends another meeting are not. Texts invented.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher, EMPTY_LEXICON } from '@/lib/matcher/matcher';

const matcher = createMatcher(EMPTY_LEXICON);
const verdict = (text: string) => matcher.analyze(text).foreignInfo.isForeignInfo;

describe('topic: what the subject is', () => {
  it.each([
    'Hội nghị bàn giải pháp nâng cao hiệu quả truyền thông đối ngoại của tỉnh, đưa hình ảnh địa phương tới bạn bè quốc tế.',
    'Sở triển khai trang thông tin điện tử đối ngoại bằng ba thứ tiếng để giới thiệu tiềm năng của tỉnh với nhà đầu tư nước ngoài.',
    'Tại họp báo, phát ngôn viên Bộ Ngoại giao bác bỏ báo cáo đưa thông tin sai trái về tình hình nhân quyền ở Việt Nam.',
  ])('is the subject: %s', (text) => {
    expect(verdict(text)).toBe(true);
  });

  it.each([
    'Hội thảo bàn cách đấu tranh với các quan điểm sai trái, thù địch trên mạng xã hội, góp phần bảo vệ nền tảng tư tưởng của Đảng trong tình hình mới.',
    'Bài viết tranh luận về chính sách đối với người Việt Nam ở nước ngoài và kiều bào về nước đầu tư, sở hữu nhà ở.',
    'Sáng nay, tỉnh tổ chức hội nghị tổng kết công tác cải cách hành chính. Dự hội nghị có đại diện Ban Chỉ đạo công tác thông tin đối ngoại tỉnh, lãnh đạo các sở, ngành và các huyện. Hội nghị đánh giá kết quả cải cách thủ tục, chuyển đổi số và đề ra nhiệm vụ năm tới.',
  ])('is not the subject: %s', (text) => {
    expect(verdict(text)).toBe(false);
  });
});
