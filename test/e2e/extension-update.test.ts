/**
 * The truth after the extension is reloaded or updated, in real Chromium: the
 * content script already in an open news tab is orphaned (it can never reach
 * the new background); the new background injects the new one, which replaces
 * it, so the page has one working panel again and the user's real click clips.
 * Where no new script comes (the extension turned off), the orphan says in the
 * user's language to reload the page. The browser's "Extension context
 * invalidated." never reaches the page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClosedUi } from '../../scripts/support/closed-ui';
import { reloadExtension, sendFromExtensionPage } from '../../scripts/support/collection';
import { seedFiles, seedPage } from '../../scripts/support/news-page';
import { COLUMN_LAYOUT, paintedTexts, startHarness, waitForPanel, type Harness } from '../helpers/page';

describe('after the extension is reloaded or updated', () => {
  let harness: Harness;
  let page: Page;
  let errors: string[];
  let ui: ClosedUi;

  beforeAll(async () => {
    harness = await startHarness();
    ({ page, errors } = await harness.open('/tin/truoc-cap-nhat.html', seedPage(seedFiles()[0]!, { headExtra: COLUMN_LAYOUT })));
    await waitForPanel(page);
    ui = await ClosedUi.attach(page);
  }, 60_000);
  afterAll(async () => {
    await harness?.close();
  });

  it('the open news tab gets the new content script: one panel, still painted, and a real click clips', async () => {
    await reloadExtension(harness.browser);
    // The new script replaces the orphan: exactly one panel, ready, and highlights on the page.
    await ui.until(`document.querySelectorAll('ttdn-panel').length === 1 && document.querySelector('ttdn-panel[data-state="ready"]')`, 20_000);
    await expect.poll(async () => (await paintedTexts(page, 'ttdn-officials')).length, { timeout: 10_000 }).toBeGreaterThan(0);
    // Past the orphan's own once-a-second check: retiring it took nothing of the new script's away.
    await page.waitForTimeout(2500);
    expect((await paintedTexts(page, 'ttdn-officials')).length).toBeGreaterThan(0);
    expect(await ui.evaluate<number>(`document.querySelectorAll('ttdn-card, ttdn-panel').length`)).toBe(1);

    if ((await ui.count('ttdn-panel', 'button.pill')) > 0) await ui.click('ttdn-panel', 'button.pill');
    await ui.click('ttdn-panel', 'button.clip');
    await ui.waitFor('ttdn-panel', '.clip-state', { hasText: 'Đã lưu vào bộ sưu tập' });
    const ext = await harness.browser.openExtensionPage('library.html');
    await expect(sendFromExtensionPage(ext, { type: 'clip:status', url: page.url() })).resolves.toMatchObject({ ok: true, value: { clipped: true } });
    await ext.close();
  });

  it('no browser error text reached the page', async () => {
    expect(await ui.texts('ttdn-panel', '[role="alert"]')).toEqual([]);
    expect(errors.filter((e) => /context invalidated/i.test(e))).toEqual([]);
  });

  it('with no new script to take over (the extension turned off), the page says to reload, and the highlights go', async () => {
    const settings = await harness.browser.context.newPage();
    await settings.goto('chrome://extensions');
    await settings.evaluate(
      (id) => (globalThis as unknown as { chrome: { management: { setEnabled(id: string, on: boolean): Promise<void> } } }).chrome.management.setEnabled(id, false),
      harness.browser.extensionId,
    );
    await settings.close();
    await ui.waitFor('ttdn-panel', '[role="alert"]', { hasText: 'Tiện ích vừa được cập nhật', timeout: 10_000 });
    expect(await ui.texts('ttdn-panel', '[role="alert"]')).toEqual(['Tiện ích vừa được cập nhật hoặc tắt đi. Hãy tải lại trang để tiếp tục chú giải.']);
    await expect.poll(async () => (await paintedTexts(page, 'ttdn-officials')).length, { timeout: 5000 }).toBe(0);
    expect(errors.filter((e) => /context invalidated/i.test(e))).toEqual([]);
  });
});
