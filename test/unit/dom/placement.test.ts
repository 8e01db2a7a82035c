import { describe, expect, it } from 'vitest';
import { PANEL_WIDTH, panelStrip, placeCard, placePanel } from '@/lib/dom/placement';

describe('placing the panel beside the article', () => {
  it('uses the free margin on the right, else on the left', () => {
    expect(placePanel(1280, { left: 140, right: 860 })).toEqual({ side: 'right', collapsed: false });
    expect(placePanel(1280, { left: 500, right: 1200 })).toEqual({ side: 'left', collapsed: false });
  });

  it('starts collapsed when the article leaves no room for it', () => {
    expect(placePanel(1000, { left: 100, right: 1000 - PANEL_WIDTH })).toEqual({ side: 'right', collapsed: true });
    expect(placePanel(1000, { left: 250, right: 950 })).toEqual({ side: 'left', collapsed: true });
    expect(placePanel(800, { left: 0, right: 780 })).toEqual({ side: 'right', collapsed: true });
  });

  it('opens expanded only over a margin where nothing of the site shows', () => {
    const rightColumn = (side: string) => side !== 'right';
    expect(placePanel(1280, { left: 40, right: 760 }, rightColumn)).toEqual({ side: 'right', collapsed: true });
    expect(placePanel(1280, { left: 400, right: 900 }, rightColumn)).toEqual({ side: 'left', collapsed: false });
    expect(placePanel(1280, { left: 40, right: 760 }, () => false)).toEqual({ side: 'right', collapsed: true });
  });

  it('measures the strip it would cover from below the top bars to the viewport’s foot', () => {
    expect(panelStrip('right', { width: 1280, height: 800 }, 76)).toEqual({ left: 968, right: 1268, top: 76, bottom: 788 });
    expect(panelStrip('left', { width: 1280, height: 800 }, 12)).toEqual({ left: 12, right: 312, top: 12, bottom: 788 });
  });
});

describe('placing the hover card', () => {
  const viewport = { width: 1000, height: 700 };
  const card = { width: 300, height: 150 };

  it('goes just below the highlight when it fits', () => {
    expect(placeCard({ left: 100, top: 200, right: 180, bottom: 220 }, card, viewport)).toEqual({ left: 100, top: 226 });
  });

  it('goes above a highlight near the bottom, and stays inside the viewport on the right', () => {
    expect(placeCard({ left: 900, top: 650, right: 980, bottom: 670 }, card, viewport)).toEqual({ left: 696, top: 494 });
  });
});
