/**
 * Firefox: Debian's Firefox ESR (headless) driven over WebDriver BiDi by
 * puppeteer-core, which installs the Firefox build as a temporary add-on. The
 * fixture page's own script first tries to press the panel, as a hostile page
 * would, and reports what it saw to the local server: it reaches nothing.
 * Firefox has no IntersectionObserver v2, so the extension cannot tell whether
 * the reader saw a control the page may have covered or moved: the panel there
 * carries no clip, turn-off or pause control (they are in the popup, which no
 * page can draw over), and says where clipping is. The popup's way of clipping
 * (its message to the tab's content script, sent here from the extension's own
 * options page) clips the article. Elements inside the closed shadow root are
 * found over BiDi, which serialises closed roots with includeShadowTree: "all".
 */
import { existsSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFiles, seedPage } from '../../scripts/support/news-page';
import { startServer, type FixtureServer } from '../../scripts/support/server';
import { clipFromPopup, FIREFOX, firefoxWithOptions, type FirefoxExtension } from '../helpers/firefox-extension';

/** A .vn host from the installed list. */
const FIREFOX_HOST = 'www.baohatinh.vn';

// The page watches for the panel the content script adds once the background
// has answered, then tries to press the clip button from its own script, as a
// hostile page would: the panel's shadow root is closed to it, and a click on
// the panel's host from a script is not the user's. It posts what it saw to /report.
const SELF_CHECK = `<script>
(function () {
  var started = Date.now();
  function report(result) { fetch('/report', { method: 'POST', body: JSON.stringify(result) }); }
  (function poll() {
    var panel = document.querySelector('ttdn-panel');
    var state = panel && panel.getAttribute('data-state');
    if (state === 'ready' || state === 'error') {
      var officials = CSS.highlights && CSS.highlights.get('ttdn-officials');
      var result = { state: state, highlighted: officials ? officials.size : 0, shadowRoot: panel.shadowRoot !== null };
      // Every point of the panel, clicked from the page's script, then the host itself.
      var r = panel.getBoundingClientRect(), pressed = 0;
      for (var x = r.left + 3; x < r.right; x += 10) for (var y = r.top + 3; y < r.bottom; y += 10) {
        var target = document.elementFromPoint(x, y);
        if (!target) continue;
        target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }));
        pressed++;
      }
      panel.click();
      result.pressed = pressed;
      result.reachable = document.querySelectorAll('ttdn-panel *, button.clip, [data-clip]').length;
      result.text = panel.textContent;
      return setTimeout(function () {
        result.stillThere = panel.isConnected && panel.getAttribute('data-state') === 'ready';
        report(result);
      }, 1500);
    }
    if (Date.now() - started > 30000) return report({ state: state || 'absent' });
    setTimeout(poll, 200);
  })();
})();
</script>`;

/** What the page saw: the panel's state, how many officials are highlighted, and what its own clicks could reach. */
interface Report {
  state: string;
  highlighted?: number;
  shadowRoot?: boolean;
  pressed?: number;
  reachable?: number;
  text?: string;
  stillThere?: boolean;
}

/** The raw WebDriver BiDi session under puppeteer-core's page (public fields of its BiDi objects, not typed). */
interface BidiSession {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}
interface BidiPageParts {
  context: string;
  session: BidiSession;
  target: object;
}
function bidi(page: Page): BidiPageParts {
  const frame = page.mainFrame() as unknown as { browsingContext: { id: string }; realms: { default: { realm: { session: BidiSession; target: object } } } };
  const { session, target } = frame.realms.default.realm;
  return { context: frame.browsingContext.id, session, target };
}

type RemoteNode = { sharedId?: string; value?: { shadowRoot?: RemoteNode | null; attributes?: Record<string, string> } };

/** The element matching `selector` inside the closed shadow root of `host`, as a BiDi shared reference; null when none. */
async function inClosedRoot(page: Page, host: string, selector: string): Promise<string | null> {
  const { context, session, target } = bidi(page);
  const { result } = await session.send('script.evaluate', {
    expression: `document.querySelector(${JSON.stringify(host)})`,
    target,
    awaitPromise: false,
    userActivation: false,
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const root = (result as { result?: RemoteNode }).result?.value?.shadowRoot?.sharedId;
  if (!root) return null;
  const located = await session.send('browsingContext.locateNodes', { context, locator: { type: 'css', value: selector }, startNodes: [{ sharedId: root }] });
  return (located.result as { nodes: RemoteNode[] }).nodes[0]?.sharedId ?? null;
}

/** A real mouse click at the centre of the element (scrolled into view first): trusted input, as the user's. */
async function userClick(page: Page, sharedId: string): Promise<void> {
  const { context, session, target } = bidi(page);
  await session.send('script.callFunction', {
    functionDeclaration: `function () { this.scrollIntoView({ block: 'center' }); }`,
    this: { sharedId },
    target,
    awaitPromise: false,
    userActivation: false,
  });
  await session.send('input.performActions', {
    context,
    actions: [
      {
        type: 'pointer',
        id: 'mouse',
        parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId } } },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ],
  });
}

describe.skipIf(!existsSync(FIREFOX))('the built extension in Firefox', () => {
  let server: FixtureServer;
  let page: Page;
  let firefox: FirefoxExtension | undefined;
  let url: string;
  let report: Promise<Report>;

  beforeAll(async () => {
    server = await startServer();
    report = new Promise((resolveReport) => {
      server.route('/report', (_req, res, body) => {
        res.writeHead(204).end();
        resolveReport(JSON.parse(body) as Report);
      });
    });
    server.page('/tin/firefox.html', seedPage(seedFiles()[0]!, { tail: SELF_CHECK }));
    // A listed provincial paper's host name, resolved to this machine by Firefox itself
    // (network.dns.localDomains): the build grants nothing on 127.0.0.1 or localhost.
    url = server.plainAt(FIREFOX_HOST, '/tin/firefox.html');
    firefox = await firefoxWithOptions({ 'network.dns.localDomains': FIREFOX_HOST });
    page = await firefox.browser.newPage();
    await page.goto(url);
  }, 60_000);

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('runs the content script, which gets its answer from the background, highlights the officials; the page’s own clicks reach nothing', async () => {
    const timeout = new Promise<Report>((_, reject) => setTimeout(() => reject(new Error('no report from the page within 45 s')), 45_000));
    const result = await Promise.race([report, timeout]);
    expect(result.state).toBe('ready');
    // The seed names two officials, several times: Firefox paints them with the CSS Highlight API too.
    expect(result.highlighted).toBeGreaterThan(2);
    // The page's script finds no control to press (closed shadow root), and its clicks on the panel change nothing it can see.
    expect(result.shadowRoot).toBe(false);
    expect(result.reachable).toBe(0);
    expect(result.text).toBe('');
    expect(result.pressed).toBeGreaterThan(0);
    expect(result.stillThere).toBe(true);
  }, 50_000);

  it('the panel carries no consequential control (no way to tell a seen click); the page’s clicks clipped nothing; the popup’s way clips', async () => {
    await report;
    // Without room beside the article the panel starts as a small button: the user opens it first.
    const pill = await inClosedRoot(page, 'ttdn-panel', 'button.pill');
    if (pill) await userClick(page, pill);
    await expect.poll(() => inClosedRoot(page, 'ttdn-panel', '.clip-elsewhere'), { timeout: 5000 }).not.toBeNull();
    for (const selector of ['button.clip', 'footer', '[data-guard]']) expect(await inClosedRoot(page, 'ttdn-panel', selector)).toBeNull();
    const options = firefox!.options;
    type Ext = { browser: { runtime: { sendMessage(m: object): Promise<unknown> } } };
    const status = () => options.evaluate((u) => (globalThis as unknown as Ext).browser.runtime.sendMessage({ type: 'clip:status', url: u }), url);
    // The page pressed every point of the panel: the article is still not clipped.
    expect(await status()).toEqual({ ok: true, value: { clipped: false } });
    // The popup's "Clip": one message to the background, which takes the article from the tab.
    const reply = await clipFromPopup(options);
    expect(reply).toMatchObject({ ok: true, value: { created: true } });
    // Stored by the background in Firefox's IndexedDB.
    expect(await status()).toMatchObject({ ok: true, value: { clipped: true } });
  }, 30_000);
});
