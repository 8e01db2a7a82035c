/**
 * Helpers for the collection's end-to-end tests and benchmark: talk to the
 * background the way the extension's own pages do, and clip a fixture article.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionBrowser } from './chromium';
import type { ClippingInput } from '../../lib/clipping/types';
import { ClosedUi } from './closed-ui';
import { DB_NAME } from '../../lib/store/db';

/** The page's `chrome` global, which Node's types do not know. */
type ExtensionGlobal = { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string; code?: string };

/** Sends a runtime message from one of the extension's pages (the background accepts only those and content scripts). */
export function sendFromExtensionPage<T>(page: Page, message: unknown): Promise<Reply<T>> {
  return page.evaluate((m) => (globalThis as unknown as ExtensionGlobal).chrome.runtime.sendMessage(m), message) as Promise<Reply<T>>;
}

/**
 * Waits for the background's start-up jobs (re-analysis, then the research
 * rows) to finish. A clipping seeded while the re-analysis runs may or may not
 * be read again by the current matcher, depending on where its random id falls
 * against the job's cursor; seeding after it keeps a test's collection exactly
 * what the test wrote.
 */
export async function untilCollectionJobsDone(page: Page, timeout = 15_000): Promise<void> {
  const done = () =>
    page.evaluate(async (name) => {
      // Opening a database that does not exist yet would create it, ahead of the extension's own schema.
      if (!(await indexedDB.databases()).some((db) => db.name === name)) return false;
      return new Promise<boolean>((resolve) => {
        const open = indexedDB.open(name);
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('meta')) return db.close(), resolve(false);
          const meta = db.transaction('meta').objectStore('meta');
          const jobs = ['reanalysis', 'rebuildRows'].map((key) => meta.get(key));
          meta.transaction.oncomplete = () => {
            db.close();
            resolve(jobs.every((job) => job.result && job.result.cursor === null));
          };
        };
      });
    }, DB_NAME);
  // A plain loop, not expect.poll: seeding also runs in beforeAll, outside any test.
  for (const until = Date.now() + timeout; !(await done()); ) {
    if (Date.now() > until) throw new Error(`The background's collection jobs did not finish within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Writes a clipping from one of the extension's pages, as undo does
 * ('clip:restore'): 'clip:save' is taken from a page's own content script only.
 * Answers the clipping's id in the collection.
 */
export async function restoreThroughBackground(page: Page, clipping: ClippingInput, id: string = crypto.randomUUID()): Promise<string> {
  await untilCollectionJobsDone(page);
  const at = '2024-08-07T02:00:00.000Z';
  const exported = { ...clipping, id, note: '', tags: [], clippedAt: at, updatedAt: at };
  const reply = await sendFromExtensionPage<{ id: string }>(page, { type: 'clip:restore', clipping: exported });
  if (!reply.ok) throw new Error(`clip:restore refused: ${reply.error}`);
  return reply.value.id;
}

/**
 * Clips the article open in `article` as its reader does: the real mouse on the
 * in-page panel's button (opening the panel first when it starts as a small
 * button). Resolves when the background reports the page clipped.
 */
export async function clipArticle(ext: Page, article: Page): Promise<void> {
  const ui = await ClosedUi.attach(article);
  await ui.waitFor('ttdn-panel', '.panel, .pill');
  if ((await ui.count('ttdn-panel', 'button.pill')) > 0) await ui.click('ttdn-panel', 'button.pill');
  await ui.click('ttdn-panel', 'button.clip', { hasText: 'Lưu' });
  await ui.detach();
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

/** Unfolds the popup's one line about an annotated page (its verdict, findings, switches), once the page is read. */
export async function unfoldPage(popup: Page): Promise<void> {
  const details = popup.locator('.current-details');
  await details.waitFor({ timeout: 15_000 });
  if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) await details.locator('summary').click();
}
