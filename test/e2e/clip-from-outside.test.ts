/**
 * Clipping from outside the page, end to end in Chromium: the popup's button, and
 * the keyboard shortcut and context menu (their handler, called in the service
 * worker: headless Chromium can press neither). The background takes the article
 * from the tab and writes it in one hop; the page's panel, the popup and the
 * toolbar button say what happened, in the user's language.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClosedUi } from '../../scripts/support/closed-ui';
import { openPopupFor, sendFromExtensionPage } from '../../scripts/support/collection';
import { seedFiles, seedPage } from '../../scripts/support/news-page';
import { startHarness, waitForPanel, type Harness } from '../helpers/page';

type Chrome = {
  chrome: {
    tabs: { query(q: object): Promise<{ id?: number }[]> };
    action: { getBadgeText(d: { tabId: number }): Promise<string>; getTitle(d: { tabId: number }): Promise<string> };
  };
  ttdnClip: { clipFromEntryPoint(tabId: number | undefined, deps: unknown): Promise<void>; deps: unknown };
};

describe('clipping from the popup, the menu and the shortcut', () => {
  let harness: Harness;
  let ext: Page;

  beforeAll(async () => {
    harness = await startHarness();
    ext = await harness.browser.openExtensionPage('library.html');
  });
  afterAll(async () => {
    await harness?.close();
  });

  const clipped = async (url: string) => {
    const reply = await sendFromExtensionPage<{ clipped: boolean }>(ext, { type: 'clip:status', url });
    return reply.ok && reply.value.clipped;
  };

  /** What the shortcut and the menu item do, on `page`'s tab (the active one); then the toolbar button's badge and title there. */
  const clipFromShortcut = async (page: Page) => {
    await page.bringToFront();
    const worker = await harness.browser.serviceWorker();
    return worker.evaluate(async () => {
      const scope = globalThis as unknown as Chrome;
      const [tab] = await scope.chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await scope.ttdnClip.clipFromEntryPoint(tab!.id, scope.ttdnClip.deps);
      return { badge: await scope.chrome.action.getBadgeText({ tabId: tab!.id! }), title: await scope.chrome.action.getTitle({ tabId: tab!.id! }) };
    });
  };

  /** The panel's clip state, opening it first when it sits as its small button. */
  const panelClip = async (ui: ClosedUi) => {
    if ((await ui.count('ttdn-panel', 'button.pill')) > 0) await ui.click('ttdn-panel', 'button.pill');
    return (await ui.attributes('ttdn-panel', 'button.clip', 'data-clip'))[0];
  };

  it('the popup’s button clips the article; the popup and the page’s panel say so; again, it updates in place', async () => {
    const { page } = await harness.open('/tin/tu-popup.html', seedPage(seedFiles()[0]!));
    await waitForPanel(page);
    const popup = await openPopupFor(harness.browser, page);
    await popup.getByRole('button', { name: 'Lưu bài này' }).click();
    await expect.poll(() => popup.locator('.current-tab [role="status"]').textContent(), { timeout: 10_000 }).toBe('Đã lưu vào bộ sưu tập.');
    await expect(clipped(page.url())).resolves.toBe(true);
    const ui = await ClosedUi.attach(page);
    await expect.poll(() => panelClip(ui), { timeout: 5000 }).toBe('saved');

    await popup.getByRole('button', { name: 'Lưu lại (cập nhật bài đã lưu)' }).click();
    await expect.poll(() => popup.locator('.current-tab [role="status"]').textContent(), { timeout: 10_000 }).toBe('Đã cập nhật bài trong bộ sưu tập.');
    const title = (await page.locator('h1').textContent())!.trim();
    const library = await harness.browser.openExtensionPage('library.html');
    await expect.poll(() => library.locator('.clipping-title').allTextContents(), { timeout: 10_000 }).toEqual([title]);
    await library.close();
    await ui.detach();
    await popup.close();
    await page.close();
  });

  it('the shortcut and the menu clip the article: the panel shows it, the toolbar button stays clean', async () => {
    const { page } = await harness.open('/tin/tu-phim-tat.html', seedPage(seedFiles()[1]!));
    await waitForPanel(page);
    await expect(clipFromShortcut(page)).resolves.toEqual({ badge: expect.not.stringContaining('!'), title: expect.not.stringContaining('Không lưu được') });
    await expect(clipped(page.url())).resolves.toBe(true);
    const ui = await ClosedUi.attach(page);
    await expect.poll(() => panelClip(ui), { timeout: 5000 }).toBe('saved');
    await expect(ui.text('ttdn-panel', '.clip-state')).resolves.toBe('Đã lưu vào bộ sưu tập');
    await ui.detach();
    await page.close();
  });

  it('on a page the extension does not read, the toolbar button says why, in our words, and nothing is stored', async () => {
    const { page } = await harness.open('/tin/khong-doc.html', seedPage(seedFiles()[2]!), { host: 'news.unlisted.test' });
    await expect(clipFromShortcut(page)).resolves.toEqual({
      badge: '!',
      title: 'Không lưu được bài: Trang này không có bài báo để lưu (hoặc cần tải lại trang).',
    });
    await expect(clipped(page.url())).resolves.toBe(false);
    await page.close();
  });
});
