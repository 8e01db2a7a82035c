/**
 * The options page's sync section in the built extension: off, saying nothing is
 * sent; an http:// server off this machine is refused by keyboard with its
 * sentence, no permission asked and no request made anywhere.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, missingPrerequisite, type ExtensionBrowser } from '../support/chromium';

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
});
