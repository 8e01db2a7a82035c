/**
 * Starts Debian's Chromium with the built extension loaded (playwright-core, no
 * downloaded browser) and finds the extension's id from its service worker.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROME_BUILD = resolve(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');
/** `wxt build --mode e2e`: the production build plus the "all of .vn" grant already held (headless Chromium cannot click a prompt). */
export const CHROME_E2E_BUILD = resolve(import.meta.dirname, '..', '..', '.output', 'chrome-mv3-e2e');

/** Every name the tests use resolves to 127.0.0.1; nothing leaves the machine. */
const HOST_RULES = ['MAP *.test 127.0.0.1', 'MAP *.vn 127.0.0.1', 'MAP *.net 127.0.0.1', 'MAP *.com 127.0.0.1', 'EXCLUDE 127.0.0.1'].join(',');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Opens one of the extension's own pages, e.g. "popup.html". */
  openExtensionPage(path: string): Promise<Page>;
  /** The background service worker, looked up afresh each time (it restarts). */
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

export function missingPrerequisite(build = CHROME_BUILD): string | null {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} not found: install Debian's chromium (apt-get install chromium)`;
  if (!existsSync(join(build, 'manifest.json'))) return `${build} not built: run npm run build first`;
  return null;
}

/**
 * The browser's preferred language: the UI follows it until the reader picks one
 * (lib/i18n/lang.ts). Tests read as a Vietnamese reader unless they pass another.
 */
export const DEFAULT_LOCALE = 'vi-VN';

export async function launchWithExtension(
  options: { userDataDir?: string; headless?: boolean; build?: string; serviceWorker?: boolean; locale?: string } = {},
): Promise<ExtensionBrowser> {
  const build = options.build ?? CHROME_BUILD;
  const problem = missingPrerequisite(build);
  if (problem) throw new Error(problem);
  const ownDir = !options.userDataDir;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'ttdn-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    // The fixture server's certificate is made at test time (scripts/support/tls.ts).
    ignoreHTTPSErrors: true,
    locale: options.locale ?? DEFAULT_LOCALE,
    args: [
      `--lang=${options.locale ?? DEFAULT_LOCALE}`,
      `--disable-extensions-except=${build}`,
      `--load-extension=${build}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      // Test hosts (*.test, and real news host names) resolve to the local fixture server.
      `--host-resolver-rules=${HOST_RULES}`,
    ],
  });

  const serviceWorker = async (): Promise<Worker> => {
    const alive = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (alive) return alive;
    return context.waitForEvent('serviceworker', { timeout: 15_000 });
  };
  // An extension without a background (a benchmark's reference) has no worker to name it.
  const extensionId = options.serviceWorker === false ? '' : new URL((await serviceWorker()).url()).host;

  return {
    context,
    extensionId,
    serviceWorker,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      if (ownDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
