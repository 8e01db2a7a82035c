/**
 * The pictures end to end in Chromium with the built extension: a directive
 * taken up by a ministry and two provinces (real host names) shows its
 * citations per month, the provinces and sites, and the chain 57-KL/TW →
 * 47/NQ-CP → a provincial plan as a tree whose documents open their pages;
 * each chart's table holds the same numbers; an official's titles lie on a
 * time axis; the library draws the filter's weeks and top documents.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/support/chromium';
import { BINH, clippingInput, KL57, NQ47 } from '../../scripts/support/clippings';
import { restoreThroughBackground } from '../../scripts/support/collection';

const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');
const MINISTER = 'Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch';

const CLIPPINGS = [
  clippingInput({
    url: 'https://baohatinh.vn/tinh-uy-ban-hanh-ke-hoach-post1.html',
    site: 'baohatinh.vn',
    title: 'Tỉnh ủy ban hành kế hoạch thông tin đối ngoại',
    published: '2024-11-03T08:00:00+07:00',
    text: 'Đồng chí Lê Hải Bình, Phó Trưởng Ban Tuyên giáo Trung ương, dự hội nghị. Tỉnh ủy Hà Tĩnh ban hành Kế hoạch số 45-KH/TU thực hiện Kết luận số 57-KL/TW của Bộ Chính trị.',
    spec: { officials: [BINH], directives: [{ id: '45-KH/TU', kind: 'Kế hoạch', issuer: 'Tỉnh ủy Hà Tĩnh' }, KL57] },
  }),
  clippingInput({
    url: 'https://chinhphu.vn/nghi-quyet-47-nq-cp-1.htm',
    site: 'chinhphu.vn',
    title: 'Chính phủ ban hành Chương trình hành động',
    published: '2025-02-10T08:00:00+07:00',
    text: 'Chính phủ ban hành Nghị quyết số 47/NQ-CP thực hiện Kết luận số 57-KL/TW của Bộ Chính trị về thông tin đối ngoại.',
    spec: { officials: [], directives: [NQ47, KL57] },
  }),
  clippingInput({
    url: 'https://baothanhhoa.vn/trien-khai-nghi-quyet-47-1.htm',
    site: 'baothanhhoa.vn',
    title: 'Thanh Hoá triển khai Nghị quyết 47',
    published: '2025-02-12T08:00:00+07:00',
    text: 'Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Lê Hải Bình dự lễ. Kế hoạch số 12/KH-UBND của UBND tỉnh Thanh Hoá triển khai Nghị quyết số 47/NQ-CP. Tỉnh quán triệt Kết luận số 57-KL/TW.',
    spec: { officials: [{ name: 'Lê Hải Bình', titles: [MINISTER] }], directives: [{ id: '12/KH-UBND', kind: 'Kế hoạch', issuer: 'UBND tỉnh Thanh Hoá' }, NQ47, KL57] },
  }),
];

/** What one chart draws (each bar's label and count) and what its table says, row by row. */
async function drawnAndTabled(chart: Locator): Promise<{ bars: [string, number][]; rows: [string, number][] }> {
  await chart.locator('summary').click();
  const bars = await chart.locator('rect.bar').evaluateAll((rects) => rects.map((r) => [r.getAttribute('data-label')!, Number(r.getAttribute('data-count'))] as [string, number]));
  const rows = await chart.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.children[0]!.textContent!, Number(tr.children[1]!.textContent)] as [string, number]));
  return { bars, rows };
}

describe('charts in Chromium', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchWithExtension();
    page = await browser.openExtensionPage('library.html');
    for (const clipping of CLIPPINGS) await restoreThroughBackground(page, clipping);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("a directive's page shows its citations per month, provinces, sites and the chain that carries it out", async () => {
    await page.goto(`chrome-extension://${browser.extensionId}/research.html#directive=${encodeURIComponent('57-KL/TW')}`);
    const chart = (id: string) => page.locator(`figure[data-chart="${id}"]`);
    await chart('chart-months').waitFor();
    const months = await drawnAndTabled(chart('chart-months'));
    expect(months.bars).toEqual([['11/2024', 1], ['12/2024', 0], ['1/2025', 0], ['2/2025', 2]]);
    expect(months.rows).toEqual(months.bars);
    const provinces = await drawnAndTabled(chart('chart-provinces'));
    expect(provinces.bars).toEqual([['Hà Tĩnh', 1], ['Thanh Hóa', 1]]);
    expect(provinces.rows).toEqual(provinces.bars);
    const sites = await drawnAndTabled(chart('chart-sites'));
    expect(sites.bars.map(([, n]) => n)).toEqual([1, 1, 1]);
    expect(sites.rows).toEqual(sites.bars);
    const chain = chart('chart-chain');
    expect(await chain.locator('.node').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-document')))).toEqual(['57-KL/TW', '45-KH/TU', '47/NQ-CP', '12/KH-UBND']);
    expect(await chain.locator('.node.current').getAttribute('data-document')).toBe('57-KL/TW');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: resolve(ARTIFACTS, 'charts-directive.png'), fullPage: true });

    // A document in the tree opens its page, where the chain is drawn from the top with it marked.
    await chain.locator('a', { hasText: '47/NQ-CP' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('47/NQ-CP');
    await expect.poll(() => chart('chart-chain').locator('.node.current').getAttribute('data-document')).toBe('47/NQ-CP');
    expect(await chart('chart-chain').locator('.node').first().getAttribute('data-document')).toBe('57-KL/TW');
  });

  it("an official's page lays each title on one time axis with its articles as ticks", async () => {
    await page.goto(`chrome-extension://${browser.extensionId}/research.html#official=${encodeURIComponent('Lê Hải Bình')}`);
    const lanes = page.locator('figure[data-chart="chart-titles"] .lane');
    await expect.poll(() => lanes.evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-title'), g.querySelectorAll('.tick').length]))).toEqual([
      [MINISTER, 1],
      ['Phó Trưởng Ban Tuyên giáo Trung ương', 1],
    ]);
  });

  it("the library draws the filter's clippings per week and the documents cited most", async () => {
    await page.goto(`chrome-extension://${browser.extensionId}/library.html`);
    await page.locator('.clipping').nth(2).waitFor();
    await page.locator('details.library-charts > summary').click();
    const documents = await drawnAndTabled(page.locator('figure[data-chart="chart-documents"]'));
    expect(documents.bars.slice(0, 2)).toEqual([['57-KL/TW', 3], ['47/NQ-CP', 2]]);
    expect(documents.rows).toEqual(documents.bars);
    const weeks = await drawnAndTabled(page.locator('figure[data-chart="chart-weeks"]'));
    expect(weeks.bars.reduce((sum, [, n]) => sum + n, 0)).toBe(3);
    expect(weeks.rows).toEqual(weeks.bars);
  });
});
