/**
 * `npm run icons`: renders public/icon/icon.svg to public/icon/<size>.png with
 * the project's Chromium (playwright-core, transparent background). The PNGs are
 * committed, so a build never needs this script; rerun it after editing the SVG.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './support/chromium';

export const ICON_SIZES = [16, 32, 48, 128] as const;
const DIR = resolve(import.meta.dirname, '..', 'public', 'icon');

const svg = readFileSync(resolve(DIR, 'icon.svg'), 'utf8');
const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const size of ICON_SIZES) {
    // One CSS pixel per image pixel: the SVG is rasterised at the target size, not scaled down from a bitmap.
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    const png = await page.screenshot({ omitBackground: true, type: 'png', clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(resolve(DIR, `${size}.png`), png);
    console.log(`public/icon/${size}.png`);
    await page.close();
  }
} finally {
  await browser.close();
}
