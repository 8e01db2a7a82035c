/** WCAG 2 colour arithmetic: relative luminance and contrast ratio of sRGB colours. */

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** '#rgb', '#rrggbb', 'rgb(…)' or 'rgba(…)' (as getComputedStyle writes it); null for anything else. */
export function parseColor(css: string): Rgba | null {
  const value = css.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(value);
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    return { r: parseInt(h.slice(0, 2), 16), g: parseInt(h.slice(2, 4), 16), b: parseInt(h.slice(4, 6), 16), a: 1 };
  }
  const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value);
  if (!fn) return null;
  const alpha = fn[4] === undefined ? 1 : fn[4].endsWith('%') ? parseFloat(fn[4]) / 100 : parseFloat(fn[4]);
  return { r: Number(fn[1]), g: Number(fn[2]), b: Number(fn[3]), a: alpha };
}

/** Relative luminance in [0, 1] (0 black, 1 white). */
export function luminance({ r, g, b }: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Contrast ratio between two opaque colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [ca, cb] = [parseColor(a), parseColor(b)];
  if (!ca || !cb) throw new Error(`not a colour: ${ca ? b : a}`);
  const [hi, lo] = [luminance(ca), luminance(cb)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Whether a background is dark: black text would contrast with it less than
 * white text does (luminance below about 0.18).
 */
export function isDark(color: Rgba): boolean {
  return (luminance(color) + 0.05) / 0.05 < 1.05 / (luminance(color) + 0.05);
}
