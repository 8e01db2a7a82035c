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
import { ClosedUi } from '../support/closed-ui';
import { sendFromExtensionPage } from '../support/collection';
import { seedFiles, seedPage } from '../support/news-page';
import { askContentScripts, COLUMN_LAYOUT, rangeCentre, startHarness, waitForPanel, type Harness } from './page-helpers';

const FAMILIES = ['system-ui', 'sans-serif', '-apple-system', 'Segoe UI', 'Roboto', 'Arial', 'Helvetica', 'Noto Sans'];

/** The page's own font rules: a request to /font/… means our UI drew a glyph in a font the page serves. */
const FONTS = `<style>${FAMILIES.map((family, i) => `@font-face { font-family: "${family}"; src: url("/font/${i}.woff2"); }`).join('\n')}
@property --ttdn-text { syntax: '<color>'; inherits: true; initial-value: #000; }</style>`;

/** What the page can read about our UI from outside, as its own script would. */
const OBSERVE = `(() => {
  const read = (el) => {
    if (!el) return null;
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return {
      box: [r.x, r.y, r.width, r.height],
      sizes: [el.offsetWidth, el.offsetHeight, el.scrollWidth, el.scrollHeight, el.clientWidth, el.clientHeight],
      attributes: el.getAttributeNames().map((n) => n + '=' + el.getAttribute(n)),
      text: el.textContent + '|' + el.innerText,
      children: el.childNodes.length,
      style: [...style].map((p) => p + ':' + style.getPropertyValue(p)).join(';'),
      hidden: el.hidden,
      matches: [':hover', ':focus', ':focus-within', ':defined'].filter((s) => el.matches(s)),
    };
  };
  const panel = document.querySelector('ttdn-panel');
  // Which points of the window hit the panel: its shape, as far as a page can map it.
  const shape = [];
  for (let y = 4; y < innerHeight; y += 8) for (let x = 4; x < innerWidth; x += 8) if (document.elementFromPoint(x, y) === panel) shape.push(x + ',' + y);
  return JSON.stringify({ panel: read(panel), card: read(document.querySelector('ttdn-card')), shape: shape.join(' '), hosts: document.querySelectorAll('ttdn-panel, ttdn-card').length });
})()`;

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
    const focus: string[] = [];
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      focus.push(await ui.evaluate<string>(`(() => { const a = document.activeElement; return a ? a.localName + (a.id ? '#' + a.id : '') + (a.getAttribute('href') ?? '') : 'none'; })()`));
    }
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
    await expect(askContentScripts(ext)({ type: 'content:clip' })).resolves.toMatchObject({ ok: true, value: { created: true } });
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
    expect(before!.focus[0]).toBe('ttdn-panel');
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
