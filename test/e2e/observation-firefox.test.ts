/**
 * The page cannot tell whether the reader clipped the article, in Firefox ESR
 * (WebDriver BiDi through puppeteer-core): the same probe as observation.test.ts
 * (the hosts' boxes, attributes, text, computed styles, the panel's shape, the
 * Tab order, the hover card's host, and font rules under every family name the
 * UI might use) reads the same before and after the article is clipped the
 * popup's way, and no font is ever requested.
 */
import { existsSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clipFromPopup, FIREFOX, firefoxWithOptions, type FirefoxExtension } from '../helpers/firefox-extension';
import { seedFiles, seedPage } from '../../scripts/support/news-page';
import { startServer, type FixtureServer } from '../../scripts/support/server';
import { FONTS, OBSERVE, TAB_STOP, tabStops } from './observation-probe';
import { COLUMN_LAYOUT } from '../helpers/page';

const HOST = 'www.baohatinh.vn';
const PATH = '/tin/quan-sat-firefox.html';

describe.skipIf(!existsSync(FIREFOX))('the page cannot tell whether the reader clipped the article (Firefox)', () => {
  let server: FixtureServer;
  let firefox: FirefoxExtension | undefined;
  let url: string;
  const seen: { panel: string; focus: string[]; card: string }[] = [];

  async function observe(): Promise<(typeof seen)[number]> {
    const page: Page = await firefox!.browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(url);
    await page.waitForSelector('ttdn-panel[data-state="ready"]', { timeout: 30_000 });
    await new Promise((resolve) => setTimeout(resolve, 1500)); // whatever the extension might ask the collection has arrived by now
    const panel = (await page.evaluate(OBSERVE)) as string;
    await page.evaluate('document.activeElement && document.activeElement.blur()');
    const focus = await tabStops(() => page.keyboard.press('Tab'), async () => (await page.evaluate(TAB_STOP)) as string);
    await page.evaluate('document.activeElement && document.activeElement.blur()');
    const at = (await page.evaluate(`(() => {
      const range = [...(CSS.highlights.get('ttdn-directives') || [])][0];
      if (!range) return null;
      range.startContainer.parentElement.scrollIntoView({ block: 'center' });
      const r = range.getClientRects()[0];
      return { x: r.left + Math.min(r.width / 2, 20), y: r.top + r.height / 2 };
    })()`)) as { x: number; y: number } | null;
    expect(at).not.toBeNull();
    await page.mouse.move(at!.x, at!.y);
    await page.waitForSelector('ttdn-card:not([hidden])', { timeout: 10_000 });
    const card = (await page.evaluate(OBSERVE)) as string;
    await page.close();
    return { panel, focus, card };
  }

  beforeAll(async () => {
    server = await startServer();
    server.page(PATH, seedPage(seedFiles()[0]!, { headExtra: COLUMN_LAYOUT + FONTS }));
    url = server.plainAt(HOST, PATH);
    firefox = await firefoxWithOptions({ 'network.dns.localDomains': HOST });
    seen.push(await observe());
    // Clipped the popup's way, from the extension's own page, with the article open in a tab.
    const page = await firefox.browser.newPage();
    await page.goto(url);
    await page.waitForSelector('ttdn-panel[data-state="ready"]', { timeout: 30_000 });
    const reply = await clipFromPopup(firefox.options);
    expect(reply).toMatchObject({ ok: true, value: { created: true } });
    await page.close();
    seen.push(await observe());
  }, 150_000);
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('the same panel host, shape, Tab order and card host', () => {
    const [before, after] = seen;
    // The site's own stops come first (the panel's host follows the page's content), then the panel's.
    expect(before!.focus[0]).not.toBe('ttdn-panel');
    expect(before!.focus).toContain('ttdn-panel');
    expect(after!.panel).toBe(before!.panel);
    expect(after!.focus).toEqual(before!.focus);
    expect(after!.card).toBe(before!.card);
  });

  it('no font was ever requested', () => {
    expect(server.requests.filter((r) => r.url.startsWith('/font/'))).toEqual([]);
  });
});
