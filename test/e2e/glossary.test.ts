/**
 * English that explains, end to end in Chromium as an English browser (--lang=en-US):
 * a library card names its directive's kind in English, an official's and a
 * directive's research pages give titles, kind and issuer in English beside the
 * Vietnamese, and English search terms find the Vietnamese articles.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directiveHref, officialHref } from '../../lib/research/route';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/support/chromium';
import { BINH, clippingInput, KL57, NQ47 } from '../../scripts/support/clippings';
import { restoreThroughBackground } from '../../scripts/support/collection';

const POLITBURO = 'Bộ Chính trị ban hành Kết luận 57';
const GOVERNMENT = 'Chính phủ ban hành Nghị quyết 47';

describe('English glosses in Chromium', () => {
  let browser: ExtensionBrowser;
  let library: Page;
  const titles = () => library.locator('.clipping-title').allTextContents();

  beforeAll(async () => {
    browser = await launchWithExtension({ locale: 'en-US' });
    library = await browser.openExtensionPage('library.html');
    await restoreThroughBackground(library, clippingInput({ title: POLITBURO, text: `${POLITBURO}. Đồng chí Lê Hải Bình, Phó Trưởng Ban Tuyên giáo Trung ương, phát biểu.`, spec: { officials: [BINH], directives: [KL57] } }));
    await restoreThroughBackground(library, clippingInput({ title: GOVERNMENT, text: `${GOVERNMENT} về thông tin đối ngoại.`, spec: { officials: [], directives: [NQ47] } }));
    await library.reload();
    await library.locator('.clipping').nth(1).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("names a card's directive kind in English, beside its number", async () => {
    expect(await library.locator('.found-directive').allTextContents()).toEqual(expect.arrayContaining(['57-KL/TW (Conclusion)']));
  });

  it('finds the Vietnamese articles by English terms', async () => {
    const search = library.getByRole('searchbox', { name: 'Search titles, text and notes' });
    await search.fill('politburo');
    await expect.poll(titles).toEqual([POLITBURO]);
    await search.fill('conclusion 57');
    await expect.poll(titles).toEqual([POLITBURO]);
    await search.fill('resolution');
    await expect.poll(titles).toEqual([GOVERNMENT]);
    await search.fill('');
    await expect.poll(titles).toHaveLength(2);
  });

  it("gives an official's titles and a directive's kind and issuer in English on the research pages", async () => {
    const page = await browser.openExtensionPage(officialHref(BINH.name).slice(1));
    await expect.poll(() => page.locator('.title-spans li').allTextContents()).toEqual([
      expect.stringContaining('Phó Trưởng Ban Tuyên giáo Trung ương (Deputy Head of the Central Propaganda and Education Commission)'),
    ]);
    await page.goto(page.url().replace(/research\.html.*$/, directiveHref(KL57.id).slice(1)));
    await expect.poll(() => page.locator('h1').textContent()).toBe('57-KL/TW (Conclusion)');
    await expect.poll(() => page.locator('[data-particular="kind"] dd').first().textContent()).toMatch(/^Kết luận \(Conclusion\)/);
    expect(await page.locator('[data-particular="issuer"] dd').first().textContent()).toMatch(/^Bộ Chính trị \(Politburo\)/);
    await page.close();
  });
});
