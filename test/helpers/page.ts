/**
 * Helpers for the in-page annotation e2e tests: fixture pages laid out like a
 * news site (article column with room beside it), and reading what the
 * extension painted from the page's CSS highlight registry.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/support/chromium';
import { startServer, type FixtureServer } from '../../scripts/support/server';

export const GOLD_FILE = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'seeds-gold.json');
export const goldMissing = existsSync(GOLD_FILE) ? null : `${GOLD_FILE} not found: the gold annotations live in ../shared beside the repo`;

export interface GoldSeed {
  id: string;
  file: string;
  foreignInfo: boolean;
  officials: { name: string; titles: string[] }[];
  directives: { id: string }[];
}

export function gold(): GoldSeed[] {
  return goldMissing ? [] : (JSON.parse(readFileSync(GOLD_FILE, 'utf8')) as GoldSeed[]);
}

/** A news-site column: the article is 720 px wide with free space on its right, as on the listed sites. */
export const COLUMN_LAYOUT = '<style>body{margin:0;font:17px/1.6 Georgia,serif} main{width:720px;margin:0 0 0 40px}</style>';

/** Same letters, ignoring diacritics, tone placement and case: "Phan Xuân Thủy" ~ "Phan Xuân Thuỷ". */
export const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();

export type HighlightName = 'ttdn-officials' | 'ttdn-directives' | 'ttdn-flash';

/** The text of every range painted under a highlight name, in the page's own world. */
export function paintedTexts(page: Page, name: HighlightName, frame = ''): Promise<string[]> {
  return page.evaluate(
    ([name, frame]) => {
      const win = frame ? (document.querySelector<HTMLIFrameElement>(frame)!.contentWindow as Window & typeof globalThis) : window;
      const highlight = win.CSS.highlights.get(name);
      return highlight ? [...highlight].map((range) => range.toString()) : [];
    },
    [name, frame] as const,
  );
}

/** The flashed range: its text and which category highlight holds the very same range. */
export function flashed(page: Page): Promise<{ text: string; category: string | null } | null> {
  return page.evaluate(() => {
    const flash = CSS.highlights.get('ttdn-flash');
    const range = flash && [...flash][0];
    if (!range) return null;
    const category = ['ttdn-officials', 'ttdn-directives'].find((name) => CSS.highlights.get(name)?.has(range)) ?? null;
    return { text: range.toString(), category };
  });
}

/** Centre of the first painted range whose text matches, in viewport coordinates (scrolled into view first). */
export function rangeCentre(page: Page, name: HighlightName, text?: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ([name, text]) => {
      const highlight = CSS.highlights.get(name);
      const range = (highlight && [...highlight].find((r) => !text || r.toString() === text)) as Range | undefined;
      if (!range) return null;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
    },
    [name, text ?? ''] as const,
  );
}

/**
 * What the extension says happened on a page (its content status: 'ready',
 * 'no-article', 'off'…), asked from the service worker as the popup asks; null when
 * nothing of ours runs there.
 */
export async function pageState(ext: ExtensionBrowser, page: Page): Promise<string | null> {
  const worker = await ext.serviceWorker();
  return worker.evaluate(async (url) => {
    type Chrome = {
      tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; sendMessage(id: number, m: object): Promise<{ ok: boolean; value?: { state: string } } | undefined> };
      scripting: { executeScript(i: { target: { tabId: number }; func: () => unknown }): Promise<{ result?: unknown }[]> };
      storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
    };
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
    if (tab?.id === undefined) return null;
    // The annotator answers; where it never came, the bootstrap left its decision in a global (lib/messaging/page-state.ts).
    const reply = await chrome.tabs.sendMessage(tab.id, { type: 'content:status' }).catch(() => undefined);
    if (reply?.ok) return reply.value?.state ?? null;
    const [result] = await chrome.scripting
      .executeScript({ target: { tabId: tab.id }, func: () => (globalThis as { __ttdnBootstrap?: { state: string } }).__ttdnBootstrap?.state ?? null })
      .catch(() => []);
    if (typeof result?.result === 'string') return result.result;
    // No script of ours there: the background may have noted another language (otherLanguageKey in lib/messaging/page-state.ts).
    const key = `ttdn-other-language-${tab.id}`;
    return (await chrome.storage.session.get(key))[key] === true ? 'other-language' : null;
  }, page.url());
}

/**
 * Sends a message to the content script of the tab that answers, from an extension page, as the
 * popup does (without the tabs permission URLs are hidden: the news tab is the one that answers).
 */
export function askContentScripts(extensionPage: Page) {
  return (message: object) =>
    extensionPage.evaluate(async (message) => {
      const { chrome } = globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: object): Promise<unknown> } };
      };
      for (const tab of await chrome.tabs.query({})) {
        const reply = await chrome.tabs.sendMessage(tab.id, message).catch(() => undefined);
        if (reply) return reply;
      }
      return undefined;
    }, message);
}

/**
 * Clips the way the popup's "Clip" does (one hop: 'clip:tab' to the background, which takes the
 * article from the tab): tried on each open tab until one holds an article.
 */
export function clipFromPopup(extensionPage: Page): Promise<unknown> {
  return extensionPage.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<{ id: number }[]> }; runtime: { sendMessage(m: object): Promise<unknown> } };
    };
    let last: unknown;
    for (const tab of await chrome.tabs.query({})) {
      last = await chrome.runtime.sendMessage({ type: 'clip:tab', tabId: tab.id }).catch((e: unknown) => String(e));
      if ((last as { ok?: boolean } | undefined)?.ok) return last;
    }
    return last;
  });
}

/** Waits until the extension has decided about the page, and returns what it decided. */
export async function settledState(ext: ExtensionBrowser, page: Page, timeout = 20_000): Promise<string | null> {
  const until = Date.now() + timeout;
  let state: string | null = null;
  while (Date.now() < until) {
    state = await pageState(ext, page);
    if (state && state !== 'analysing') return state;
    await page.waitForTimeout(150);
  }
  return state;
}

export async function waitForPanel(page: Page, state = 'ready'): Promise<void> {
  await page.locator(`ttdn-panel[data-state="${state}"]`).waitFor({ state: 'attached', timeout: 20_000 });
}

/** Console errors and uncaught exceptions on a page, collected from the moment it opens. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

export interface Harness {
  server: FixtureServer;
  browser: ExtensionBrowser;
  /** Requests pages made beyond their own document and favicon: anything here came from the extension. */
  unexpected: string[];
  /** Serves the HTML on a listed news host and opens it in a 1280×800 tab. */
  open(path: string, html: string, options?: { host?: string; headers?: Record<string, string> }): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

export async function startHarness(options: { locale?: string } = {}): Promise<Harness> {
  const server = await startServer();
  server.route('/favicon.ico', (_req, res) => res.writeHead(204).end());
  const browser = await launchWithExtension(options);
  const unexpected: string[] = [];
  return {
    server,
    browser,
    unexpected,
    async open(path, html, { host = 'www.vietnamplus.vn', headers = {} } = {}) {
      server.page(path, html, headers);
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1280, height: 800 });
      const errors = collectErrors(page);
      page.on('request', (request) => {
        if (request.resourceType() === 'document' || new URL(request.url()).pathname === '/favicon.ico') return;
        unexpected.push(`${request.resourceType()} ${request.url()}`);
      });
      await page.goto(server.at(host, path));
      return { page, errors };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Each visible text element's colour and the first opaque background behind it. */
export function textColours(page: Page, selector: string): Promise<{ text: string; fg: string; bg: string }[]> {
  return page.evaluate((selector) => {
    const opaque = (el: Element | null): string => {
      for (let at = el; at; at = at.parentElement) {
        const bg = getComputedStyle(at).backgroundColor;
        if (bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) return bg;
      }
      return getComputedStyle(document.documentElement).backgroundColor;
    };
    return [...document.querySelectorAll(selector)]
      .filter((el) => (el as HTMLElement).offsetParent !== null && el.textContent?.trim())
      .map((el) => ({ text: el.textContent!.trim().slice(0, 40), fg: getComputedStyle(el).color, bg: opaque(el) }));
  }, selector);
}
