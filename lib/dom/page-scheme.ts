/**
 * Is the page the reader is looking at dark? The first opaque background among
 * the body and the root element, as the page's own CSS computes it; a page that
 * paints none is the browser's canvas, light unless it asked for a dark scheme.
 */
import { isDark, parseColor } from '../base/color';

export function pageIsDark(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const color = parseColor(view.getComputedStyle(element).backgroundColor);
    if (color && color.a > 0.5) return isDark(color);
  }
  return /^\s*dark\b/.test(view.getComputedStyle(doc.documentElement).colorScheme ?? '');
}
