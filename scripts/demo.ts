/**
 * `npm start`: serves the seed articles as ordinary news pages on 127.0.0.1 (under a listed news host name) and
 * opens Chromium with the built extension on one of them. Without a display it
 * runs headless, saves a screenshot of the annotated page and says where.
 */
import { resolve } from 'node:path';
import { launchWithExtension } from './support/chromium';
import { seedFiles, seedPage } from './support/news-page';
import { startServer } from './support/server';

const SCREENSHOT = resolve(import.meta.dirname, '..', '.output', 'demo.png');
/** A news-site look: a centred article column with room on its right, where the panel goes. */
const LAYOUT = `<style>
body{margin:0;background:#f5f5f4;color:#1c1917;font:18px/1.6 Georgia,serif}
.site-header{background:#9a3412;padding:10px 24px}.site-header a{color:#fff}.menu ul{display:flex;gap:16px;list-style:none;margin:4px 0;padding:0}
main{max-width:720px;margin:0 0 0 max(24px,calc(50% - 500px));background:#fff;padding:4px 24px 24px}
</style>`;

const server = await startServer();
// Served under a listed news host name (the browser maps it to 127.0.0.1): the extension runs on no local host.
const urls = seedFiles().map((file, i) => {
  server.page(`/tin/seed-${i}.html`, seedPage(file, { headExtra: LAYOUT }));
  return server.at('www.vietnamplus.vn', `/tin/seed-${i}.html`);
});
server.page('/', `<!doctype html><meta charset="utf-8"><title>Seed articles</title><h1>Seed articles</h1><ul>${urls
  .map((u, i) => `<li><a href="${u}">${seedFiles()[i]}</a></li>`)
  .join('')}</ul>`);

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const browser = await launchWithExtension({ headless });
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.setViewportSize({ width: 1280, height: 800 });
await page.goto(urls[1]!);
await page.locator('ttdn-panel[data-state="ready"]').waitFor({ state: 'attached', timeout: 20_000 });
// Point at the first official mention, so the screenshot shows a hover card too.
const target = await page.evaluate(() => {
  const range = [...(CSS.highlights.get('ttdn-officials') ?? [])][0] as Range | undefined;
  range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  const rect = range?.getClientRects()[0];
  return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
});
if (target) await page.mouse.move(target.x, target.y);
await page.waitForTimeout(300);

console.log(`Seed articles served at ${server.at('www.vietnamplus.vn', '/')} (extension id ${browser.extensionId})`);
if (headless) {
  await page.screenshot({ path: SCREENSHOT, fullPage: false });
  console.log(`No display: ran headless and saved a screenshot of the annotated page to ${SCREENSHOT}`);
  await browser.close();
  await server.close();
} else {
  console.log('Chromium is open with the extension loaded. Press Ctrl+C to stop.');
  const stop = async () => {
    await browser.close();
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  browser.context.on('close', stop);
}
