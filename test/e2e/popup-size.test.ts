/**
 * The toolbar popup at its real size (about 490×510 in Chromium): the page in
 * one compact line, the filters folded behind one control, and at least five
 * clippings readable without scrolling, each full title on up to two lines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clippingInput } from '../../scripts/support/clippings';
import { openPopupFor, restoreThroughBackground } from '../../scripts/support/collection';
import { seedFiles, seedPage } from '../../scripts/support/news-page';
import { COLUMN_LAYOUT, startHarness, waitForPanel, type Harness } from '../helpers/page';

const POPUP = { width: 490, height: 510 };
const TITLES = [
  'Thủ tướng Phạm Minh Chính tiếp Đại sứ các nước ASEAN nhân dịp kỷ niệm ngày thành lập Hiệp hội các quốc gia Đông Nam Á',
  'Tăng cường công tác thông tin đối ngoại trong tình hình mới theo Kết luận số 57-KL/TW của Bộ Chính trị',
  'Hội nghị toàn quốc tổng kết công tác thông tin đối ngoại năm 2023 và triển khai nhiệm vụ năm 2024',
  'Phó Thủ tướng tiếp đoàn đại biểu cấp cao Quốc hội Lào thăm chính thức Việt Nam',
  'Đẩy mạnh tuyên truyền về biển, đảo Việt Nam cho người Việt Nam ở nước ngoài',
  'Bộ Ngoại giao tổ chức họp báo thường kỳ: thông tin về chuyến thăm cấp Nhà nước của Tổng Bí thư',
  'Kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam – Nhật Bản',
];

describe('the popup at the toolbar’s size', () => {
  let harness: Harness;
  let popup: Page;

  beforeAll(async () => {
    harness = await startHarness();
    const { page } = await harness.open('/tin/popup-size.html', seedPage(seedFiles()[1]!, { headExtra: COLUMN_LAYOUT }));
    await waitForPanel(page);
    const seeder = await harness.browser.openExtensionPage('options.html');
    for (const title of TITLES) await restoreThroughBackground(seeder, clippingInput({ title }));
    await seeder.close();
    popup = await openPopupFor(harness.browser, page);
    await popup.setViewportSize(POPUP);
    await popup.locator('.clipping-title').nth(4).waitFor({ state: 'attached', timeout: 10_000 });
    await popup.locator('.current-tab[data-situation="annotated"]').waitFor({ timeout: 10_000 });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('shows five clippings or more without scrolling, full titles on two lines', async () => {
    await popup.screenshot({ path: '/tmp/stepaside/popup.png' });
    // A title is seen when all of it is inside the list's scrolled box and inside the popup.
    const titles = await popup.locator('.clipping-title').evaluateAll((links) =>
      links.map((a) => {
        const r = a.getBoundingClientRect();
        const list = a.closest('.vlist')!.getBoundingClientRect();
        const line = parseFloat(getComputedStyle(a).lineHeight);
        return { text: a.textContent, top: r.top, bottom: Math.max(r.bottom, list.top > r.top ? Infinity : 0, r.bottom > list.bottom ? Infinity : 0), lines: Math.round(r.height / line) };
      }),
    );
    const seen = titles.filter((t) => t.bottom <= POPUP.height);
    expect(seen.length).toBeGreaterThanOrEqual(5);
    // Every title is whole in the page (the list is newest first), and the first long ones take two lines, uncut.
    for (const t of seen) expect(TITLES).toContain(t.text);
    expect(seen.filter((t) => t.lines === 2).length).toBeGreaterThanOrEqual(3);
    expect(seen.filter((t) => t.lines > 2)).toEqual([]);
    await expect(popup.evaluate(() => document.scrollingElement!.scrollTop)).resolves.toBe(0);
  });

  it('says the current page in one line, and folds the filters behind one control', async () => {
    const line = await popup.locator('.current-tab').evaluate((el) => el.getBoundingClientRect().height);
    expect(line).toBeLessThanOrEqual(48);
    await expect(popup.locator('.filters select:visible').count()).resolves.toBe(0);
    await popup.locator('.filters summary').click();
    await expect(popup.locator('.filters select:visible').count()).resolves.toBeGreaterThanOrEqual(4);
  });
});
