/**
 * Clickjacking, in real Chromium with the built extension. The page restyles or
 * covers the panel and steers the reader's real click (the mouse, as trusted
 * input) onto "clip", "turn off on this site" or "pause everywhere": page CSS on
 * the host (opacity 0, moved, scaled, recoloured through @property), <html>'s
 * opacity, filter, transform and zoom, the panel moved under a decoy or under the
 * pointer, a top-layer element that lets clicks through, and double-click-jacking
 * (the cover goes, or the panel comes back, between the two clicks). No click it
 * steers changes anything, and the panel says the click was not taken; then the
 * reader's plain click, on a panel left alone, still clips.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClosedUi, type Box } from '../../scripts/support/closed-ui';
import { sendFromExtensionPage } from '../../scripts/support/collection';
import { seedFiles, seedPage } from '../../scripts/support/news-page';
import { COLUMN_LAYOUT, startHarness, waitForPanel, type Harness } from '../helpers/page';

const CLIP = 'button.clip';
const PAUSE = 'footer button:nth-child(2)';
const DISABLE = 'footer button:nth-child(1)';
const REFUSED = 'Chưa nhận cú bấm — hãy bấm lại.';
/** Longer than the 500 ms a control must have been seen for; a wait before acting, never a measured duration. */
const SETTLE_MS = 800;

/** Page CSS in a style element of the page's own, replaced by each trick. */
const setPageCss = (css: string) => `(() => {
  let style = document.getElementById('trick');
  if (!style) { style = document.createElement('style'); style.id = 'trick'; document.head.append(style); }
  style.textContent = ${JSON.stringify(css)};
})()`;

const VIEW = { width: 1280, height: 800 };
/** The centre of the part of a box inside the window. */
const centre = (box: Box) => {
  const left = Math.max(box.x, 0);
  const top = Math.max(box.y, 0);
  const right = Math.min(box.x + box.width, VIEW.width);
  const bottom = Math.min(box.y + box.height, VIEW.height);
  return { x: (left + right) / 2, y: (top + bottom) / 2 };
};

describe('a page cannot steer the reader’s click onto the panel’s consequential controls (Chromium)', () => {
  let harness: Harness;
  let ext: Page;
  let page: Page;
  let ui: ClosedUi;

  const clipped = async () => {
    const reply = await sendFromExtensionPage<{ clipped: boolean }>(ext, { type: 'clip:status', url: page.url() });
    return reply.ok && reply.value.clipped;
  };
  const settings = async () =>
    (
      await ext.evaluate(() =>
        (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('settings'),
      )
    ).settings as { paused?: boolean; disabledSites?: string[] } | undefined;

  /** Nothing changed: not clipped, not paused, not turned off; the panel is still up. */
  async function nothingChanged(): Promise<void> {
    expect(await clipped()).toBe(false);
    const stored = await settings();
    expect(stored?.paused ?? false).toBe(false);
    expect(stored?.disabledSites ?? []).toEqual([]);
    expect(await ui.attributes('ttdn-panel', CLIP, 'data-clip')).toEqual(['idle']);
  }

  /** Undoes every trick and lets the panel settle where the reader sees it. */
  async function restore(): Promise<void> {
    await ui.evaluate(`(() => {
      document.getElementById('trick')?.remove();
      for (const el of document.querySelectorAll('.decoy')) el.remove();
      const panel = document.querySelector('ttdn-panel');
      if (!panel.isConnected) document.documentElement.prepend(panel);
      panel.removeAttribute('style');
    })()`);
    await page.mouse.move(5, 790);
    await page.waitForTimeout(SETTLE_MS);
  }

  const box = async (selector: string) => (await ui.box('ttdn-panel', selector, { scroll: false }))!;

  beforeAll(async () => {
    harness = await startHarness();
    ext = await harness.browser.openExtensionPage('library.html');
    ({ page } = await harness.open('/tin/clickjacking.html', seedPage(seedFiles()[0]!, { headExtra: COLUMN_LAYOUT })));
    await waitForPanel(page);
    ui = await ClosedUi.attach(page);
    if ((await ui.count('ttdn-panel', 'button.pill')) > 0) await ui.click('ttdn-panel', 'button.pill');
    // The clip button and the footer in view inside the panel, once; then left alone.
    await ui.box('ttdn-panel', 'footer');
    await ui.waitFor('ttdn-panel', CLIP);
    await page.waitForTimeout(SETTLE_MS);
  }, 90_000);
  afterAll(async () => {
    await harness?.close();
  });

  it('page CSS on the host cannot hide, move, scale or recolour the panel', async () => {
    const before = await box(CLIP);
    const colours = () => ui.map<string>('ttdn-panel', `.panel, ${CLIP}`, 'function () { const s = getComputedStyle(this); return s.color + s.backgroundColor; }');
    const shown = await colours();
    await ui.evaluate(
      setPageCss(`
      @property --ttdn-bg { syntax: '<length>'; inherits: false; initial-value: 0px; }
      @property --ttdn-text { syntax: '<color>'; inherits: false; initial-value: transparent; }
      ttdn-panel { opacity: 0 !important; visibility: hidden !important; transform: scale(4) !important; left: 600px !important; top: 400px !important;
        filter: opacity(0) !important; clip-path: inset(50%) !important; zoom: 3 !important; pointer-events: auto !important; --ttdn-bg: transparent !important; }
      ttdn-panel::after { content: ''; position: fixed; inset: 0; background: white; }
      ttdn-card { pointer-events: auto !important; }`),
    );
    await ui.evaluate(`document.querySelector('ttdn-panel').setAttribute('style', 'opacity: 0 !important; display: none !important; position: static !important')`);
    const host = await ui.evaluate<string>(`(() => { const s = getComputedStyle(document.querySelector('ttdn-panel')); return [s.opacity, s.visibility, s.transform, s.filter, s.clipPath, s.zoom, s.display, s.position].join('|'); })()`);
    expect(host).toBe('1|visible|none|none|none|1|block|fixed');
    expect(await box(CLIP)).toEqual(before);
    expect(await colours()).toEqual(shown);
    expect(await ui.evaluate<string>(`getComputedStyle(document.querySelector('ttdn-panel'), '::after').content`)).toBe('none');
    await restore();
  });

  it('<html> opacity or filter hides the panel: the click on the hidden control does not count', async () => {
    for (const css of ['html { opacity: 0.01 }', 'html { filter: opacity(0) }']) {
      await ui.evaluate(setPageCss(css));
      await page.waitForTimeout(SETTLE_MS);
      for (const control of [CLIP, PAUSE, DISABLE]) {
        const at = centre(await box(control));
        await page.mouse.click(at.x, at.y);
      }
      await nothingChanged();
      expect(await ui.text('ttdn-panel', '.clip-state')).toBe(REFUSED);
      await restore();
    }
  });

  it('the panel moved under a decoy (a <html> transform, a containing block) does not take the click meant for the decoy', async () => {
    for (const css of ['html { transform: translate(-420px, 0) }', 'html { contain: layout; margin-top: 150px }']) {
      await ui.evaluate(setPageCss(css));
      const at = centre(await box(CLIP));
      // The decoy lies over the control and lets the click through to it.
      await ui.evaluate(`(() => {
        const decoy = document.createElement('div');
        decoy.className = 'decoy';
        decoy.textContent = 'Nhận quà';
        decoy.style.cssText = 'position:fixed;left:${at.x - 150}px;top:${at.y - 30}px;width:300px;height:60px;background:#fc0;z-index:2147483647;pointer-events:none';
        document.body.append(decoy);
      })()`);
      await page.waitForTimeout(SETTLE_MS);
      await page.mouse.click(at.x, at.y);
      await nothingChanged();
      await restore();
    }
  });

  it('the panel moved under the pointer just before the click does not take it', async () => {
    const at = centre(await box(CLIP));
    await page.mouse.move(at.x - 400, at.y + 200);
    await ui.evaluate(setPageCss('html { transform: translate(-400px, 200px) }'));
    await page.mouse.down();
    await page.mouse.up();
    await nothingChanged();
    await restore();
  });

  it('scaled around one control (<html> transform or zoom), the control does not take a click', async () => {
    const natural = await box(CLIP);
    const { x, y } = centre(natural);
    // Blown up to fill the window (wherever the reader clicks, it is there), or shrunk to a speck over the page's own button.
    for (const css of [`html { transform: scale(30); transform-origin: ${x}px ${y}px }`, 'html { zoom: 0.1 }', 'html { zoom: 4 }']) {
      await ui.evaluate(setPageCss(css));
      await page.waitForTimeout(SETTLE_MS);
      const scaled = await box(CLIP);
      expect(scaled.width).not.toBeCloseTo(natural.width, 0);
      const at = centre(scaled);
      await page.mouse.click(at.x, at.y);
      await nothingChanged();
      await restore();
    }
  });

  it('a top-layer element that lets clicks through covers the panel: the click under it does not count', async () => {
    await ui.evaluate(`(() => {
      const cover = document.createElement('div');
      cover.className = 'decoy';
      cover.popover = 'manual';
      cover.textContent = 'Bấm vào đây để đọc tiếp';
      cover.style.cssText = 'inset:0;width:100vw;height:100vh;margin:0;border:0;background:#fff;pointer-events:none';
      document.body.append(cover);
      cover.showPopover();
    })()`);
    await page.waitForTimeout(SETTLE_MS);
    for (const control of [CLIP, PAUSE, DISABLE]) {
      const at = centre(await box(control));
      await page.mouse.click(at.x, at.y);
    }
    await nothingChanged();
    await restore();
  });

  it('double-click-jacking: the cover goes, or the panel comes back, between the two clicks; the second does not count', async () => {
    const at = centre(await box(CLIP));
    // An opaque button over the control; its first press takes it away.
    await ui.evaluate(`(() => {
      const cover = document.createElement('button');
      cover.className = 'decoy';
      cover.textContent = 'Nhấp đúp để xác minh bạn không phải robot';
      cover.style.cssText = 'position:fixed;left:${at.x - 200}px;top:${at.y - 60}px;width:400px;height:120px;z-index:2147483647;background:#eee';
      cover.addEventListener('mousedown', () => cover.remove());
      document.body.append(cover);
    })()`);
    await page.waitForTimeout(SETTLE_MS);
    await page.mouse.dblclick(at.x, at.y);
    await nothingChanged();
    await restore();

    // The panel taken out of the page and put back at the first press.
    await ui.evaluate(`(() => {
      const panel = document.querySelector('ttdn-panel');
      panel.remove();
      addEventListener('mousedown', () => document.documentElement.prepend(panel), { once: true, capture: true });
    })()`);
    await page.waitForTimeout(SETTLE_MS);
    await page.mouse.dblclick(at.x, at.y);
    await nothingChanged();
    await restore();
  });

  it('the reader’s own click on a panel left alone still clips', async () => {
    const at = centre(await box(CLIP));
    await page.mouse.click(at.x, at.y);
    await ui.waitFor('ttdn-panel', '.clip-state', { hasText: 'Đã lưu vào bộ sưu tập' });
    expect(await clipped()).toBe(true);
    expect((await settings())?.paused ?? false).toBe(false);
  });
});
