/**
 * The popup in real Chromium: the verdict a reader can check (the panel's own
 * sentence, with the threshold), the button that brings back a panel closed with
 * "×", and readable colours in the dark scheme as the browser actually computes them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { contrast } from '../../lib/base/color';
import { ClosedUi } from '../../scripts/support/closed-ui';
import { openPopupFor, unfoldPage } from '../../scripts/support/collection';
import { seedFiles, seedPage } from '../../scripts/support/news-page';
import { COLUMN_LAYOUT, startHarness, textColours, waitForPanel, type Harness } from '../helpers/page';

describe('the popup on an annotated article', () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness();
    ({ page } = await harness.open('/tin/popup-look.html', seedPage(seedFiles()[1]!, { headExtra: COLUMN_LAYOUT })));
    await waitForPanel(page);
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('says the verdict with the threshold, in the panel’s words', async () => {
    const popup = await openPopupFor(harness.browser, page);
    await unfoldPage(popup);
    const verdict = popup.locator('.current-tab .verdict');
    await verdict.waitFor({ timeout: 10_000 });
    await expect(verdict.textContent()).resolves.toMatch(/^Điểm \d{1,3}% — đạt ngưỡng 50%: bài chủ yếu về thông tin đối ngoại$/);
    const ui = await ClosedUi.attach(page);
    await expect(ui.text('ttdn-panel', '.score')).resolves.toBe(await verdict.textContent());
    await ui.detach();
    await popup.close();
  });

  it('brings back the panel a reader closed with “×”', async () => {
    const ui = await ClosedUi.attach(page);
    await ui.waitFor('ttdn-panel', '.panel');
    await ui.click('ttdn-panel', 'button[aria-label="Đóng bảng chú giải"]');
    await ui.waitFor('ttdn-panel', 'button.pill');
    const popup = await openPopupFor(harness.browser, page);
    await unfoldPage(popup);
    await popup.getByRole('button', { name: 'Hiện / ẩn bảng chú giải' }).click();
    await popup.getByText('Bảng chú giải đang hiện trên trang.').waitFor({ timeout: 10_000 });
    await ui.waitFor('ttdn-panel', '.panel');
    await ui.detach();
    await popup.close();
  });

  it.each(['light', 'dark'] as const)('draws every text at 4.5:1 or more in %s, as Chromium computes it', async (scheme) => {
    const popup = await openPopupFor(harness.browser, page);
    await popup.emulateMedia({ colorScheme: scheme });
    await unfoldPage(popup);
    await popup.locator('.current-tab .verdict').waitFor({ timeout: 10_000 });
    await popup.locator('.clipping, .empty, #collection-heading').first().waitFor({ timeout: 10_000 });
    const seen = await textColours(popup, 'h1, h2, p, span, label, a, button, summary, .verdict');
    expect(seen.length).toBeGreaterThan(10);
    // The scheme took: the background is dark in dark and light in light.
    const page_bg = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(page_bg).toBe(scheme === 'dark' ? 'rgb(28, 25, 23)' : 'rgb(255, 251, 245)');
    const low = seen.filter(({ fg, bg }) => contrast(fg, bg) < 4.5).map(({ text, fg, bg }) => `${text}: ${fg} on ${bg} ${contrast(fg, bg).toFixed(2)}:1`);
    expect(low).toEqual([]);
    await popup.close();
  });
});
