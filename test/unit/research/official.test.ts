import { describe, expect, it } from 'vitest';
import { officialPageKey, officialProfile } from '@/lib/research/official';
import { clipping } from '../../helpers/research-fixtures';

/** One person over three years, as three papers wrote him: a title change, a tone-placement variant, capitals. */
const articles = [
  clipping(
    'Đồng chí Lê Hải Bình, Phó Trưởng Ban Tuyên giáo Trung ương, phát biểu tại hội nghị. Hội nghị quán triệt Kết luận số 57-KL/TW của Bộ Chính trị về thông tin đối ngoại.',
    '2022-03-10',
    { title: 'Hội nghị thông tin đối ngoại 2022' },
  ),
  clipping(
    'Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Lê Hải Bình cùng đồng chí Lại Xuân Môn, Phó trưởng Ban Thường trực Ban Tuyên giáo Trung ương, dự lễ. Các đơn vị triển khai Kết luận số 57-KL/TW và Chỉ thị số 12-CT/TW.',
    '2024-08-07',
    { title: 'Lễ trao giải báo chí về thông tin đối ngoại' },
  ),
  clipping(
    'Đồng chí Lại Xuân Môn, Phó trưởng Ban Thường trực Ban Tuyên giáo Trung ương, và ông Lê Hải Bình, Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch, làm việc với tỉnh. Tỉnh quán triệt Kết luận số 57-KL/TW.',
    '2025-01-15',
    { title: 'Đoàn công tác làm việc tại tỉnh' },
  ),
  clipping('Giá vàng hôm nay tăng mạnh theo đà thế giới.', '2025-02-01', { title: 'Giá vàng' }),
];

describe("an official's page", () => {
  it('lists every article naming them, newest first, with the titles each gave and its date', () => {
    const profile = officialProfile(articles, 'Lê Hải Bình')!;
    expect(profile.name).toBe('Lê Hải Bình');
    expect(profile.appearances.map((a) => [a.ref.day, a.ref.title])).toEqual([
      ['2025-01-15', 'Đoàn công tác làm việc tại tỉnh'],
      ['2024-08-07', 'Lễ trao giải báo chí về thông tin đối ngoại'],
      ['2022-03-10', 'Hội nghị thông tin đối ngoại 2022'],
    ]);
    expect(profile.appearances.map((a) => a.titles)).toEqual([
      ['Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch'],
      ['Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch'],
      ['Phó Trưởng Ban Tuyên giáo Trung ương'],
    ]);
    // The timeline of titles: the newer one first, each with when it was given.
    expect(profile.titles).toEqual([
      { title: 'Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch', first: '2024-08-07', last: '2025-01-15', articles: 2 },
      { title: 'Phó Trưởng Ban Tuyên giáo Trung ương', first: '2022-03-10', last: '2022-03-10', articles: 1 },
    ]);
  });

  it('meets the same person across case, NFD and tone placement, and not a different diacritic', () => {
    expect(officialPageKey('LÊ HẢI BÌNH')).toBe(officialPageKey('Lê Hải Bình'));
    expect(officialPageKey('Lê Hải Bình'.normalize('NFD'))).toBe(officialPageKey('Lê Hải Bình'));
    expect(officialPageKey('Nguyễn Văn Hoà')).toBe(officialPageKey('Nguyễn Văn Hòa'));
    expect(officialPageKey('Lê Hải Bính')).not.toBe(officialPageKey('Lê Hải Bình'));
    // The page opened by the folded key (as the library's facet gives it) finds the same articles.
    const byKey = officialProfile(articles, officialPageKey('Lê Hải Bình'))!;
    expect(byKey.appearances).toHaveLength(3);
    // An article that wrote the name in capitals and decomposed joins them.
    const text = 'ÔNG LÊ HẢI BÌNH PHÁT BIỂU.'.normalize('NFD');
    const name = 'LÊ HẢI BÌNH'.normalize('NFD');
    const start = text.indexOf(name);
    const shouting = clipping(text, '2025-03-01', {
      analysis: { ...articles[0]!.analysis, officials: [{ name, titles: [], mentions: [{ start, end: start + name.length }] }] },
    });
    const joined = officialProfile([...articles, shouting], 'lê hải bình')!;
    expect(joined.appearances.map((a) => a.ref.day)).toEqual(['2025-03-01', '2025-01-15', '2024-08-07', '2022-03-10']);
    expect(joined.appearances[0]!.titles).toEqual([]);
  });

  it('counts the officials and directives that appear with them, most first', () => {
    const profile = officialProfile(articles, 'Lê Hải Bình')!;
    expect(profile.officials).toEqual([{ key: officialPageKey('Lại Xuân Môn'), label: 'Lại Xuân Môn', count: 2 }]);
    expect(profile.directives).toEqual([
      { key: '57-KL/TW', label: '57-KL/TW', count: 3 },
      { key: '12-CT/TW', label: '12-CT/TW', count: 1 },
    ]);
  });

  it('dates an article that states no date by its clipping, and says so', () => {
    const undated = clipping('Đồng chí Lê Hải Bình, Phó Trưởng Ban Tuyên giáo Trung ương, dự hội nghị.', null, { clippedAt: Date.UTC(2023, 5, 2) });
    const profile = officialProfile([undated], 'Lê Hải Bình')!;
    expect(profile.appearances[0]!.ref).toMatchObject({ day: '2023-06-02', dayFrom: 'clipped' });
  });

  it('is null for someone no clipping names', () => {
    expect(officialProfile(articles, 'Nguyễn Văn A')).toBeNull();
  });
});

describe("the research page's address", () => {
  it('opens the same official by name or folded key, and a directive by id', async () => {
    const { parseRoute, officialHref, directiveHref } = await import('@/lib/research/route');
    const byName = parseRoute(new URL(officialHref('Lê Hải Bình'), 'https://x').hash);
    expect(byName).toEqual({ kind: 'official', key: officialPageKey('Lê Hải Bình') });
    expect(parseRoute(new URL(officialHref(officialPageKey('LÊ HẢI BÌNH')), 'https://x').hash)).toEqual(byName);
    expect(parseRoute(new URL(directiveHref('72/2015/NĐ-CP'), 'https://x').hash)).toEqual({ kind: 'directive', id: '72/2015/NĐ-CP' });
    expect(parseRoute('#official=')).toBeNull();
    expect(parseRoute('#official=%E0%A4%A')).toBeNull();
    expect(parseRoute('#import')).toBeNull();
  });
});

describe("the official's first screen", () => {
  it('lists the newest articles with their titles and the count from the newest rows alone, spans and companions pending', async () => {
    const { toRows } = await import('@/lib/clipping/derive');
    const { officialFirst } = await import('@/lib/research/official');
    const full = officialProfile(articles, 'Lê Hải Bình')!;
    // The two newest naming him, as the index gives them; three name him in all.
    const newest = [articles[2]!, articles[1]!].map((r) => toRows(r).research);
    const first = officialFirst(newest, 'LÊ HẢI BÌNH', 3)!;
    expect(first.complete).toBe(false);
    expect(first.total).toBe(3);
    expect(first.name).toBe(full.name);
    expect(first.appearances).toEqual(full.appearances.slice(0, 2));
    expect(first.titles).toEqual([]);
    expect(first.officials).toEqual([]);
    // Rows that are all there are make the whole profile at once.
    expect(officialFirst(articles.map((r) => toRows(r).research), 'Lê Hải Bình', 3)).toEqual(full);
    expect(officialFirst([], 'Nguyễn Văn A', 0)).toBeNull();
  });
});
