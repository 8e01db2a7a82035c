/**
 * The charts as drawn (happy-dom): every bar stands for the row of the table
 * behind it, in the same order and with the same number, empty months
 * included; the tree's table lists what each document carries out; an
 * official's titles lie as bars with their days as ticks; both languages.
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ColumnChart } from '@/components/charts/ColumnChart';
import { RankedBars } from '@/components/charts/RankedBars';
import { chartStrings } from '@/components/charts/strings';
import { TitleTimelineChart } from '@/components/charts/TitleTimelineChart';
import { DirectiveCharts } from '@/components/research/DirectiveCharts';
import { directiveProfile } from '@/lib/research/directive';
import { officialProfile } from '@/lib/research/official';
import { titleTimeline } from '@/lib/research/title-timeline';
import { clipping } from '../../../helpers/research-fixtures';
import { renderRoot } from '../../../helpers/render-root';

const root = renderRoot();

/** What the bars of one figure say, and what its table says. */
function barsAndTable(figure: Element) {
  const bars = [...figure.querySelectorAll('rect.bar')].map((r) => [r.getAttribute('data-label'), Number(r.getAttribute('data-count'))]);
  const rows = [...figure.querySelectorAll('tbody tr')].map((tr) => [tr.children[0]!.textContent, Number(tr.children[1]!.textContent)]);
  return { bars, rows };
}

const figure = (id: string) => root().querySelector(`figure[data-chart="${id}"]`)!;

describe('charts and the tables behind them', () => {
  it('draws one column per month, an empty month as a column of no height, each matching its table row', () => {
    const t = chartStrings('vi');
    const bars = [
      { label: '11/2024', count: 3 },
      { label: '12/2024', count: 0 },
      { label: '1/2025', count: 1 },
    ];
    render(<ColumnChart id="m" caption="Theo tháng" head={[t('month'), t('articles')]} bars={bars} t={t} />, root());
    const { bars: drawn, rows } = barsAndTable(figure('m'));
    expect(drawn).toEqual(bars.map((b) => [b.label, b.count]));
    expect(rows).toEqual(drawn);
    const heights = [...figure('m').querySelectorAll('rect.bar')].map((r) => Number(r.getAttribute('height')));
    expect(heights[1]).toBe(0);
    expect(heights[0]).toBeGreaterThan(heights[2]!);
    expect(figure('m').querySelector('svg')!.getAttribute('aria-labelledby')).toBe('m-caption');
    expect(figure('m').querySelector('summary')!.textContent).toBe('Bảng số liệu');
  });

  it('ranks bars longest first, links where a page exists, the table in English when asked', () => {
    const t = chartStrings('en');
    const bars = [
      { label: 'Nguyễn Trọng Nghĩa', count: 5, href: '/research.html#official=a' },
      { label: 'Lê Hải Bình', count: 2, href: '/research.html#official=b' },
    ];
    render(<RankedBars id="p" caption="Officials" head={[t('person'), t('clippings')]} bars={bars} t={t} />, root());
    const { bars: drawn, rows } = barsAndTable(figure('p'));
    expect(rows).toEqual(drawn);
    expect(drawn).toEqual([['Nguyễn Trọng Nghĩa', 5], ['Lê Hải Bình', 2]]);
    const widths = [...figure('p').querySelectorAll('rect.bar')].map((r) => Number(r.getAttribute('width')));
    expect(widths[0]).toBeGreaterThan(widths[1]!);
    expect([...figure('p').querySelectorAll('svg a')].map((a) => a.getAttribute('href'))).toEqual(bars.map((b) => b.href));
    expect([...figure('p').querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Official', 'Clippings']);
  });

  it("on a directive's page: months, provinces, sites and the chain each match their table", () => {
    const records = [
      clipping('Tỉnh ủy Thanh Hóa ban hành Kế hoạch số 45-KH/TU thực hiện Kết luận số 57-KL/TW của Bộ Chính trị.', '2024-11-03', { site: 'baothanhhoa.vn' }),
      clipping('Chính phủ ban hành Nghị quyết số 47/NQ-CP thực hiện Kết luận số 57-KL/TW của Bộ Chính trị.', '2025-02-10'),
      clipping('Kế hoạch số 12/KH-UBND của tỉnh Thanh Hoá triển khai Nghị quyết số 47/NQ-CP. Tỉnh quán triệt Kết luận số 57-KL/TW.', '2025-02-12'),
    ];
    render(<DirectiveCharts charts={directiveProfile(records, '57-KL/TW')!.charts!} lang="vi" />, root());
    for (const id of ['chart-months', 'chart-provinces', 'chart-sites']) {
      const { bars, rows } = barsAndTable(figure(id));
      expect(rows, id).toEqual(bars);
    }
    expect(barsAndTable(figure('chart-months')).bars).toEqual([['11/2024', 1], ['12/2024', 0], ['1/2025', 0], ['2/2025', 2]]);
    expect(barsAndTable(figure('chart-provinces')).bars).toEqual([['Thanh Hóa', 2]]);
    const nodes = [...figure('chart-chain').querySelectorAll('.node')].map((g) => g.getAttribute('data-document'));
    const rows = [...figure('chart-chain').querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(nodes).toEqual(['57-KL/TW', '45-KH/TU', '47/NQ-CP', '12/KH-UBND']);
    expect(rows).toEqual([
      ['57-KL/TW', '—', '—'],
      ['45-KH/TU', '57-KL/TW', '1'],
      ['47/NQ-CP', '57-KL/TW', '1'],
      ['12/KH-UBND', '47/NQ-CP', '1'],
    ]);
    expect(figure('chart-chain').querySelector('.node.current')!.getAttribute('data-document')).toBe('57-KL/TW');
  });

  it("on an official's page: a bar per title, a tick per day with articles, as the table lists them", () => {
    const records = [
      clipping('Đồng chí Lê Hải Bình, Phó Trưởng Ban Tuyên giáo Trung ương, phát biểu.', '2022-03-10'),
      clipping('Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Lê Hải Bình dự lễ.', '2024-08-07'),
      clipping('Thứ trưởng Bộ Văn hoá, Thể thao và Du lịch Lê Hải Bình làm việc.', '2025-01-15'),
    ];
    const profile = officialProfile(records, 'Lê Hải Bình')!;
    const t = chartStrings('en');
    render(<TitleTimelineChart id="o" caption="Titles" timeline={titleTimeline(profile.titles, profile.appearances)!} lang="en" t={t} />, root());
    const lanes = [...figure('o').querySelectorAll('.lane')].map((g) => [g.getAttribute('data-title'), [...g.querySelectorAll('.tick')].map((k) => k.getAttribute('data-day'))]);
    expect(lanes).toEqual([
      // Both tone placements are one title, written as the newest article writes it.
      ['Thứ trưởng Bộ Văn hoá, Thể thao và Du lịch', ['2024-08-07', '2025-01-15']],
      ['Phó Trưởng Ban Tuyên giáo Trung ương', ['2022-03-10']],
    ]);
    const rows = [...figure('o').querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Thứ trưởng Bộ Văn hoá, Thể thao và Du lịch', '7 Aug 2024', '15 Jan 2025', '7 Aug 2024 (1), 15 Jan 2025 (1)'],
      ['Phó Trưởng Ban Tuyên giáo Trung ương', '10 Mar 2022', '10 Mar 2022', '10 Mar 2022 (1)'],
    ]);
    // The later title lies to the right of the earlier one on the one axis.
    const starts = [...figure('o').querySelectorAll('rect.span')].map((r) => Number(r.getAttribute('x')));
    expect(starts[0]).toBeGreaterThan(starts[1]!);
  });
});
