/**
 * The panel steps aside, in real Chromium at 1280×800: on a news layout with a
 * sticky top bar and a right column it opens collapsed, its launcher clear of
 * the bar, the article and the column; over an empty margin it opens expanded. The site's own link is the first Tab stop, and focus
 * stays on the control a reader pressed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ClosedUi, type Box } from '../../scripts/support/closed-ui';
import { seedFiles, seedPage } from '../../scripts/support/news-page';
import { COLUMN_LAYOUT, startHarness, waitForPanel, type Harness } from '../helpers/page';

/** A sticky header with its menu at the right end, the article column, and a right column of links beside it. */
const RIGHT_COLUMN_LAYOUT = `<style>
body{margin:0;font:17px/1.6 Georgia,serif}
.site-header{position:sticky;top:0;z-index:5;height:64px;display:flex;justify-content:space-between;align-items:center;padding:0 24px;background:#fff;border-bottom:1px solid #ccc}
.menu ul{display:flex;gap:16px;list-style:none;margin:0;padding:0}
main{width:720px;margin:24px 0 0 40px}
.most-read{position:absolute;top:90px;left:800px;width:300px}
</style>`;
const RIGHT_COLUMN = `<aside class="most-read"><h2>Đọc nhiều</h2><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/doc-nhieu/${i}">Tin đọc nhiều số ${i + 1} trong ngày hôm nay</a></li>`).join('')}</ul></aside>`;

/** Longer than the 500 ms a control must have been seen before a click on it counts. */
const SETTLE_MS = 800;
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const pageBox = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
const focusedInPanel = (ui: ClosedUi, selector: string) =>
  ui.map<boolean>('ttdn-panel', selector, 'function () { return this.getRootNode().activeElement === this; }');

describe('on a news layout with a sticky top bar and a right column', () => {
  let harness: Harness;
  let page: Page;
  let ui: ClosedUi;

  beforeAll(async () => {
    harness = await startHarness();
    ({ page } = await harness.open('/tin/right-column.html', seedPage(seedFiles()[0]!, { headExtra: RIGHT_COLUMN_LAYOUT, tail: RIGHT_COLUMN })));
    await waitForPanel(page);
    ui = await ClosedUi.attach(page);
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('opens collapsed, its launcher over neither the top bar, the article nor the right column', async () => {
    const launcher = await ui.waitFor('ttdn-panel', 'button.pill');
    await expect(ui.count('ttdn-panel', '.panel')).resolves.toBe(0);
    for (const site of ['.site-header', 'article', '.most-read']) {
      expect(overlaps(launcher, await pageBox(page, site)), site).toBe(false);
    }
  });

  it('leaves the first Tab stop to the site', async () => {
    await page.bringToFront();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('.site-header') !== null)).resolves.toBe(true);
  });

  it('keeps focus on the control pressed with the keyboard: launcher, clip, close', async () => {
    await ui.map('ttdn-panel', 'button.pill', 'function () { this.focus(); }');
    await page.keyboard.press('Enter');
    await ui.waitFor('ttdn-panel', '.panel');
    await expect(focusedInPanel(ui, '.panel')).resolves.toEqual([true]);
    await ui.map('ttdn-panel', 'button.clip', 'function () { this.focus(); }');
    // The panel just opened: a consequential control counts once seen for DWELL_MS (seen-click.ts). A wait, never a measure.
    await page.waitForTimeout(SETTLE_MS);
    await page.keyboard.press('Enter');
    await expect.poll(() => ui.attributes('ttdn-panel', 'button.clip', 'data-clip'), { timeout: 10_000 }).toEqual(['saved']);
    await expect(focusedInPanel(ui, 'button.clip')).resolves.toEqual([true]);
    await ui.map('ttdn-panel', 'button[aria-label="Đóng bảng chú giải"]', 'function () { this.focus(); }');
    await page.keyboard.press('Enter');
    await ui.waitFor('ttdn-panel', 'button.pill');
    await expect(focusedInPanel(ui, 'button.pill')).resolves.toEqual([true]);
  });
});

describe('over an empty margin', () => {
  let harness: Harness;
  afterAll(async () => {
    await harness?.close();
  });

  it('opens expanded beside the article', async () => {
    harness = await startHarness();
    const { page } = await harness.open('/tin/empty-margin.html', seedPage(seedFiles()[0]!, { headExtra: COLUMN_LAYOUT }));
    await waitForPanel(page);
    const ui = await ClosedUi.attach(page);
    const panel = await ui.waitFor('ttdn-panel', '.panel');
    expect(overlaps(panel, await pageBox(page, 'article'))).toBe(false);
  });
});
