/**
 * Helpers for the collection's end-to-end tests and benchmark: talk to the
 * background the way the extension's own pages do, and clip a fixture article.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { siteOf } from '../../lib/sites';
import type { ExtensionBrowser } from './chromium';
import type { ClippingInput } from '../../lib/store/types';
import { type AnalysisSpec, analysisOf } from './clippings';

/** The page's `chrome` global, which Node's types do not know. */
type ExtensionGlobal = { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string; code?: string };

/** Sends a runtime message from one of the extension's pages (the background accepts only those and content scripts). */
export function sendFromExtensionPage<T>(page: Page, message: unknown): Promise<Reply<T>> {
  return page.evaluate((m) => (globalThis as unknown as ExtensionGlobal).chrome.runtime.sendMessage(m), message) as Promise<Reply<T>>;
}

/** Saves a clipping through the background's 'clip:save', the message the content script sends. */
export async function saveThroughBackground(page: Page, clipping: ClippingInput): Promise<{ id: string; created: boolean }> {
  const reply = await sendFromExtensionPage<{ id: string; created: boolean }>(page, { type: 'clip:save', clipping });
  if (!reply.ok) throw new Error(`clip:save refused: ${reply.error}`);
  return reply.value;
}

/** The article as a content script would read it from the fixture page. */
async function readArticle(article: Page) {
  return article.evaluate(() => ({
    canonicalUrl: document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href || location.href,
    url: location.href,
    title: document.querySelector('h1')?.textContent?.trim() ?? document.title,
    author: document.querySelector<HTMLMetaElement>('meta[name="author"]')?.content ?? null,
    published: document.querySelector<HTMLMetaElement>('meta[property="article:published_time"]')?.content ?? null,
    text: document.querySelector('article')?.innerText ?? '',
  }));
}

/** The in-page panel's clip button ("Lưu…"), once the panel exists. */
export const panelClipButton = (article: Page) => article.locator('ttdn-panel').getByRole('button', { name: /Lưu/ });

/**
 * Clips the article open in `article`: with the in-page panel's button when
 * the panel is there, else by sending the 'clip:save' the content script
 * would send, built from the page with a hand-made analysis. Resolves when
 * the background reports the page clipped.
 */
export async function clipArticle(ext: Page, article: Page, analysis: AnalysisSpec): Promise<void> {
  const button = panelClipButton(article);
  if ((await button.count()) > 0) {
    await button.first().click();
  } else {
    const read = await readArticle(article);
    await saveThroughBackground(ext, { ...read, site: siteOf(read.url), analysis: analysisOf(read.text, analysis) });
  }
  const url = article.url();
  await expect
    .poll(async () => {
      const reply = await sendFromExtensionPage<{ clipped: boolean }>(ext, { type: 'clip:status', url });
      return reply.ok && reply.value.clipped;
    }, { timeout: 10_000 })
    .toBe(true);
}

/** chrome://extensions' private API, which Node's types do not know. */
type ExtensionsPage = { chrome: { developerPrivate: { updateProfileConfiguration(update: { inDeveloperMode: boolean }, done: () => void): void } } };

/**
 * Reloads the extension as a developer would (chrome.runtime.reload). Chromium
 * leaves a reloaded command-line extension disabled unless developer mode is
 * on, so it is turned on first, as it is for anyone reloading an unpacked build.
 * Resolves once the extension's pages load again.
 */
export async function reloadExtension(browser: ExtensionBrowser): Promise<void> {
  const settings = await browser.context.newPage();
  await settings.goto('chrome://extensions');
  await settings.evaluate(
    () =>
      new Promise<void>((done) =>
        (globalThis as unknown as ExtensionsPage).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, done),
      ),
  );
  await settings.close();
  const worker = await browser.serviceWorker();
  await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => {
    // The worker may be gone before it answers: that is the reload.
  });
  await expect
    .poll(
      async () => {
        const page = await browser.context.newPage();
        try {
          return (await page.goto(`chrome-extension://${browser.extensionId}/popup.html`))?.ok() ?? false;
        } catch {
          return false;
        } finally {
          await page.close();
        }
      },
      { timeout: 20_000, interval: 500 },
    )
    .toBe(true);
}

/**
 * The popup as it shows for the tab of `page` (popup.html?tab=ID). The tab is
 * brought to the front and asked for as the active one: without the "tabs"
 * permission the extension cannot see tab URLs to look it up.
 */
export async function openPopupFor(browser: ExtensionBrowser, page: Page): Promise<Page> {
  await page.bringToFront();
  const worker = await browser.serviceWorker();
  const tabId = await worker.evaluate(
    async () =>
      (await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
  );
  if (tabId === undefined) throw new Error(`no active tab for ${page.url()}`);
  return browser.openExtensionPage(`popup.html?tab=${tabId}`);
}
