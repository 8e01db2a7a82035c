/**
 * Firefox lets an extension page ask for a permission only from a user input
 * handler. The options' Save asks for the sync server's permission synchronously
 * in the submit handler: pressing Enter in the form (real keyboard input over
 * WebDriver BiDi) is such a handler, a script's call is not. Headless, no one can
 * click Firefox's prompt, so its own preference turns the prompt off: Firefox then
 * grants what a user input handler asks for. The set-up points at a port where
 * nothing answers, so it does not take, and the permission is given back.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const FIREFOX_BUILD = resolve(import.meta.dirname, '..', '..', '.output', 'firefox-mv2');
/** Nothing listens on the discard port: a set-up there fails at once, with or without the engine. */
const SERVER = 'http://127.0.0.1:9';
const PATTERN = 'http://127.0.0.1/*';

type Permissions = { permissions: { request(p: { origins: string[] }): Promise<boolean>; contains(p: { origins: string[] }): Promise<boolean> } };
type PermissionEvents = { permissions: Record<'onAdded' | 'onRemoved', { addListener(f: (p: { origins?: string[] }) => void): void }> };
const held = (page: Page) => page.evaluate((origin) => (globalThis as unknown as { browser: Permissions }).browser.permissions.contains({ origins: [origin] }), PATTERN);

describe.skipIf(!existsSync(FIREFOX))('options: the sync server’s permission in Firefox', () => {
  let browser: Browser | undefined;
  let profile: string;
  let options: Page;

  beforeAll(async () => {
    if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) throw new Error(`${FIREFOX_BUILD} not built: run npm run build first`);
    profile = mkdtempSync(join(tmpdir(), 'ttdn-firefox-sync-'));
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: profile,
      extraPrefsFirefox: {
        'app.update.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'extensions.getAddons.cache.enabled': false,
        // No prompt to click headless: Firefox grants an optional permission asked from a user input handler.
        'extensions.webextOptionalPermissionPrompts': false,
      },
    });
    await browser.installExtension(FIREFOX_BUILD);
    // WebDriver BiDi may not navigate to moz-extension:// pages: the first-run tab the
    // install opens is one of ours, and it goes to the options page by itself.
    let found: Page | undefined;
    for (let tries = 0; tries < 40 && !found; tries++) {
      await new Promise((r) => setTimeout(r, 250));
      for (const page of await browser.pages()) {
        if ((await page.evaluate(() => location.href).catch(() => '')).startsWith('moz-extension://')) found = page;
      }
    }
    if (!found) throw new Error('the first-run page did not open');
    options = found;
    await options.evaluate(() => {
      location.href = '/options.html';
    });
    await options.waitForSelector('fieldset.sync input[name="sync-url"]', { timeout: 15_000 });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('refuses a script’s request, and grants the one Save makes when Enter is pressed in the form, for that server only', async () => {
    const fromScript = options.evaluate(
      (origin) => (globalThis as unknown as { browser: Permissions }).browser.permissions.request({ origins: [origin] }).then(String, (e: Error) => e.message),
      PATTERN,
    );
    await expect(fromScript).resolves.toMatch(/user input handler/);
    await expect(held(options)).resolves.toBe(false);

    // What the browser grants and takes back, as it happens.
    await options.evaluate(() => {
      const api = (globalThis as unknown as { browser: PermissionEvents }).browser.permissions;
      const log: string[] = ((globalThis as unknown as { permissionLog: string[] }).permissionLog = []);
      api.onAdded.addListener((p) => log.push(...(p.origins ?? []).map((o) => `+${o}`)));
      api.onRemoved.addListener((p) => log.push(...(p.origins ?? []).map((o) => `-${o}`)));
    });
    await options.type('input[name="sync-url"]', SERVER);
    await options.type('input[name="sync-database"]', 'ttdn-nhom');
    await options.type('input[name="sync-username"]', 'lan');
    await options.type('input[name="sync-password"]', 'mat-khau');
    await options.keyboard.press('Enter');
    const log = () => options.evaluate(() => (globalThis as unknown as { permissionLog: string[] }).permissionLog);
    // Granted, then given back: nothing answers on that port, so the set-up did not take.
    await expect.poll(log, { timeout: 15_000 }).toEqual([`+${PATTERN}`, `-${PATTERN}`]);
    const message = await options.$eval('.sync-message', (el) => el.textContent ?? '');
    expect(message).not.toContain('You did not allow');
  }, 30_000);
});
