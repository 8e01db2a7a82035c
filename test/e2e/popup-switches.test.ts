/**
 * "Turn off on this site" and "Pause everywhere" in the popup, in real Chromium:
 * the place no page can draw over or click, and their only place in Firefox,
 * whose panel cannot tell a seen click. Turned off here, the open article loses
 * its panel and highlights and the popup offers to turn it back on; paused, the
 * same everywhere.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPopupFor, unfoldPage } from '../../scripts/support/collection';
import { seedFiles, seedPage } from '../../scripts/support/news-page';
import { COLUMN_LAYOUT, startHarness, waitForPanel, type Harness } from '../helpers/page';

describe('the popup’s switches for the page', () => {
  let harness: Harness;
  let page: Page;

  const settings = async (popup: Page) =>
    (
      await popup.evaluate(() =>
        (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('settings'),
      )
    ).settings as { paused?: boolean; disabledSites?: string[] } | undefined;

  beforeAll(async () => {
    harness = await startHarness();
    ({ page } = await harness.open('/tin/popup-switches.html', seedPage(seedFiles()[0]!, { headExtra: COLUMN_LAYOUT })));
    await waitForPanel(page);
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('turns annotation off on this site: the panel goes, and the popup offers to turn it back on', async () => {
    const popup = await openPopupFor(harness.browser, page);
    await unfoldPage(popup);
    await popup.getByRole('button', { name: 'Tắt trên trang này' }).click();
    await expect.poll(async () => (await settings(popup))?.disabledSites).toEqual(['vietnamplus.vn']);
    await expect.poll(() => page.locator('ttdn-panel').count(), { timeout: 10_000 }).toBe(0);
    await popup.getByRole('button', { name: 'Bật lại' }).click();
    await waitForPanel(page);
    await popup.close();
  });

  it('pauses everywhere', async () => {
    const popup = await openPopupFor(harness.browser, page);
    await unfoldPage(popup);
    await popup.getByRole('button', { name: 'Tạm dừng ở mọi trang' }).click();
    await expect.poll(async () => (await settings(popup))?.paused).toBe(true);
    await expect.poll(() => page.locator('ttdn-panel').count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => popup.locator('.situation').textContent(), { timeout: 10_000 }).toBe('Chú giải đang tạm dừng ở mọi trang.');
    await popup.close();
  });
});
