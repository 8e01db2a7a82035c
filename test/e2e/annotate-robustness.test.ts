/**
 * In-page annotation on difficult pages, in real Chromium: strict CSP, page
 * scripts that broke the built-ins, text in shadow roots and frames, fields and
 * editors that must stay untouched, decomposed text, and hostile pages (huge
 * text, huge DOM, a node changing every 10 ms) that must stay responsive.
 * Long tasks are printed for information; timings are never asserted here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClosedUi } from '../../scripts/support/closed-ui';
import { newsPage, seedPage } from '../../scripts/support/news-page';
import type { ExtensionBrowser } from '../../scripts/support/chromium';
import { COLUMN_LAYOUT, fold, gold, goldMissing, paintedTexts, startHarness, waitForPanel, type Harness } from '../helpers/page';

const OFFICIAL = 'Đồng chí Lê Hải Bình, Phó Trưởng ban Tuyên giáo Trung ương';
const PARAGRAPHS = [
  'Hội nghị toàn quốc về công tác thông tin đối ngoại diễn ra tại Hà Nội với sự tham dự của nhiều bộ, ngành, địa phương.',
  `${OFFICIAL}, phát biểu chỉ đạo hội nghị, đề nghị tiếp tục thực hiện Kết luận số 57-KL/TW của Bộ Chính trị.`,
  'Các đại biểu thảo luận giải pháp nâng cao hiệu quả thông tin đối ngoại trên không gian mạng trong thời gian tới.',
];

/** Long tasks the page saw, recorded by the page itself from the start: [start, duration]. */
const LONG_TASKS = `<script>window.__longTasks=[];try{new PerformanceObserver(function(l){l.getEntries().forEach(function(e){window.__longTasks.push([e.startTime,e.duration])})}).observe({type:'longtask',buffered:true})}catch(e){}</script>`;

describe('annotating difficult pages in Chromium', () => {
  let harness: Harness;
  let browser: ExtensionBrowser;
  const open = (path: string, html: string, headers: Record<string, string> = {}) => harness.open(path, html, { headers });

  beforeAll(async () => {
    harness = await startHarness();
    browser = harness.browser;
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('works under a strict Content-Security-Policy', async () => {
    const { page, errors } = await open('/tin/csp.html', newsPage({ title: 'Hội nghị thông tin đối ngoại', paragraphs: PARAGRAPHS, headExtra: COLUMN_LAYOUT }), {
      'content-security-policy': "default-src 'none'; style-src 'none'; script-src 'none'; img-src 'none'; connect-src 'none'",
    });
    await waitForPanel(page);
    await expect(paintedTexts(page, 'ttdn-officials')).resolves.toContain('Lê Hải Bình');
    await expect(paintedTexts(page, 'ttdn-directives')).resolves.toEqual(['Kết luận số 57-KL/TW']);
    // The page's own layout styles are blocked too, so the article is full width and the panel starts as a
    // small button; our styles still reached its shadow root.
    const ui = await ClosedUi.attach(page);
    await expect(ui.map('ttdn-panel', '.pill', 'function () { return getComputedStyle(this).borderRadius; }')).resolves.toEqual(['999px']);
    await ui.click('ttdn-panel', '.pill');
    await expect.poll(async () => (await ui.box('ttdn-panel', '.panel', { scroll: false }))?.width).toBe(300);
    expect(errors.filter((e) => !e.includes('Content Security Policy'))).toEqual([]);
    await page.close();
  });

  it('works when page scripts have broken the built-ins', async () => {
    const breakBuiltins = `<script>
      (function () {
        var broken = function () { throw new Error('broken by the page'); };
        ['map', 'filter', 'forEach', 'includes', 'indexOf', 'some', 'every', 'join', 'slice', 'sort', 'flatMap'].forEach(function (m) { Array.prototype[m] = broken; });
        Object.keys = broken; Object.assign = broken; Object.entries = broken; JSON.parse = broken; JSON.stringify = broken;
        String.prototype.normalize = broken; String.prototype.replace = broken; String.prototype.split = broken; String.prototype.toLowerCase = broken;
        RegExp.prototype.exec = broken; RegExp.prototype.test = broken;
        Element.prototype.querySelectorAll = broken; Element.prototype.closest = broken; Element.prototype.getBoundingClientRect = broken;
        Node.prototype.appendChild = broken; Node.prototype.insertBefore = broken; Node.prototype.contains = broken;
        Map.prototype.get = broken; Map.prototype.set = broken; Set.prototype.add = broken; Set.prototype.has = broken;
        document.createRange = broken; document.createTreeWalker = broken; window.MutationObserver = undefined; window.requestIdleCallback = broken;
      })();
    </script>`;
    const { page } = await open('/tin/broken.html', newsPage({ title: 'Hội nghị thông tin đối ngoại', paragraphs: PARAGRAPHS, headExtra: COLUMN_LAYOUT + breakBuiltins }));
    await waitForPanel(page);
    // Read the registry from a fresh isolated world: the page's world is too broken for Playwright's evaluate.
    const cdp = await browser.context.newCDPSession(page);
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'test-reader' });
    const { result } = await cdp.send('Runtime.evaluate', {
      contextId: executionContextId,
      returnByValue: true,
      expression: `[...(CSS.highlights.get('ttdn-officials') ?? [])].map((r) => r.toString())`,
    });
    expect(result.value).toContain('Lê Hải Bình');
    await expect((await ClosedUi.attach(page)).count('ttdn-panel', '.verdict')).resolves.toBe(1);
    await page.close();
  });

  it('annotates open shadow roots and same-origin frames, but never fields, editors, hidden text or markup-looking text', async () => {
    const body = [
      ...PARAGRAPHS,
      'Ngoài ra, hội nghị ghi nhận ý kiến của nhiều đại biểu từ các tỉnh, thành phố về công tác thông tin đối ngoại.',
    ];
    const tail = `<script>
      var article = document.querySelector('.article-body');
      var host = document.createElement('div'); host.id = 'shadow-host'; article.appendChild(host);
      host.attachShadow({ mode: 'open' }).innerHTML = '<p>Trong khối riêng: đồng chí Lại Xuân Môn, Ủy viên Trung ương Đảng, dự hội nghị.</p>';
      var frame = document.createElement('iframe'); frame.id = 'frame';
      frame.srcdoc = '<!doctype html><meta charset="utf-8"><p>Trong khung: Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn phát biểu.</p>';
      article.appendChild(frame);
      var untouchable = document.createElement('div');
      untouchable.innerHTML = '<textarea>Bộ trưởng Bùi Thanh Sơn</textarea><input value="Lê Hải Bình">' +
        '<div contenteditable="true">Đồng chí Lê Hải Bình, Phó Trưởng ban Tuyên giáo Trung ương</div>' +
        '<p hidden>Đồng chí Lê Hải Bình, Phó Trưởng ban Tuyên giáo Trung ương</p>' +
        '<p id="markup">&lt;b&gt;Kết luận số 57-KL/TW&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;</p>';
      article.appendChild(untouchable);
      document.addEventListener('DOMContentLoaded', function () { window.__bodyAtLoad = document.body.innerHTML; });
    </script>`;
    const { page, errors } = await open('/tin/shadow.html', newsPage({ title: 'Hội nghị thông tin đối ngoại', paragraphs: body, headExtra: COLUMN_LAYOUT, tail }));
    await waitForPanel(page);
    await expect.poll(() => paintedTexts(page, 'ttdn-officials', '#frame'), { timeout: 10_000 }).toContain('Bùi Thanh Sơn');
    const where = await page.evaluate(() => {
      const ranges = [...(CSS.highlights.get('ttdn-officials') ?? []), ...(CSS.highlights.get('ttdn-directives') ?? [])];
      return ranges.map((r) => {
        const root = r.startContainer.getRootNode();
        const el = r.startContainer.parentElement;
        return {
          text: r.toString(),
          inShadow: root !== document && (root as ShadowRoot).host?.id === 'shadow-host',
          inForbidden: !!el?.closest('textarea, input, [contenteditable], [hidden]'),
          inMarkup: !!el?.closest('#markup'),
        };
      });
    });
    expect(where.some((r) => r.inShadow && r.text === 'Lại Xuân Môn')).toBe(true);
    expect(where.filter((r) => r.inForbidden)).toEqual([]);
    // "<b>Kết luận số 57-KL/TW</b>" written as text is still text: highlighted as text, no element made from it.
    expect(where.filter((r) => r.inMarkup).map((r) => r.text)).toEqual(['Kết luận số 57-KL/TW']);
    await expect(page.locator('#markup b').count()).resolves.toBe(0);
    // With the highlight API the page's own DOM is left exactly as the page made it.
    const [now, atLoad] = await page.evaluate(() => [document.body.innerHTML, (window as unknown as { __bodyAtLoad: string }).__bodyAtLoad]);
    expect(now).toBe(atLoad);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.skipIf(goldMissing)('finds the officials in decomposed (NFD) text', async () => {
    const seed = gold().find((s) => s.id === 'seed-002')!;
    const nfd = seedPage(seed.file, { headExtra: COLUMN_LAYOUT }).normalize('NFD');
    const { page } = await open('/tin/nfd.html', nfd);
    await waitForPanel(page);
    const painted = (await paintedTexts(page, 'ttdn-officials')).map(fold);
    for (const official of seed.officials) expect(painted).toContain(fold(official.name));
    await page.close();
  });

  describe('hostile pages stay responsive', () => {
    async function survive(name: string, html: string) {
      const { page, errors } = await open(`/tin/${name}.html`, html);
      await page.locator('ttdn-panel[data-state="ready"], ttdn-panel[data-state="no-article"]').waitFor({ state: 'attached', timeout: 60_000 });
      // The page still answers its user.
      await page.evaluate(() => {
        const button = document.createElement('button');
        button.id = 'probe';
        button.onclick = () => (button.dataset.clicked = 'yes');
        document.body.prepend(button);
      });
      await page.click('#probe');
      await expect(page.locator('#probe').getAttribute('data-clicked')).resolves.toBe('yes');
      const { tasks, parsed } = await page.evaluate(() => ({
        tasks: (window as unknown as { __longTasks: [number, number][] }).__longTasks,
        parsed: performance.getEntriesByType('navigation')[0]!.toJSON().domContentLoadedEventEnd as number,
      }));
      const after = tasks.filter(([start]) => start >= parsed).map(([, duration]) => Math.round(duration));
      console.info(`${name}: long tasks after the page was parsed (the page's first layout included): [${after.join(', ')}] ms`);
      expect(errors).toEqual([]);
      return page;
    }

    it('5 MB of text', async () => {
      const paragraph = `${PARAGRAPHS[1]} ${'Nội dung dài để thử sức chịu đựng của trang. '.repeat(10)}`;
      const paragraphs = Array.from({ length: Math.ceil(5_000_000 / paragraph.length) }, () => paragraph);
      const page = await survive('big-text', newsPage({ title: 'Trang rất dài', paragraphs, headExtra: LONG_TASKS }));
      // Annotation is capped, but what it covers is painted.
      expect((await paintedTexts(page, 'ttdn-officials')).length).toBeGreaterThan(0);
      await page.close();
    });

    it('50 000 elements', async () => {
      const cells = Array.from({ length: 2500 }, (_, i) => `<div class="c"><span>ô ${i}</span>${'<i>x</i>'.repeat(18)}</div>`).join('');
      const page = await survive('many-elements', newsPage({ title: 'Trang nhiều phần tử', paragraphs: PARAGRAPHS, headExtra: LONG_TASKS, tail: `<section>${cells}</section>` }));
      await expect(page.evaluate(() => document.getElementsByTagName('*').length)).resolves.toBeGreaterThan(50_000);
      await expect(paintedTexts(page, 'ttdn-officials')).resolves.toContain('Lê Hải Bình');
      await page.close();
    });

    it('a node that changes every 10 ms, inside the article', async () => {
      const tail = `<script>
        var clock = document.createElement('p'); clock.id = 'clock';
        document.querySelector('.article-body').appendChild(clock);
        var n = 0; setInterval(function () { clock.textContent = 'Cập nhật lần ' + (++n); }, 10);
      </script>`;
      const page = await survive('ticking', newsPage({ title: 'Trang cập nhật liên tục', paragraphs: PARAGRAPHS, headExtra: LONG_TASKS + COLUMN_LAYOUT, tail }));
      await page.waitForTimeout(2000);
      // Still annotated after two seconds of churn, and the clock is still ticking.
      await expect(paintedTexts(page, 'ttdn-officials')).resolves.toContain('Lê Hải Bình');
      const ticks = await page.locator('#clock').textContent();
      expect(Number(ticks!.replace(/\D/g, ''))).toBeGreaterThan(20);
      await page.close();
    });
  });

  it('made no network request of its own on any of these pages', () => {
    expect(harness.unexpected).toEqual([]);
  });
});
