/** Where our floating UI goes: beside the article text, never over it. Pure geometry. */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type PanelPlacement = { side: 'left' | 'right'; collapsed: boolean };

export const PANEL_WIDTH = 300;
/** Between the panel and the viewport's edge, the article or the site's top bars. */
export const GAP = 12;

/** Where the expanded panel would stand on this side: its width, from `top` down to the viewport's bottom. */
export function panelStrip(side: PanelPlacement['side'], viewport: { width: number; height: number }, top: number): Box {
  const left = side === 'right' ? viewport.width - GAP - PANEL_WIDTH : GAP;
  return { left, right: left + PANEL_WIDTH, top, bottom: viewport.height - GAP };
}

/**
 * The panel goes in the wider free margin beside the article column when it
 * fits there and nothing of the site's shows in it (`clear`: a right column, a
 * sidebar); otherwise it starts collapsed to a small button in that margin.
 */
export function placePanel(
  viewportWidth: number,
  article: Pick<Box, 'left' | 'right'>,
  clear: (side: PanelPlacement['side']) => boolean = () => true,
): PanelPlacement {
  const right = viewportWidth - article.right;
  const left = article.left;
  if (right >= PANEL_WIDTH + 2 * GAP && clear('right')) return { side: 'right', collapsed: false };
  if (left >= PANEL_WIDTH + 2 * GAP && clear('left')) return { side: 'left', collapsed: false };
  return { side: right >= left ? 'right' : 'left', collapsed: true };
}

/** Top-left corner for a card of this size: below the anchor if it fits, else above; kept inside the viewport. */
export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number } {
  const below = anchor.bottom + 6;
  const top = below + card.height <= viewport.height || anchor.top - card.height - 6 < 0 ? below : anchor.top - card.height - 6;
  const left = Math.min(Math.max(4, anchor.left), Math.max(4, viewport.width - card.width - 4));
  return { left, top: Math.max(4, Math.min(top, viewport.height - card.height - 4)) };
}
