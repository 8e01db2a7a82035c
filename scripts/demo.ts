/**
 * `npm start`: serves the seed articles as ordinary news pages on 127.0.0.1 and
 * opens Chromium with the built extension on one of them. Without a display it
 * runs headless, saves a screenshot of the annotated page and says where.
 */
import { resolve } from 'node:path';
import { launchWithExtension } from '../test/support/chromium';
import { seedFiles, seedPage } from '../test/support/news-page';
import { startServer } from '../test/support/server';

const SCREENSHOT = resolve(import.meta.dirname, '..', '.output', 'demo.png');

const server = await startServer();
const urls = seedFiles().map((file, i) => server.page(`/tin/seed-${i}.html`, seedPage(file)));
server.page('/', `<!doctype html><meta charset="utf-8"><title>Seed articles</title><h1>Seed articles</h1><ul>${urls
  .map((u, i) => `<li><a href="${u}">${seedFiles()[i]}</a></li>`)
  .join('')}</ul>`);

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const browser = await launchWithExtension({ headless });
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.goto(urls[1]!);
await page.locator('ttdn-panel[data-state="ready"]').waitFor({ state: 'attached', timeout: 20_000 });

console.log(`Seed articles served at ${server.origin}/ (extension id ${browser.extensionId})`);
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
