import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/matcher/analyze';
import { directiveProfile } from '@/lib/research/directive';
import { carriesOut } from '@/lib/clipping/relations';
import { clipping } from '../../helpers/research-fixtures';

const pairs = (text: string) => carriesOut(text, analyze(text).directives).map((r) => [r.from, r.to]);

describe('what a document carries out, from the text and the mention offsets', () => {
  it('reads "A thực hiện / triển khai / cụ thể hóa B"', () => {
    expect(pairs('Tỉnh ủy ban hành Kế hoạch số 45-KH/TU ngày 12/3/2024 thực hiện Kết luận số 57-KL/TW của Bộ Chính trị.')).toEqual([['45-KH/TU', '57-KL/TW']]);
    expect(pairs('Chương trình hành động số 12-CTr/TU triển khai có hiệu quả Kết luận 57-KL/TW.')).toEqual([['12-CTr/TU', '57-KL/TW']]);
    expect(pairs('Quy định số 08-QĐi/TU cụ thể hoá Chỉ thị số 05-CT/TW của Bộ Chính trị.')).toEqual([['08-QĐi/TU', '05-CT/TW']]);
    expect(pairs('Kế hoạch số 45-KH/TU về triển khai thực hiện Kết luận số 57-KL/TW.')).toEqual([['45-KH/TU', '57-KL/TW']]);
    // A date set off by commas belongs to the first document.
    expect(pairs('Kế hoạch số 45-KH/TU, ngày 12-3-2024 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 57-KL/TW.')).toEqual([['45-KH/TU', '57-KL/TW']]);
    expect(pairs('Kế hoạch số 45-KH/TU, ngày 12 tháng 3 năm 2024, của Tỉnh ủy triển khai Kết luận số 57-KL/TW.')).toEqual([['45-KH/TU', '57-KL/TW']]);
  });

  it('gives each document of a list after the verb', () => {
    expect(pairs('Kế hoạch số 45-KH/TU thực hiện Chỉ thị số 05-CT/TW và Kết luận số 01-KL/TW của Bộ Chính trị.')).toEqual([
      ['45-KH/TU', '05-CT/TW'],
      ['45-KH/TU', '01-KL/TW'],
    ]);
  });

  it('says nothing when no verb joins them, when a sentence or clause ends between, or when the verb belongs to another statement', () => {
    expect(pairs('Hội nghị quán triệt Kết luận số 57-KL/TW và Chỉ thị số 12-CT/TW.')).toEqual([]);
    expect(pairs('Bộ Chính trị ban hành Kết luận số 57-KL/TW. Các tỉnh thực hiện Chỉ thị số 12-CT/TW.')).toEqual([]);
    expect(pairs('Bộ Chính trị ban hành Kết luận số 57-KL/TW, các địa phương đã triển khai Kế hoạch số 45-KH/TU.')).toEqual([]);
    expect(pairs('Kết luận số 57-KL/TW được triển khai sâu rộng; nhiều nơi đã xây dựng kế hoạch, tổ chức thực hiện nghiêm túc nhiều nội dung lớn liên quan tới Chỉ thị số 12-CT/TW.')).toEqual([]);
    // "… và Kế hoạch 45 thực hiện Chỉ thị 12": 45 is not a second target of 46.
    expect(pairs('Kế hoạch số 46-KH/TU thực hiện Kết luận số 57-KL/TW và Kế hoạch số 45-KH/TU thực hiện Chỉ thị số 12-CT/TW.')).toEqual([
      ['46-KH/TU', '57-KL/TW'],
      ['45-KH/TU', '12-CT/TW'],
    ]);
  });

  it('ignores mention offsets outside the text', () => {
    expect(carriesOut('ngắn', [{ id: 'x', kind: null, issuer: null, date: null, subject: null, mentions: [{ start: 2, end: 99 }] }])).toEqual([]);
  });
});

describe("a directive's page", () => {
  const articles = [
    clipping('Tỉnh ủy ban hành Kế hoạch số 45-KH/TU thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới.', '2023-09-01', { title: 'Tỉnh ủy ban hành kế hoạch' }),
    clipping('Các cơ quan báo chí quán triệt Kết luận số 57-KL/TW của Ban Bí thư và Chỉ thị số 12-CT/TW.', '2024-05-20', { title: 'Báo chí quán triệt' }),
    clipping('Chương trình hành động số 12-CTr/TU triển khai Kết luận số 57-KL/TW của Bộ Chính trị. Tỉnh cũng thực hiện Chỉ thị số 12-CT/TW.', '2024-11-02', { title: 'Chương trình hành động' }),
    clipping('Kế hoạch số 45-KH/TU của Tỉnh ủy được sơ kết.', '2025-01-01', { title: 'Sơ kết kế hoạch' }),
  ];
  const profile = directiveProfile(articles, '57-KL/TW')!;

  it('lists every article citing it, newest first, with its date', () => {
    expect(profile.citations.map((c) => [c.ref.day, c.ref.title])).toEqual([
      ['2024-11-02', 'Chương trình hành động'],
      ['2024-05-20', 'Báo chí quán triệt'],
      ['2023-09-01', 'Tỉnh ủy ban hành kế hoạch'],
    ]);
  });

  it('shows every issuer the articles state, with who states which, not one silently', () => {
    const [oldest, middle, newest] = articles;
    const issuers = profile.stated.issuer.map((s) => s.value);
    expect(issuers).toContain('Ban Bí thư');
    expect(issuers.some((v) => v.includes('Bộ Chính trị'))).toBe(true);
    expect(profile.stated.issuer.find((s) => s.value === 'Ban Bí thư')!.articles).toEqual([middle!.id]);
    expect(profile.stated.kind).toEqual([{ value: 'Kết luận', articles: [newest!.id, middle!.id, oldest!.id] }]);
  });

  it('names the directives cited with it and the documents that carry it out', () => {
    expect(profile.citedWith.map((c) => [c.key, c.count])).toEqual([
      ['12-CT/TW', 2],
      ['12-CTr/TU', 1],
      ['45-KH/TU', 1],
    ]);
    expect(profile.carriedOutBy.map((r) => [r.id, r.articles.length])).toEqual([
      ['12-CTr/TU', 1],
      ['45-KH/TU', 1],
    ]);
    expect(profile.carriedOutBy.find((r) => r.id === '45-KH/TU')!.quote).toBe('Kế hoạch số 45-KH/TU thực hiện Kết luận số 57-KL/TW');
    expect(profile.carriesOut).toEqual([]);
    // From the plan's side: it carries out 57-KL/TW; the article that only names it counts as a citation.
    const plan = directiveProfile(articles, '45-KH/TU')!;
    expect(plan.carriesOut.map((r) => r.id)).toEqual(['57-KL/TW']);
    expect(plan.citations).toHaveLength(2);
  });

  it('is null for a directive no clipping cites', () => {
    expect(directiveProfile(articles, '99-KL/TW')).toBeNull();
  });
});

describe("the directive's first screen", () => {
  it('lists the newest citations and the count from the newest rows alone, particulars, relations and companions pending', async () => {
    const { toRows } = await import('@/lib/clipping/derive');
    const { directiveFirst } = await import('@/lib/research/directive');
    const articles = [
      clipping('Các cơ quan báo chí quán triệt Kết luận số 57-KL/TW của Ban Bí thư và Chỉ thị số 12-CT/TW.', '2024-05-20'),
      clipping('Kế hoạch số 45-KH/TU thực hiện Kết luận số 57-KL/TW của Bộ Chính trị.', '2023-09-01'),
    ];
    const full = directiveProfile(articles, '57-KL/TW')!;
    const first = directiveFirst([toRows(articles[0]!).research], '57-KL/TW', 2)!;
    expect(first.complete).toBe(false);
    expect(first.total).toBe(2);
    expect(first.citations).toEqual(full.citations.slice(0, 1));
    expect(first.stated.issuer).toEqual([]);
    expect(first.carriedOutBy).toEqual([]);
    expect(first.citedWith).toEqual([]);
    expect(full.stated.issuer.map((s) => s.value)).toEqual(['Ban Bí thư', 'Bộ Chính trị']);
    expect(full.carriedOutBy.map((r) => r.id)).toEqual(['45-KH/TU']);
    expect(directiveFirst(articles.map((r) => toRows(r).research), '57-KL/TW', 2)).toEqual(full);
  });
});

describe("a directive's page and older analyses", () => {
  it("finds a clipping whose stored analysis wrote the id another way, as the card's index does", async () => {
    const { toRows } = await import('@/lib/clipping/derive');
    const { directiveFromRows } = await import('@/lib/research/directive');
    const text = 'Tỉnh quán triệt Kết luận số 57/KL-TW của Bộ Chính trị.';
    const start = text.indexOf('57/KL-TW');
    const old = clipping(text, '2023-07-01', {
      analysis: {
        ...analyze(text),
        directives: [{ id: '57/KL-TW', kind: 'Kết luận', issuer: 'Bộ Chính trị', date: null, subject: null, mentions: [{ start, end: start + 8 }] }],
      },
    });
    const fresh = clipping('Các cơ quan báo chí quán triệt Kết luận số 57-KL/TW.', '2024-05-20');
    const card = toRows(old).card;
    expect(card.directives).toEqual(['57-KL/TW']);
    const profile = directiveProfile([old, fresh], '57-kl/tw')!;
    expect(profile.id).toBe('57-KL/TW');
    expect(profile.citations.map((c) => c.ref.id)).toEqual([fresh.id, old.id]);
    const rows = [toRows(old).research, toRows(fresh).research];
    expect(rows[0]!.directives.map((d) => d.id)).toEqual(['57-KL/TW']);
    expect(directiveFromRows(rows, '57-KL/TW')!.citations).toHaveLength(2);
  });
});
