/**
 * `npm run screenshots`: the README's pictures, made from the end-to-end harness so
 * they stay true. The built extension (npm run build) in Debian's Chromium, the seed
 * articles served as ordinary news pages under a listed news host name over HTTPS
 * (mapped to 127.0.0.1), a Vietnamese browser; each surface in light and dark:
 * the in-page panel, a hover card, the popup, the library with the seeds clipped,
 * and the onboarding page. Saves PNGs into docs/screenshots/.
 *
 * Installs nothing: `bash scripts/ensure-browsers.sh` installs Chromium and Debian's
 * fonts-noto-core (without a Vietnamese-capable font the diacritics render as boxes).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from './support/chromium';
import { ClosedUi } from './support/closed-ui';
import { openPopupFor } from './support/collection';
import { seedFiles, seedPage } from './support/news-page';
import { startServer } from './support/server';

const OUT = resolve(import.meta.dirname, '..', 'docs', 'screenshots');
const HOST = 'www.vietnamplus.vn';
/** A news-site look: an article column with room on its right, where the panel goes. */
const LAYOUT = `<style>
body{margin:0;background:#f5f5f4;color:#1c1917;font:18px/1.6 'Noto Serif',Georgia,serif}
.site-header{background:#9a3412;padding:10px 24px}.site-header a{color:#fff}.menu ul{display:flex;gap:16px;list-style:none;margin:4px 0;padding:0}
main{max-width:720px;margin:0 0 0 40px;background:#fff;padding:4px 24px 24px}
@media (prefers-color-scheme: dark){body{background:#0c0a09;color:#e7e5e4}main{background:#1c1917}a{color:#93c5fd}}
</style>`;
const SCHEMES = ['light', 'dark'] as const;
const WIDE = { width: 1280, height: 800 };
/** Chrome's popup is at most 800 × 600; ours is 460 px wide. */
const POPUP = { width: 480, height: 600 };

const log = (line: string) => process.stdout.write(`${line}\n`);

async function shoot(page: Page, name: string): Promise<void> {
  const path = resolve(OUT, `${name}.png`);
  // Let fonts and the last frame settle: the picture is of what a reader sees.
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path });
  log(`  docs/screenshots/${name}.png`);
}

mkdirSync(OUT, { recursive: true });
const server = await startServer();
server.route('/favicon.ico', (_req, res) => res.writeHead(204).end());
const urls = seedFiles().map((file, i) => {
  server.page(`/tin/bai-${i}.html`, seedPage(file, { headExtra: LAYOUT, site: 'Báo Thử nghiệm' }));
  return server.at(HOST, `/tin/bai-${i}.html`);
});

const browser = await launchWithExtension({ locale: 'vi-VN' });
try {
  // The collection: every seed article, clipped with the popup's button as a reader would.
  const articles: Page[] = [];
  for (const url of urls) {
    const page = await browser.context.newPage();
    await page.setViewportSize(WIDE);
    await page.goto(url);
    await page.locator('ttdn-panel[data-state="ready"]').waitFor({ state: 'attached', timeout: 20_000 });
    const popup = await openPopupFor(browser, page);
    await popup.getByRole('button', { name: 'Lưu bài này' }).click();
    await popup.getByText('Đã lưu vào bộ sưu tập.').waitFor({ timeout: 10_000 });
    await popup.close();
    articles.push(page);
  }
  log(`clipped ${articles.length} seed articles`);
  // The article shown: the second seed (the demo's), with officials and directives to point at.
  const article = articles[1]!;

  for (const scheme of SCHEMES) {
    log(`${scheme}:`);
    await article.bringToFront();
    await article.emulateMedia({ colorScheme: scheme });
    await article.evaluate(() => window.scrollTo(0, 0));
    await article.mouse.move(5, 790);
    await article.waitForTimeout(300);
    await shoot(article, `panel-${scheme}`);

    // A hover card: the pointer on the first official mentioned.
    const at = await article.evaluate(() => {
      const range = [...(CSS.highlights.get('ttdn-officials') ?? [])][0] as Range | undefined;
      range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range?.getClientRects()[0];
      return rect ? { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 } : null;
    });
    if (!at) throw new Error('no official highlighted on the article');
    await article.mouse.move(at.x, at.y);
    const ui = await ClosedUi.attach(article);
    await ui.waitFor('ttdn-card', '.card', { timeout: 5000 });
    await ui.detach();
    await shoot(article, `hover-card-${scheme}`);

    const popup = await openPopupFor(browser, article);
    await popup.setViewportSize(POPUP);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.locator('.current-tab[data-situation="annotated"]').waitFor({ timeout: 10_000 });
    await popup.locator('.clipping').first().waitFor({ timeout: 10_000 });
    await shoot(popup, `popup-${scheme}`);
    await popup.close();

    const library = await browser.context.newPage();
    await library.setViewportSize(WIDE);
    await library.emulateMedia({ colorScheme: scheme });
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    await library.locator('.clipping').first().waitFor({ timeout: 10_000 });
    await shoot(library, `library-${scheme}`);
    await library.close();

    const onboarding = await browser.context.newPage();
    await onboarding.setViewportSize(WIDE);
    await onboarding.emulateMedia({ colorScheme: scheme });
    await onboarding.goto(`chrome-extension://${browser.extensionId}/onboarding.html`);
    await onboarding.locator('h1').first().waitFor({ timeout: 10_000 });
    await onboarding.waitForTimeout(500);
    await shoot(onboarding, `onboarding-${scheme}`);
    await onboarding.close();
  }
} finally {
  await browser.close();
  await server.close();
}
