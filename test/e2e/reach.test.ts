/**
 * Where the extension runs, end to end in Chromium: real news host names resolved to
 * the local server over HTTPS (a throwaway certificate). The production build on the
 * installed list, short and undeclared articles, the pages that are not articles; the
 * e2e build (its manifest already holds the .vn grant, as if the user had said yes) on
 * a .vn site nobody listed, before and after runtime.reload(); the explicit-request
 * handlers called from the service worker, since headless Chromium cannot click a
 * context menu or press a command.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_E2E_BUILD, launchWithExtension, type ExtensionBrowser } from '../../scripts/support/chromium';
import { openPopupFor, reloadExtension } from '../../scripts/support/collection';
import { ARTICLES, NON_ARTICLES, provincialArticle, unlistedVnArticle, type ReachPage } from '../../scripts/support/reach-fixtures';
import { startServer, type FixtureServer } from '../../scripts/support/server';
import { COLUMN_LAYOUT, paintedTexts, settledState, waitForPanel } from '../helpers/page';

async function open(server: FixtureServer, ext: ExtensionBrowser, fixture: ReachPage): Promise<Page> {
  server.page(fixture.path, fixture.html.replace('</head>', `${COLUMN_LAYOUT}</head>`));
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(server.at(fixture.host, fixture.path));
  return page;
}

/** The text of the annotated article as the panel's page reads it: everything painted, and the panel's state. */
const highlighted = async (page: Page) => [...(await paintedTexts(page, 'ttdn-officials')), ...(await paintedTexts(page, 'ttdn-directives'))];

async function popupText(ext: ExtensionBrowser, page: Page, expected: string): Promise<string> {
  const popup = await openPopupFor(ext, page);
  const section = popup.locator('.current-tab');
  await expect.poll(() => section.textContent(), { timeout: 10_000 }).toContain(expected);
  const text = (await section.textContent()) ?? '';
  await popup.close();
  return text;
}

describe('the installed build on news sites it lists', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await startServer();
    server.route('/favicon.ico', (_req, res) => res.writeHead(204).end());
    ext = await launchWithExtension();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('annotates an article on a listed provincial paper with no click, and the popup says so', async () => {
    const page = await open(server, ext, provincialArticle);
    expect(new URL(page.url()).protocol).toBe('https:');
    await waitForPanel(page);
    await expect(paintedTexts(page, 'ttdn-directives')).resolves.toContain('Kết luận số 57-KL/TW');
    await expect(paintedTexts(page, 'ttdn-officials')).resolves.toContain('Trần Quốc Hưng');
    const text = await popupText(ext, page, 'Đã chú giải bài này.');
    expect(text).toContain(provincialArticle.title);
    await page.close();
  });

  // The official each names, where it names one (the ASP.NET notice names none).
  const SHORT: Record<string, string | null> = { 'tv-short': 'Đỗ Hoàng Long', 'liferay-portal': 'Lê Minh Khoa', 'police-paper': 'Phan Đình Trọng', 'aspnet-portal': null };
  for (const [name, official] of Object.entries(SHORT)) {
    const fixture = ARTICLES.find((a) => a.name === name)!;
    it(`annotates a short, undeclared article: ${name} on ${fixture.host}`, async () => {
      const page = await open(server, ext, fixture);
      await waitForPanel(page);
      await expect(settledState(ext, page)).resolves.toBe('ready');
      if (official) await expect(paintedTexts(page, 'ttdn-officials')).resolves.toContain(official);
      else await expect(highlighted(page)).resolves.toEqual([]);
      await popupText(ext, page, official ? 'Đã chú giải bài này.' : 'Đã đọc bài này: không có quan chức hay văn bản chỉ đạo nào để đánh dấu.');
      await page.close();
    });
  }

  for (const fixture of NON_ARTICLES.filter((p) => !p.host.includes('nganhang'))) {
    it(`leaves ${fixture.name} on ${fixture.host} untouched: no panel, no highlight`, async () => {
      const page = await open(server, ext, fixture);
      await expect(settledState(ext, page)).resolves.toBe('no-article');
      await expect(page.locator('ttdn-panel, ttdn-card').count()).resolves.toBe(0);
      await expect(highlighted(page)).resolves.toEqual([]);
      await page.close();
    });
  }

  it('the popup on a page that is not an article says so and offers to annotate it now; asked, it reads the main text', async () => {
    const listing = NON_ARTICLES.find((p) => p.name === 'search-results')!;
    const page = await open(server, ext, listing);
    await expect(settledState(ext, page)).resolves.toBe('no-article');
    const popup = await openPopupFor(ext, page);
    const section = popup.locator('.current-tab');
    await expect.poll(() => section.textContent(), { timeout: 10_000 }).toContain('Trang này không phải bài báo');
    await popup.close();
    // "Annotate now" is what the context menu and the command do too: call the handler the service worker runs.
    const worker = await ext.serviceWorker();
    const outcome = await worker.evaluate(async () => {
      const tabs = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome.tabs.query({});
      const tab = tabs.find((t) => t.url?.includes('/tim-kiem'));
      const explicit = (globalThis as unknown as { ttdnExplicit: { annotateExplicitly(id: number | undefined, deps: unknown): Promise<string>; deps: unknown } }).ttdnExplicit;
      return explicit.annotateExplicitly(tab?.id, explicit.deps);
    });
    expect(outcome).toBe('annotated');
    await waitForPanel(page);
    await expect(settledState(ext, page)).resolves.toBe('ready');
    await page.close();
  });

  it('turned off on a site: the popup says so, and "Turn back on" annotates the article without a reload', async () => {
    const fixture = ARTICLES.find((a) => a.name === 'army-paper')!;
    const options = await ext.openExtensionPage('options.html');
    await options.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } };
      await chrome.storage.local.set({ settings: { lang: 'vi', paused: false, disabledSites: ['qdnd.vn'], categories: { officials: true, directives: true }, colors: { officials: '#fde68a', directives: '#bae6fd' }, topicThreshold: null } });
    });
    const page = await open(server, ext, fixture);
    await expect(settledState(ext, page)).resolves.toBe('off');
    await expect(page.locator('ttdn-panel').count()).resolves.toBe(0);
    const popup = await openPopupFor(ext, page);
    const section = popup.locator('.current-tab');
    await expect.poll(() => section.textContent(), { timeout: 10_000 }).toContain('Chú giải đang tắt ở trang này.');
    await popup.getByRole('button', { name: 'Bật lại' }).click();
    await waitForPanel(page);
    await expect(settledState(ext, page)).resolves.toBe('ready');
    await popup.close();
    await options.close();
    await page.close();
  });

  it('does not run by itself on a .vn site nobody listed (no grant in this build)', async () => {
    const page = await open(server, ext, unlistedVnArticle);
    await page.waitForTimeout(1500);
    await expect(settledState(ext, page, 1000)).resolves.toBeNull();
    await expect(page.locator('ttdn-panel').count()).resolves.toBe(0);
    await page.close();
  });
});

describe('the e2e build, whose manifest already holds the .vn grant', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await startServer();
    server.route('/favicon.ico', (_req, res) => res.writeHead(204).end());
    ext = await launchWithExtension({ build: CHROME_E2E_BUILD });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  const registered = async () => {
    const worker = await ext.serviceWorker();
    return worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> } } };
      return (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, matches: s.matches }));
    });
  };

  it('registers the bootstrap for *.vn at start-up, and annotates an article on a .vn site nobody listed', async () => {
    await expect.poll(registered, { timeout: 10_000 }).toEqual([{ id: 'ttdn-granted-sites', matches: ['*://*.vn/*'] }]);
    const page = await open(server, ext, unlistedVnArticle);
    await waitForPanel(page);
    await expect(paintedTexts(page, 'ttdn-officials')).resolves.toContain('Nguyễn Thị Lan Anh');
    await popupText(ext, page, 'Đã chú giải bài này.');
    // A page of that site that is not an article stays untouched.
    const home = await open(server, ext, { ...NON_ARTICLES.find((p) => p.name === 'provincial-home')!, host: unlistedVnArticle.host, path: '/' });
    await expect(settledState(ext, home)).resolves.toBe('no-article');
    await expect(home.locator('ttdn-panel').count()).resolves.toBe(0);
    await home.close();
    await page.close();
  });

  it('after runtime.reload() the granted sites still work', async () => {
    await reloadExtension(ext);
    await expect.poll(registered, { timeout: 10_000 }).toEqual([{ id: 'ttdn-granted-sites', matches: ['*://*.vn/*'] }]);
    const page = await open(server, ext, { ...unlistedVnArticle, path: '/tin-tuc/sau-khi-tai-lai.html' });
    await waitForPanel(page);
    await expect(paintedTexts(page, 'ttdn-officials')).resolves.toContain('Nguyễn Thị Lan Anh');
    await page.close();
  });
});
