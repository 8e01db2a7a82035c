/**
 * The toolbar icon, checked on the rendered PNGs (headless Chromium has no
 * toolbar to look at): every size the manifest lists exists at its size, and its
 * visible pixels stand out on a light and on a dark toolbar, and under the badge.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';

const ICON_DIR = resolve(import.meta.dirname, '..', '..', '..', 'public', 'icon');
const SIZES = [16, 32, 48, 128];
/** Chrome's toolbar in its light and dark themes. */
const LIGHT_TOOLBAR = '#f1f3f4';
const DARK_TOOLBAR = '#202124';
/** The badge background entrypoints/background.ts sets (white text on it). */
const BADGE = '#9a3412';

type Rgb = [number, number, number];
const hex = (colour: string): Rgb => [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) as Rgb;
const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: Rgb) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
/** WCAG 2 contrast ratio. */
const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

interface Icon {
  size: number;
  png: PNG;
}
const load = (size: number): Icon => ({ size, png: PNG.sync.read(readFileSync(resolve(ICON_DIR, `${size}.png`))) });
const alpha = ({ png }: Icon, x: number, y: number) => png.data[(y * png.width + x) * 4 + 3]! / 255;
/** The pixel as the toolbar shows it: composited over the toolbar colour. */
const over = ({ png }: Icon, x: number, y: number, background: Rgb): Rgb => {
  const i = (y * png.width + x) * 4;
  const a = png.data[i + 3]! / 255;
  return [0, 1, 2].map((c) => Math.round(png.data[i + c]! * a + background[c]! * (1 - a))) as Rgb;
};
/** Pixels a reader sees as part of the icon: at least half opaque. */
const visible = (icon: Icon, x: number, y: number) => alpha(icon, x, y) >= 0.5;

function pixels(icon: Icon, keep: (x: number, y: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  for (let y = 0; y < icon.size; y++) for (let x = 0; x < icon.size; x++) if (keep(x, y)) out.push([x, y]);
  return out;
}
/** The outer ring: visible pixels next to a see-through one (or the edge): what draws the silhouette. */
const ring = (icon: Icon) =>
  pixels(icon, (x, y) => {
    if (!visible(icon, x, y)) return false;
    const around = [
      [x - 1, y],
      [x + 1, y],
      [x, y - 1],
      [x, y + 1],
    ];
    return around.some(([nx, ny]) => nx! < 0 || ny! < 0 || nx! >= icon.size || ny! >= icon.size || !visible(icon, nx!, ny!));
  });
const shareAtLeast = (icon: Icon, at: [number, number][], against: Rgb, ratio: number, background: Rgb) =>
  at.filter(([x, y]) => contrast(over(icon, x, y, background), against) >= ratio).length / at.length;

describe('the toolbar icon', () => {
  it.each(SIZES)('%i.png exists, is square at its size, on a transparent background', (size) => {
    const file = resolve(ICON_DIR, `${size}.png`);
    expect(existsSync(file), `${file} missing: run npm run icons`).toBe(true);
    const icon = load(size);
    expect([icon.png.width, icon.png.height]).toEqual([size, size]);
    // The corner outside the page is see-through, so the toolbar shows around the mark.
    expect(alpha(icon, 0, icon.size - 1)).toBe(0);
    // And the mark fills a good part of the square.
    expect(pixels(icon, (x, y) => visible(icon, x, y)).length / size ** 2).toBeGreaterThan(0.5);
  });

  it.each(SIZES)('at %i px its outline stands out on a light toolbar (3:1)', (size) => {
    const icon = load(size);
    const light = hex(LIGHT_TOOLBAR);
    const outline = ring(icon);
    expect(outline.length).toBeGreaterThan(size);
    expect(shareAtLeast(icon, outline, light, 3, light)).toBeGreaterThanOrEqual(0.9);
  });

  it.each(SIZES)('at %i px its light parts stand out on a dark toolbar (3:1)', (size) => {
    const icon = load(size);
    const dark = hex(DARK_TOOLBAR);
    const shown = pixels(icon, (x, y) => visible(icon, x, y));
    // The page and the highlights, not a stray pixel: at least half of what is drawn.
    expect(shareAtLeast(icon, shown, dark, 3, dark)).toBeGreaterThanOrEqual(0.5);
  });

  it.each(SIZES)('at %i px the badge stands out on the corner it covers', (size) => {
    const icon = load(size);
    // Chrome draws the badge over the lower right: the bottom 40% and right 60%.
    const corner = pixels(icon, (x, y) => x >= size * 0.4 && y >= size * 0.6 && visible(icon, x, y));
    expect(corner.length).toBeGreaterThan(0);
    for (const toolbar of [LIGHT_TOOLBAR, DARK_TOOLBAR]) {
      expect(shareAtLeast(icon, corner, hex(BADGE), 3, hex(toolbar))).toBeGreaterThanOrEqual(0.6);
    }
  });
});
