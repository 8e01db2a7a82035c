/**
 * "Vietnamese pages on every site" in Firefox: no script is registered for every host;
 * the background asks Firefox the loaded page's language (tabs.detectLanguage) and gives
 * the bootstrap to a Vietnamese page on a .com host, while a French article on another
 * .com host gets no script of ours, only the note the popup reads. The grant is held the
 * way a user's "yes" leaves it: a copy of the Firefox build whose manifest holds it.
 * Host names resolve to the local server through Firefox's own network.dns.localDomains.
 */
import { existsSync, rmSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVERY_HOST_ORIGINS } from '../../lib/site/sites';
import { otherLanguageKey } from '../../lib/messaging/page-state';
import { startServer, type FixtureServer } from '../../scripts/support/server';
import { comArticle, frenchArticle } from '../../scripts/support/short-and-list-fixtures';
import { FIREFOX, FIREFOX_BUILD, firefoxWithOptions, type FirefoxExtension } from '../helpers/firefox-extension';
import { grantedBuild } from '../helpers/granted-build';

type Ext = { browser: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> }; storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } };

describe.skipIf(!existsSync(FIREFOX))('after "Vietnamese pages on every site" in Firefox', () => {
  let server: FixtureServer;
  let firefox: FirefoxExtension | undefined;
  let dir: string;

  beforeAll(async () => {
    server = await startServer();
    for (const fixture of [comArticle, frenchArticle]) server.page(fixture.path, fixture.html);
    dir = grantedBuild(FIREFOX_BUILD, 'permissions', EVERY_HOST_ORIGINS);
    firefox = await firefoxWithOptions({ 'network.dns.localDomains': [comArticle.host, frenchArticle.host].join(',') }, dir);
  }, 60_000);

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const panelState = (page: Page) => page.evaluate(() => document.querySelector('ttdn-panel')?.getAttribute('data-state') ?? null);
  /** What the background noted for the tab showing `url`: true when it found the page in another language. */
  const notedOther = (url: string) =>
    firefox!.options.evaluate(
      async (u, prefix) => {
        const { browser } = globalThis as unknown as Ext;
        const tab = (await browser.tabs.query({})).find((t) => t.url === u);
        if (!tab) return null;
        const key = `${prefix}${tab.id}`;
        return (await browser.storage.session.get(key))[key] === true;
      },
      url,
      otherLanguageKey(0).slice(0, -1),
    );

  it('annotates a Vietnamese article on a .com host, routed by the language Firefox found', async () => {
    const page = await firefox!.browser.newPage();
    await page.goto(server.plainAt(comArticle.host, comArticle.path));
    await expect.poll(() => panelState(page), { timeout: 30_000 }).toBe('ready');
    await page.close();
  }, 45_000);

  it('leaves a French article with no script of ours, noted as another language for the popup', async () => {
    const page = await firefox!.browser.newPage();
    const url = server.plainAt(frenchArticle.host, frenchArticle.path);
    await page.goto(url);
    await expect.poll(() => notedOther(url), { timeout: 20_000 }).toBe(true);
    expect(await panelState(page)).toBeNull();
    expect(await page.evaluate(() => document.querySelectorAll('ttdn-panel, ttdn-card').length)).toBe(0);
    await page.close();
  }, 40_000);
});
