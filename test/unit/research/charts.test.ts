/**
 * The numbers behind the research pages' pictures: months and weeks with
 * nothing count as zero, provinces are one whatever the tone placement or
 * normal form and a merged province counts as the 2025 one, the chain of
 * documents reads from what the articles say, and an official's titles lie on one axis.
 */
import { describe, expect, it } from 'vitest';
import { perMonth, perWeek, weekOf } from '@/lib/research/buckets';
import { chainTree } from '@/lib/research/chain';
import { directiveProfile } from '@/lib/research/directive';
import { officialProfile } from '@/lib/research/official';
import { provinceOfSite, provincesIn } from '@/lib/research/province-of';
import { titleTimeline } from '@/lib/research/title-timeline';
import { clipping } from '../../helpers/research-fixtures';

describe('counts over time', () => {
  it('shows every month from the first to the last, those with no citation as zero', () => {
    expect(perMonth(['2024-11-03', '2025-02-10', '2024-11-30T08:00:00+07:00', '2025-02-01'])).toEqual([
      { key: '2024-11', count: 2 },
      { key: '2024-12', count: 0 },
      { key: '2025-01', count: 0 },
      { key: '2025-02', count: 2 },
    ]);
    expect(perMonth([])).toEqual([]);
  });

  it('counts clippings per week from Monday, weeks with none as zero, the newest weeks when limited', () => {
    expect(weekOf(Date.parse('2025-03-09T23:00:00Z'))).toBe('2025-03-03'); // a Sunday
    expect(weekOf(Date.parse('2025-03-10T00:00:00Z'))).toBe('2025-03-10');
    const times = ['2025-03-04', '2025-03-05', '2025-03-20'].map((d) => Date.parse(`${d}T10:00:00Z`));
    expect(perWeek(times)).toEqual([
      { key: '2025-03-03', count: 2 },
      { key: '2025-03-10', count: 0 },
      { key: '2025-03-17', count: 1 },
    ]);
    expect(perWeek(times, 2).map((b) => b.key)).toEqual(['2025-03-10', '2025-03-17']);
  });
});

describe('provinces', () => {
  it('folds both tone placements and both normal forms into one province', () => {
    expect(provincesIn('Kế hoạch của Tỉnh ủy Thanh Hóa')).toEqual(['Thanh Hóa']);
    expect(provincesIn('Kế hoạch của Tỉnh uỷ Thanh Hoá'.normalize('NFD'))).toEqual(['Thanh Hóa']);
    expect(provincesIn('UBND tỉnh Khánh Hoà và tỉnh Hoà Bình')).toEqual(['Khánh Hòa', 'Phú Thọ']);
  });

  it('counts a province merged in 2025 as the one that took it in, a longer name once', () => {
    expect(provincesIn('Tỉnh ủy Hà Giang')).toEqual(['Tuyên Quang']);
    expect(provincesIn('Tỉnh ủy Bà Rịa - Vũng Tàu')).toEqual(['Hồ Chí Minh']);
    expect(provincesIn('Thừa Thiên Huế')).toEqual(['Huế']);
  });

  it('takes "Hồ Chí Minh" for the city only when it is called one', () => {
    expect(provincesIn('học tập và làm theo tư tưởng Hồ Chí Minh')).toEqual([]);
    expect(provincesIn('Thành ủy Thành phố Hồ Chí Minh')).toEqual(['Hồ Chí Minh']);
  });

  it('reads a provincial paper, portal or Party committee from its host', () => {
    expect(provinceOfSite('baohatinh.vn')).toBe('Hà Tĩnh');
    expect(provinceOfSite('quangninh.gov.vn')).toBe('Quảng Ninh');
    expect(provinceOfSite('hagiang.dcs.vn')).toBe('Tuyên Quang');
    expect(provinceOfSite('nhandan.vn')).toBeNull();
  });
});

describe("a directive's pictures", () => {
  const records = [
    clipping('Tỉnh ủy Thanh Hóa ban hành Kế hoạch số 45-KH/TU thực hiện Kết luận số 57-KL/TW của Bộ Chính trị.', '2024-11-03', { site: 'baothanhhoa.vn' }),
    clipping('Chính phủ ban hành Nghị quyết số 47/NQ-CP thực hiện Kết luận số 57-KL/TW của Bộ Chính trị.', '2025-02-10'),
    clipping('Kế hoạch số 12/KH-UBND của tỉnh Thanh Hoá triển khai Nghị quyết số 47/NQ-CP. Tỉnh quán triệt Kết luận số 57-KL/TW.', '2025-02-12', { site: 'baothanhhoa.vn' }),
    clipping('Hội nghị quán triệt Kết luận số 57-KL/TW tại Hà Nội.', '2025-02-20'),
  ];

  it('counts citations per month, provinces and sites, and draws the chain from 57-KL/TW down', () => {
    const charts = directiveProfile(records, '57-KL/TW')!.charts!;
    expect(charts.months.map((m) => [m.key, m.count])).toEqual([['2024-11', 1], ['2024-12', 0], ['2025-01', 0], ['2025-02', 3]]);
    expect(charts.provinces.map((p) => [p.label, p.count])).toEqual([['Thanh Hóa', 2]]);
    expect(charts.sites.map((p) => [p.label, p.count])).toEqual([['baothanhhoa.vn', 2], ['nhandan.vn', 2]]);
    const [root] = charts.chain;
    expect(charts.chain).toHaveLength(1);
    expect(root).toMatchObject({ id: '57-KL/TW', current: true });
    expect(root!.children.map((c) => [c.id, c.articles, c.children.map((g) => g.id)])).toEqual([
      ['45-KH/TU', 1, []],
      ['47/NQ-CP', 1, ['12/KH-UBND']],
    ]);
  });

  it("puts the documents it carries out above it on the page of one in the middle", () => {
    const [root] = directiveProfile(records, '47/NQ-CP')!.charts!.chain;
    expect(root).toMatchObject({ id: '57-KL/TW', current: false });
    expect(root!.children[0]).toMatchObject({ id: '47/NQ-CP', current: true });
  });

  it('draws no chain for a document nothing carries out', () => {
    expect(chainTree([{ id: 'a', relations: [] }], '57-KL/TW')).toEqual([]);
  });
});

describe("an official's titles on one axis", () => {
  it('puts each title from its first to its last day with the articles as ticks', () => {
    const records = [
      clipping('Đồng chí Lê Hải Bình, Phó Trưởng Ban Tuyên giáo Trung ương, phát biểu.', '2022-03-10'),
      clipping('Đồng chí Lê Hải Bình, Phó Trưởng Ban Tuyên giáo Trung ương, dự họp.', '2022-03-10'),
      clipping('Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Lê Hải Bình dự lễ.', '2024-08-07'),
    ];
    const profile = officialProfile(records, 'Lê Hải Bình')!;
    const timeline = titleTimeline(profile.titles, profile.appearances)!;
    expect([timeline.from, timeline.to]).toEqual(['2022-03-10', '2024-08-07']);
    expect(timeline.lanes.map((l) => [l.title, l.ticks])).toEqual([
      ['Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch', [{ day: '2024-08-07', count: 1 }]],
      ['Phó Trưởng Ban Tuyên giáo Trung ương', [{ day: '2022-03-10', count: 2 }]],
    ]);
    expect(titleTimeline([], profile.appearances)).toBeNull();
  });
});
