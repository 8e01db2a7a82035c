/**
 * The options page's sync section in the built extension: off, saying nothing is
 * sent; an http:// server off this machine is refused by keyboard with its
 * sentence, no permission asked and no request made anywhere. Then the state the
 * background publishes reaches the options and the popup live, readable in light
 * and dark as Chromium computes the colours.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { contrast } from '../../lib/base/color';
import { SYNC_STATUS_KEY, type SyncStatus } from '../../lib/sync/types';
import { launchWithExtension, missingPrerequisite, type ExtensionBrowser } from '../../scripts/support/chromium';
import { textColours } from '../helpers/page';

const missing = missingPrerequisite();

describe.skipIf(missing)('options: setting up sync', () => {
  let browser: ExtensionBrowser;
  let options: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    browser = await launchWithExtension();
    browser.context.on('request', (request) => {
      if (!request.url().startsWith(`chrome-extension://${browser.extensionId}/`)) requests.push(request.url());
    });
    options = await browser.openExtensionPage('options.html');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is off, says nothing is sent until it is set up, and refuses an http:// server off this machine', async () => {
    const section = options.locator('fieldset.sync');
    await expect.poll(() => section.textContent(), { timeout: 10_000 }).toContain('Không có gì được gửi đi đâu cho tới khi bạn thiết lập máy chủ ở đây.');

    // By keyboard, through the labels.
    await options.getByLabel('Địa chỉ máy chủ').focus();
    await options.keyboard.type('http://couch.example.com:5984');
    await options.keyboard.press('Tab');
    await expect(options.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe('sync-database');
    await options.keyboard.type('ttdn-nhom');
    await options.keyboard.press('Tab');
    await options.keyboard.type('lan');
    await options.keyboard.press('Tab');
    await options.keyboard.type('mat-khau');
    await options.keyboard.press('Enter');

    const alert = section.locator('.sync-message [role="alert"]');
    await expect.poll(() => alert.textContent(), { timeout: 5000 }).toContain('Địa chỉ phải bắt đầu bằng https://');
    await expect(options.getByLabel('Địa chỉ máy chủ').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(options.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe('sync-url');
    // Nothing was granted, and nothing left the extension.
    const worker = await browser.serviceWorker();
    type Permissions = { permissions: { contains(p: { origins: string[] }): Promise<boolean> } };
    const held = worker.evaluate(() => (globalThis as unknown as { chrome: Permissions }).chrome.permissions.contains({ origins: ['http://couch.example.com/*'] }));
    await expect(held).resolves.toBe(false);
    expect(requests).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('follows the published state live, every text readable in %s', async (scheme) => {
    // What the engine keeps in storage.session, published after the pages opened.
    const status: SyncStatus = {
      server: { url: 'https://couch.example.com', database: 'ttdn-nhom', username: 'lan' },
      running: false,
      lastSyncedAt: Date.now() - 3 * 60_000,
      pending: 3,
      conflicts: 2,
      problem: { code: 'unauthorized', detail: '401 Name or password is incorrect.' },
    };
    const popup = await browser.openExtensionPage('popup.html');
    for (const page of [options, popup]) await page.emulateMedia({ colorScheme: scheme });
    // The full popup, not its first frame (whose collection is inert until the rest has loaded): the state is published after it opened.
    await popup.locator('section.collection:not([inert])').waitFor({ timeout: 10_000 });
    type Session = { storage: { session: { set(items: Record<string, unknown>): Promise<void> } } };
    const worker = await browser.serviceWorker();
    await worker.evaluate(([key, value]) => (globalThis as unknown as { chrome: Session }).chrome.storage.session.set({ [key]: value }), [SYNC_STATUS_KEY, status] as const);

    await expect.poll(() => options.locator('.sync-server dd[data-field="database"]').textContent(), { timeout: 5000 }).toBe('ttdn-nhom');
    await expect(options.locator('.sync .sync-state').textContent()).resolves.toBe('Đã đồng bộ 3 phút trước · 3 thay đổi đang chờ');
    await expect.poll(() => popup.locator('.sync-line .sync-problem-sentence').textContent(), { timeout: 5000 }).toBe('Sai tên người dùng hoặc mật khẩu.');
    await options.locator('.sync-stop').click();
    await options.locator('.sync-confirm').waitFor();

    for (const [page, root] of [[options, 'fieldset.sync'], [popup, '.sync-line']] as const) {
      // The scheme took.
      await expect(page.evaluate(() => getComputedStyle(document.body).backgroundColor)).resolves.toBe(scheme === 'dark' ? 'rgb(28, 25, 23)' : 'rgb(255, 251, 245)');
      const seen = await textColours(page, `${root} :is(p, span, small, dt, dd, button, legend)`);
      expect(seen.length).toBeGreaterThan(4);
      const low = seen.filter(({ fg, bg }) => contrast(fg, bg) < 4.5).map(({ text, fg, bg }) => `${text}: ${fg} on ${bg} ${contrast(fg, bg).toFixed(2)}:1`);
      expect(low).toEqual([]);
    }
    await options.locator('.sync-confirm').getByRole('button', { name: 'Tiếp tục đồng bộ' }).click();
    await popup.close();
  });
});
