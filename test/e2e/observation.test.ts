/**
 * The page cannot tell what the reader did, in real Chromium with the built
 * extension. The same article is opened before and after it is clipped (the
 * collection then also holds the directive it cites). Everything the page can
 * read from outside the closed roots is recorded both times: the hosts' boxes,
 * attributes, text and every computed style, which points of the window the
 * panel covers, the Tab order as the page sees it, the hover card's host, and
 * any font request: the page declares @font-face rules under every family name
 * the UI might use (and the generic names quoted), each served from its own
 * address, so a glyph drawn in a font it serves would show as a request.
 * Nothing differs, and no font is ever requested.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClosedUi } from '../../scripts/support/closed-ui';
import { sendFromExtensionPage } from '../../scripts/support/collection';
import { seedFiles, seedPage } from '../../scripts/support/news-page';
import { FONTS, OBSERVE, TAB_STOP, tabStops } from './observation-probe';
import { clipFromPopup, COLUMN_LAYOUT, rangeCentre, startHarness, waitForPanel, type Harness } from '../helpers/page';

interface Seen {
  panel: string;
  focus: string[];
  card: string;
}

describe('the page cannot tell whether the reader clipped the article', () => {
  let harness: Harness;
  let ext: Page;
  const seen: Seen[] = [];

  /** Opens the article and records what its own script can see: first the panel, then the Tab order, then the card over a directive. */
  async function observe(): Promise<Seen> {
    const { page } = await harness.open('/tin/quan-sat.html', seedPage(seedFiles()[0]!, { headExtra: COLUMN_LAYOUT + FONTS }));
    await waitForPanel(page);
    const ui = await ClosedUi.attach(page);
    await ui.waitFor('ttdn-panel', '.panel, .pill');
    await page.waitForTimeout(1500); // whatever the extension might ask the collection has arrived by now
    const panel = await ui.evaluate<string>(OBSERVE);

    await ui.evaluate(`(document.activeElement && document.activeElement.blur(), window.focus())`);
    const focus = await tabStops(() => page.keyboard.press('Tab'), () => ui.evaluate<string>(TAB_STOP));
    await ui.evaluate(`document.activeElement && document.activeElement.blur()`);

    const at = await rangeCentre(page, 'ttdn-directives');
    expect(at).not.toBeNull();
    await page.mouse.move(at!.x, at!.y);
    await ui.waitFor('ttdn-card', '.card');
    const card = await ui.evaluate<string>(OBSERVE);
    await ui.detach();
    await page.close();
    return { panel, focus, card };
  }

  beforeAll(async () => {
    harness = await startHarness();
    ext = await harness.browser.openExtensionPage('library.html');
    seen.push(await observe());
    // Clip it the popup's way (no click in the page), then open the same article again.
    const { page } = await harness.open('/tin/quan-sat.html', seedPage(seedFiles()[0]!, { headExtra: COLUMN_LAYOUT + FONTS }));
    await waitForPanel(page);
    await expect(clipFromPopup(ext)).resolves.toMatchObject({ ok: true, value: { created: true } });
    const url = page.url();
    await page.close();
    await expect(sendFromExtensionPage(ext, { type: 'clip:status', url })).resolves.toMatchObject({ ok: true, value: { clipped: true } });
    seen.push(await observe());
  }, 120_000);
  afterAll(async () => {
    await harness?.close();
  });

  it('the panel’s host: same box, attributes, text, computed style and shape', () => {
    const [before, after] = seen;
    const panel = JSON.parse(before!.panel) as { panel: { text: string; style: string }; shape: string };
    expect(panel.panel.text).toBe('|');
    expect(panel.shape.length).toBeGreaterThan(0);
    expect(after!.panel).toBe(before!.panel);
  });

  it('the same Tab order, stop for stop', () => {
    const [before, after] = seen;
    // The site's own stops come first (the panel's host follows the page's content), then the panel's.
    expect(before!.focus[0]).not.toBe('ttdn-panel');
    expect(before!.focus).toContain('ttdn-panel');
    expect(after!.focus).toEqual(before!.focus);
  });

  it('the hover card’s host is the same, with no count from the collection to change it', () => {
    const [before, after] = seen;
    const card = JSON.parse(before!.card) as { card: { box: number[] } };
    expect(card.card.box).toEqual([0, 0, 0, 0]);
    expect(after!.card).toBe(before!.card);
  });

  it('no font was ever requested: the UI draws only in the system’s generic families', () => {
    expect(harness.unexpected.filter((request) => request.includes('/font/'))).toEqual([]);
    expect(harness.unexpected).toEqual([]);
  });
});
