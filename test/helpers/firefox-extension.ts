/**
 * Firefox ESR (headless, WebDriver BiDi through puppeteer-core) with the
 * Firefox build installed as a temporary add-on, and its options page open.
 * Prompts for optional permissions are off: Firefox then grants what a user
 * input handler asks for (no one can click a prompt headless).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = resolve(import.meta.dirname, '..', '..', '.output', 'firefox-mv2');

export interface FirefoxExtension {
  browser: Browser;
  options: Page;
  close(): Promise<void>;
}

/** Firefox with the build (or a copy of it) installed, kept off the network, in a throwaway profile; `prefs` adds the test's own. */
export async function firefoxWithExtension(prefs: Record<string, unknown> = {}, build = FIREFOX_BUILD): Promise<{ browser: Browser; close(): Promise<void> }> {
  if (!existsSync(join(build, 'manifest.json'))) throw new Error(`${build} not built: run npm run build first`);
  const profile = mkdtempSync(join(tmpdir(), 'ttdn-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    // This machine (and CI) has no network: nothing of Firefox's own may reach for it.
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'browser.safebrowsing.downloads.remote.enabled': false,
      'network.captive-portal-service.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'extensions.getAddons.cache.enabled': false,
      ...prefs,
    },
  });
  await browser.installExtension(build);
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** `prefs` and `build` as for firefoxWithExtension. */
export async function firefoxWithOptions(prefs: Record<string, unknown> = {}, build = FIREFOX_BUILD): Promise<FirefoxExtension> {
  const { browser, close } = await firefoxWithExtension({ 'extensions.webextOptionalPermissionPrompts': false, ...prefs }, build);
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
  await found.evaluate(() => {
    location.href = '/options.html';
  });
  await found.waitForSelector('fieldset.sync input[name="sync-url"]', { timeout: 15_000 });
  return { browser, options: found, close };
}

type ExtensionApi = {
  browser: { tabs: { query(q: object): Promise<{ id: number }[]> }; runtime: { sendMessage(m: object): Promise<unknown> } };
};

/** Clips the way the popup's "Clip" does ('clip:tab' to the background, one hop), on the first open tab that holds an article. */
export function clipFromPopup(extensionPage: Page): Promise<unknown> {
  return extensionPage.evaluate(async () => {
    const { browser } = globalThis as unknown as ExtensionApi;
    let last: unknown;
    for (const tab of await browser.tabs.query({})) {
      last = await browser.runtime.sendMessage({ type: 'clip:tab', tabId: tab.id }).catch((e: unknown) => String(e));
      if ((last as { ok?: boolean } | undefined)?.ok) return last;
    }
    return last;
  });
}
