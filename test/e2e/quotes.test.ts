/**
 * Quotes end to end in Chromium, on a real host name mapped to 127.0.0.1: a
 * passage selected in the article is kept as a quote from the context menu
 * (its handler, called in the service worker: headless Chromium cannot click
 * a menu), its comment is written in the popup, and after a reload the page's
 * highlight registry holds nothing of it until the reader clicks "Hiện trích
 * dẫn của tôi"; then the passage is found again and painted. A quote deleted
 * from the popup with the keyboard is gone from its list, and stays gone.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPopupFor } from '../../scripts/support/collection';
import { seedFiles, seedPage } from '../../scripts/support/news-page';
import { startHarness, waitForPanel, type Harness } from '../helpers/page';

type Worker = {
  chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> }; action: { getTitle(d: { tabId: number }): Promise<string> } };
  ttdnQuote: { quoteFromMenu(tab: unknown, selection: string, deps: unknown): Promise<void>; deps: unknown };
};

/** What the page's own scripts can see of the quotes highlight: its ranges' text. */
const paintedQuotes = (page: Page) =>
  page.evaluate(() => {
    const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('ttdn-quotes');
    return highlight ? [...highlight].map((r) => r.toString().replace(/\s+/g, ' ')) : [];
  });

describe('quotes', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('keep a passage with a comment, reload, and see it found again and painted only after "show my quotes"', async () => {
    const { page } = await harness.open('/tin/trich-dan.html', seedPage(seedFiles()[0]!));
    await waitForPanel(page);
    const paragraph = (await page.locator('article p').nth(1).textContent())!.trim();
    const passage = paragraph.split(/\s+/).slice(0, 8).join(' ');
    // The menu item on a selection: the browser hands the selected text (its spaces collapsed).
    await page.bringToFront();
    const worker = await harness.browser.serviceWorker();
    const keepFromMenu = (selection: string) =>
      worker.evaluate(async (selection) => {
        const scope = globalThis as unknown as Worker;
        const [tab] = await scope.chrome.tabs.query({ active: true, lastFocusedWindow: true });
        await scope.ttdnQuote.quoteFromMenu(tab, selection, scope.ttdnQuote.deps);
        return scope.chrome.action.getTitle({ tabId: tab!.id! });
      }, selection);
    expect(await keepFromMenu(passage)).not.toContain('Không giữ được trích dẫn');

    let popup = await openPopupFor(harness.browser, page);
    const quote = popup.locator('.page-quotes .quote');
    await expect.poll(() => quote.locator('blockquote').allTextContents(), { timeout: 10_000 }).toEqual([passage]);
    await quote.getByLabel('Bình luận').fill('Câu then chốt cho báo cáo');
    await quote.getByRole('button', { name: 'Lưu bình luận' }).click();
    await expect.poll(() => quote.getByRole('status').textContent(), { timeout: 10_000 }).toBe('Đã lưu bình luận.');
    await popup.close();

    await page.reload();
    await waitForPanel(page);
    // Nothing in the page says what the collection holds before the reader asks.
    await expect(paintedQuotes(page)).resolves.toEqual([]);
    popup = await openPopupFor(harness.browser, page);
    await expect.poll(() => popup.locator('.page-quotes textarea').inputValue(), { timeout: 10_000 }).toBe('Câu then chốt cho báo cáo');
    await popup.getByRole('button', { name: 'Hiện trích dẫn của tôi' }).click();
    await expect.poll(() => popup.locator('.page-quotes > [role="status"]').textContent(), { timeout: 10_000 }).toBe('Đã tô màu các trích dẫn tìm thấy trên trang.');
    await expect(paintedQuotes(page)).resolves.toEqual([passage]);
    await expect(popup.locator('.quote-missing').count()).resolves.toBe(0);
    await popup.close();

    // A second passage, then the first deleted from the keyboard: its button reached and pressed with Enter.
    const second = (await page.locator('article p').nth(2).textContent())!.trim().split(/\s+/).slice(0, 6).join(' ');
    await page.bringToFront();
    expect(await keepFromMenu(second)).not.toContain('Không giữ được trích dẫn');
    popup = await openPopupFor(harness.browser, page);
    await expect.poll(() => popup.locator('.page-quotes blockquote').allTextContents(), { timeout: 10_000 }).toEqual([passage, second]);
    await popup.getByRole('button', { name: `Xoá trích dẫn: ${passage}` }).focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('.page-quotes blockquote').allTextContents(), { timeout: 10_000 }).toEqual([second]);
    await expect(popup.locator('.page-quotes [role="status"]:focus').textContent()).resolves.toBe('Đã xoá trích dẫn.');
    await popup.close();
    // Gone for good: the popup opened again lists only the other, and painting finds only it.
    popup = await openPopupFor(harness.browser, page);
    await expect.poll(() => popup.locator('.page-quotes blockquote').allTextContents(), { timeout: 10_000 }).toEqual([second]);
    await popup.getByRole('button', { name: 'Hiện trích dẫn của tôi' }).click();
    await expect.poll(() => paintedQuotes(page), { timeout: 10_000 }).toEqual([second]);
    await popup.close();
    await page.close();
  });
});
