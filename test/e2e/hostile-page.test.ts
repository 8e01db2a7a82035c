/**
 * A hostile news page, in real Chromium with the built extension. Its OWN
 * scripts (in the page's HTML, not page.evaluate, which would hand them the
 * user's activation) try every attack on the in-page UI: find and press every
 * control, synthetic pointer, mouse and key events, a canonical URL naming
 * another site's clipped article, reading the clip state, the directive counts
 * and the UI's size, forged WXT start-up messages and events, a fake
 * navigation. Nothing may be stored, changed, revealed or torn down; then the
 * user's own click (the real mouse, found through the DevTools protocol since
 * the UI is in closed shadow roots) still clips, under the page's own URL.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_NAME } from '../../lib/store/db';
import { ClosedUi } from '../../scripts/support/closed-ui';
import { sendFromExtensionPage } from '../../scripts/support/collection';
import { seedFiles, seedPage } from '../../scripts/support/news-page';
import { COLUMN_LAYOUT, paintedTexts, startHarness, waitForPanel, type Harness } from '../helpers/page';

const VICTIM = { host: 'nhandan.vn', path: '/bai-cua-nguoi-dung.html' };

/** Runs before the extension does: would catch any shadow root made in the page's world, and every window message. */
const EARLY = (extensionId: string) => `<script>
  window.__captured = [];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { const root = attach.call(this, init); window.__captured.push(root); return root; };
  window.__messages = [];
  addEventListener('message', (e) => { try { const text = JSON.stringify(e.data); if (text.includes(${JSON.stringify(extensionId)})) window.__messages.push(text); } catch {} });
</script>`;

/** The attack, as the page's own script. It reports what it saw into #report. */
const ATTACK = (extensionId: string) => `<pre id="report"></pre><script>
(async () => {
  const EXT = ${JSON.stringify(extensionId)};
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const box = (el) => { const r = el.getBoundingClientRect(); return [r.x, r.y, r.width, r.height].map(Math.round).join(','); };
  const report = {};
  while (!document.querySelector('ttdn-panel[data-state="ready"]')) await sleep(50);
  await sleep(1500); // the clip state and the directive counts have arrived by now
  const panel = document.querySelector('ttdn-panel');
  const changes = [];
  new MutationObserver((records) => {
    for (const r of records) for (const n of [...r.addedNodes, ...r.removedNodes]) if (n.localName && n.localName.startsWith('ttdn-')) changes.push(n.localName);
  }).observe(document.documentElement, { childList: true });

  report.activation = navigator.userActivation.hasBeenActive;
  report.shadowRoot = panel.shadowRoot;
  report.captured = window.__captured.length;
  report.text = panel.textContent + panel.innerText;
  report.attributes = panel.getAttributeNames().sort();
  report.boxBefore = box(panel);
  try { panel.attachShadow({ mode: 'open' }); report.reattach = 'allowed'; } catch (e) { report.reattach = e.name; }
  report.reachable = document.querySelectorAll('ttdn-panel *, ttdn-card *, button.clip, [data-clip], [data-key]').length;

  // Any root it could reach: read it, and press every control in it.
  const roots = [panel.shadowRoot, ...window.__captured].filter(Boolean);
  report.readable = roots.map((root) => root.textContent).join('');
  // Press everything it can find, and every point of the panel.
  let pressed = 0;
  for (const el of [panel, ...document.querySelectorAll('ttdn-panel, ttdn-card'), ...roots.flatMap((root) => [...root.querySelectorAll('*')])]) { el.click(); pressed++; }
  const r = panel.getBoundingClientRect();
  for (let x = r.left + 3; x < r.right; x += 10) {
    for (let y = r.top + 3; y < r.bottom; y += 10) {
      const target = document.elementFromPoint(x, y);
      if (!target) continue;
      const at = { bubbles: true, composed: true, cancelable: true, clientX: x, clientY: y };
      for (const type of ['pointerdown', 'pointerup']) target.dispatchEvent(new PointerEvent(type, at));
      for (const type of ['mousedown', 'mouseup', 'click']) target.dispatchEvent(new MouseEvent(type, at));
      pressed++;
    }
  }
  panel.focus();
  for (const key of ['Tab', 'Enter', ' ', 'Escape']) {
    for (const target of [panel, document.activeElement || document.body, document]) {
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true }));
    }
  }
  report.pressed = pressed;

  // A forged pointer over a directive: would show its card with the collection's count.
  const range = [...(CSS.highlights.get('ttdn-directives') || [])][0];
  if (range) {
    range.startContainer.parentElement.scrollIntoView({ block: 'center' });
    await sleep(100);
    const rr = range.getBoundingClientRect();
    const x = rr.x + 3, y = rr.y + rr.height / 2;
    (document.elementFromPoint(x, y) || document.body).dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: x, clientY: y }));
  }
  await sleep(500);
  const card = document.querySelector('ttdn-card');
  report.card = card && !card.hidden ? box(card) : null;

  // What the extension itself said to the page's window (WXT announces each start with the extension id).
  report.messages = window.__messages.slice();

  // WXT's start-up signal and location event, forged with the (public) extension id; a fake navigation.
  const started = EXT + ':content:wxt:content-script-started';
  window.postMessage({ type: started, contentScriptName: 'content', messageId: 'forged' }, '*');
  document.dispatchEvent(new CustomEvent(started, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
  window.dispatchEvent(new Event(EXT + ':content:wxt:locationchange'));
  window.dispatchEvent(new CustomEvent(EXT + ':content:wxt:locationchange'));
  if (window.navigation) navigation.dispatchEvent(new Event('navigatesuccess'));
  history.replaceState(null, '', location.href);
  await sleep(2500); // the content script checks for navigation and orphaning once a second

  report.changes = changes;
  report.connected = panel.isConnected;
  report.state = panel.dataset.state;
  report.hidden = panel.hidden;
  report.boxAfter = box(panel);
  report.highlights = (CSS.highlights.get('ttdn-officials') || new Set()).size;
  document.getElementById('report').textContent = JSON.stringify(report);
})();
</script>`;

interface Report {
  activation: boolean;
  shadowRoot: unknown;
  captured: number;
  text: string;
  attributes: string[];
  boxBefore: string;
  boxAfter: string;
  reattach: string;
  reachable: number;
  readable: string;
  pressed: number;
  card: string | null;
  changes: string[];
  connected: boolean;
  state: string;
  hidden: boolean;
  highlights: number;
  messages: string[];
}

describe('a hostile page cannot act for the user, read the collection or tear the UI down', () => {
  let harness: Harness;
  let ext: Page;
  let page: Page;
  let ui: ClosedUi;
  let report: Report;
  let victimTitle: string;

  const status = async (url: string) => sendFromExtensionPage<{ clipped: boolean; id?: string }>(ext, { type: 'clip:status', url });
  const settings = async () => (await ext.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('settings'))).settings as { paused?: boolean; disabledSites?: string[] } | undefined;

  beforeAll(async () => {
    harness = await startHarness();
    ext = await harness.browser.openExtensionPage('library.html');

    // The user clipped an article on another site, with a real click.
    const victim = await harness.open(VICTIM.path, seedPage(seedFiles()[1]!, { headExtra: COLUMN_LAYOUT }), { host: VICTIM.host });
    await waitForPanel(victim.page);
    victimTitle = (await victim.page.locator('h1').textContent())!.trim();
    const victimUi = await ClosedUi.attach(victim.page);
    if ((await victimUi.count('ttdn-panel', 'button.pill')) > 0) await victimUi.click('ttdn-panel', 'button.pill');
    await victimUi.click('ttdn-panel', 'button.clip');
    await victimUi.waitFor('ttdn-panel', '.clip-state', { hasText: 'Đã lưu vào bộ sưu tập' });
    await victimUi.detach();
    await victim.page.close();

    // The hostile page names the victim's article as its canonical URL, and attacks once the panel is up.
    const id = harness.browser.extensionId;
    const html = seedPage(seedFiles()[0]!, {
      headExtra: COLUMN_LAYOUT + EARLY(id),
      canonical: harness.server.at(VICTIM.host, VICTIM.path),
      tail: ATTACK(id),
    });
    let errors: string[];
    ({ page, errors } = await harness.open('/tin/trang-doc-hai.html', html));
    ui = await ClosedUi.attach(page);
    await ui.until(`document.getElementById('report').textContent`, 30_000).catch((error: Error) => {
      throw new Error(`${error.message}; the page's errors: ${errors.join(' | ')}`);
    });
    report = JSON.parse(await ui.evaluate<string>(`document.getElementById('report').textContent`)) as Report;
  }, 90_000);
  afterAll(async () => {
    await harness?.close();
  });

  it('ran as the page’s own script, with no user activation', () => {
    expect(report.activation).toBe(false);
    expect(report.pressed).toBeGreaterThan(100);
  });

  it('finds no control: the UI is in closed shadow roots made outside the page’s reach', () => {
    expect(report.shadowRoot).toBeNull();
    expect(report.captured).toBe(0);
    expect(report.reachable).toBe(0);
    expect(report.readable).toBe('');
    expect(report.text).toBe('');
    expect(report.reattach).toBe('NotSupportedError');
    // What the host shows: its state and side (an attribute its own locked sheet reads), nothing about the collection.
    expect(report.attributes).toEqual(['data-side', 'data-state']);
  });

  it('stores nothing and changes no setting', async () => {
    await expect(status(page.url())).resolves.toEqual({ ok: true, value: { clipped: false } });
    expect(await ui.attributes('ttdn-panel', 'button.clip', 'data-clip')).toEqual(['idle']);
    const stored = await settings();
    expect(stored?.paused ?? false).toBe(false);
    expect(stored?.disabledSites ?? []).toEqual([]);
  });

  it('learns nothing: the panel does not take the other site’s clip state, its size never moved, no card showed', async () => {
    // Our own panel shows this page as not clipped, although its canonical URL names a clipped article.
    expect(await ui.text('ttdn-panel', '.clip-state')).toBe('\u00a0');
    expect(report.boxAfter).toBe(report.boxBefore);
    expect(report.card).toBeNull();
    expect(report.messages).toEqual([]);
  });

  it('tore nothing down and re-ran nothing: forged WXT messages and events change nothing', async () => {
    expect(report.changes).toEqual([]);
    expect(report.connected).toBe(true);
    expect(report.state).toBe('ready');
    expect(report.hidden).toBe(false);
    expect(report.highlights).toBeGreaterThan(0);
    expect(await ui.isVisible('ttdn-panel', '.panel, .pill')).toBe(true);
    expect((await paintedTexts(page, 'ttdn-officials')).length).toBeGreaterThan(0);
  });

  it('the user’s real click still clips, under the page’s own URL; the other site’s clipping is untouched', async () => {
    const hostBox = () => ui.evaluate<string>(`(() => { const r = document.querySelector('ttdn-panel').getBoundingClientRect(); return [r.x, r.y, r.width, r.height].map(Math.round).join(','); })()`);
    const before = await hostBox();
    if ((await ui.count('ttdn-panel', 'button.pill')) > 0) await ui.click('ttdn-panel', 'button.pill');
    await ui.click('ttdn-panel', 'button.clip');
    await ui.waitFor('ttdn-panel', '.clip-state', { hasText: 'Đã lưu vào bộ sưu tập' });
    const own = await status(page.url());
    expect(own).toMatchObject({ ok: true, value: { clipped: true } });
    // What the page can measure did not change with the clip.
    expect(await hostBox()).toBe(before);

    const victim = await status(harness.server.at(VICTIM.host, VICTIM.path));
    expect(victim).toMatchObject({ ok: true, value: { clipped: true } });
    expect(victim.ok && victim.value.id).not.toBe(own.ok && own.value.id);
    const titles = await ext.evaluate(async (name) => {
      const open = indexedDB.open(name);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const cards = await new Promise<{ title: string; canonicalUrl: string }[]>((resolve) => {
        const get = db.transaction('clippings').objectStore('clippings').getAll();
        get.onsuccess = () => resolve(get.result);
      });
      db.close();
      return cards.map((c) => `${c.title} @ ${new URL(c.canonicalUrl).pathname}`).sort();
    }, DB_NAME);
    const pageTitle = (await page.locator('h1').textContent())!.trim();
    expect(titles).toEqual([`${pageTitle} @ /tin/trang-doc-hai.html`, `${victimTitle} @ ${VICTIM.path}`].sort());
  });

  it('no clipping data sits where a content script (or a compromised page process) can read it', async () => {
    // The popup's copy of the newest cards exists, for the extension's pages…
    const head = await ext.evaluate(async () => (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.session.get('collectionHead'));
    expect(JSON.stringify(head)).toContain(victimTitle);
    // …and is out of the content script's reach: storage.session refuses it, storage.local holds no card.
    const seen = await ui.inContentScript<{ local: string; session: string }>(
      harness.browser.extensionId,
      `(async () => {
        const local = JSON.stringify(await chrome.storage.local.get(null));
        let session;
        try { session = JSON.stringify(await chrome.storage.session.get(null)); } catch (e) { session = 'refused'; }
        return { local, session };
      })()`,
    );
    expect(seen.session).toBe('refused');
    expect(seen.local).not.toContain(victimTitle);
    expect(seen.local).not.toContain('collectionHead');
  });
});
