import { describe, expect, it } from 'vitest';
import { createMatcher, EMPTY_LEXICON } from '@/lib/matcher/matcher';
import { DEFAULT_THRESHOLD } from '@/lib/matcher/threshold';

const verdict = (text: string, threshold?: number) => createMatcher(EMPTY_LEXICON, { threshold }).analyze(text).foreignInfo;

const positive =
  'Tập huấn công tác thông tin đối ngoại năm 2024\nHội nghị quán triệt Kết luận số 57-KL/TW về nâng cao hiệu quả công tác thông tin đối ngoại, quảng bá hình ảnh Việt Nam ra thế giới.';
const diplomacy =
  'Chủ tịch tỉnh tiếp Đại sứ Nhật Bản tại Việt Nam. Hai bên trao đổi về hợp tác quốc tế, đầu tư và du lịch. Đại sứ cảm ơn tỉnh đã tạo điều kiện cho doanh nghiệp Nhật Bản.';

describe('topic verdict', () => {
  it('says yes for an article about foreign-information work, with the evidence', () => {
    const v = verdict(positive);
    expect(v.isForeignInfo).toBe(true);
    expect(v.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(v.evidence.map((e) => e.label)).toEqual(expect.arrayContaining(['thông tin đối ngoại', '57-KL/TW', 'quảng bá hình ảnh']));
    expect(v.evidence[0]!.label).toBe('thông tin đối ngoại');
    expect(v.evidence.find((e) => e.label === 'thông tin đối ngoại')).toMatchObject({ kind: 'term', count: 2 });
  });

  it('says no for general diplomacy and for ordinary news', () => {
    expect(verdict(diplomacy).isForeignInfo).toBe(false);
    expect(verdict('Xe khách lật ngang trên quốc lộ 13, nhiều hành khách bị thương.')).toMatchObject({ isForeignInfo: false, score: 0, evidence: [] });
  });

  it('weighs a passing mention in a long article little', () => {
    const filler = ' Tỉnh đẩy mạnh phát triển nông nghiệp, giao thông và giáo dục trong năm tới.'.repeat(40);
    const passing = verdict(`Tổng kết kinh tế - xã hội năm 2024.${filler} Công tác thông tin đối ngoại cũng được quan tâm.${filler}`);
    expect(passing.isForeignInfo).toBe(false);
    expect(passing.score).toBeGreaterThan(0);
  });

  it('is not fooled by the other resolution numbered 57', () => {
    const v = verdict('Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.');
    expect(v.isForeignInfo).toBe(false);
    expect(v.evidence.some((e) => e.weight < 0)).toBe(true);
  });

  it('follows a threshold the user sets', () => {
    expect(verdict(positive, 0.999).isForeignInfo).toBe(false);
    expect(verdict(diplomacy, 0.01).isForeignInfo).toBe(true);
  });
});

describe('human rights: what is said of them, not the dialogue itself', () => {
  const dialogue =
    'Đối thoại nhân quyền Việt Nam - Liên minh châu Âu lần thứ 12\nHai bên trao đổi về quyền con người, quyền của người lao động, quyền con người trong pháp luật và hợp tác tại Hội đồng Nhân quyền Liên hợp quốc. Quyền con người được bảo đảm.';
  const rebuttal =
    'Phản bác luận điệu xuyên tạc về nhân quyền ở Việt Nam\nCác thế lực thù địch xuyên tạc tình hình quyền con người; báo chí cần chủ động tuyên truyền, cung cấp thông tin chính xác về quyền con người ở Việt Nam.';

  it('a human-rights dialogue alone is diplomacy', () => {
    expect(verdict(dialogue).isForeignInfo).toBe(false);
  });
  it('rebutting distortions about human rights is foreign-information work', () => {
    expect(verdict(rebuttal).isForeignInfo).toBe(true);
  });
});
