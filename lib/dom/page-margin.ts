/**
 * What of the site lies where our floating panel would go, measured by hit tests
 * when the panel is first placed: the fixed or sticky bars at the top of the
 * viewport (a header and menu rows under it: they stay there as the page scrolls),
 * so the panel and its launcher sit below them and clear of their search and login; and whether a strip of the margin
 * shows anything of the site's own (a right column, a sidebar, an advert), so
 * the panel opens expanded only over empty margin. The article's containers
 * (page wrappers, the body) and page-wide bands count as background there.
 */
import type { Box } from './placement';

/** Sample spacing of the margin check, in CSS pixels: finer than a line of a sidebar's links. */
const STEP = 24;
/** Bars lower than this share of the viewport's height are the page's content, not a top bar. */
const BAR_SHARE = 1 / 3;

export interface SiteShape {
  /** The bottom of the site's fixed or sticky top bars (0 without any), in viewport pixels. */
  barsBottom: number;
  /** Whether nothing of the site's own shows anywhere in this strip of the viewport. */
  clear(strip: Box): boolean;
}

/** The page's elements at a point, topmost first, without ours. */
function stackAt(doc: Document, x: number, y: number, isOwn: (el: Element) => boolean): Element[] {
  return doc.elementsFromPoint(x, y).filter((el) => !isOwn(el));
}

export function measureSite(doc: Document, article: Element, isOwn: (el: Element) => boolean): SiteShape {
  const view = doc.defaultView!;
  const width = view.innerWidth;
  const height = view.innerHeight;
  const column = article.getBoundingClientRect();
  const container = (el: Element) => el === doc.documentElement || el === doc.body || (el !== article && el.contains(article));
  /** A band across the page (a header, a footer, a wrapper): it spans the article's column as well. */
  const spansColumn = (box: DOMRect) => box.left <= column.left + 1 && box.right >= column.right - 1;

  const pinned = (el: Element) => /^(fixed|sticky)$/.test(view.getComputedStyle(el).position);
  /** The bottom of the fixed or sticky top bar that covers (x, y), or null. */
  const barAt = (x: number, y: number): number | null => {
    let bottom: number | null = null;
    for (const el of stackAt(doc, x, y, isOwn)) {
      if (container(el)) continue;
      const box = el.getBoundingClientRect();
      if (box.top <= y + 1 && box.bottom > y && box.width >= width / 2 && box.height <= height * BAR_SHARE && pinned(el)) bottom = Math.max(bottom ?? 0, box.bottom);
    }
    return bottom;
  };

  let barsBottom = 0;
  for (const x of [width * 0.1, width * 0.5, width * 0.9, width - 40]) {
    let y = 0;
    for (let bars = 0; bars < 4; bars++) {
      const bottom = barAt(x, y + 1);
      if (bottom === null || bottom <= y) break;
      y = bottom;
    }
    barsBottom = Math.max(barsBottom, y);
  }
  barsBottom = Math.min(barsBottom, height * BAR_SHARE);

  const occupied = (x: number, y: number): boolean => {
    const top = stackAt(doc, x, y, isOwn)[0];
    return top !== undefined && !container(top) && !spansColumn(top.getBoundingClientRect());
  };

  return {
    barsBottom,
    clear(strip) {
      const xs = [strip.left + 4, (strip.left * 2 + strip.right) / 3, (strip.left + strip.right * 2) / 3, strip.right - 4];
      for (let y = strip.top; y < Math.min(strip.bottom, height); y += STEP) {
        if (xs.some((x) => occupied(x, y))) return false;
      }
      return true;
    },
  };
}
