/**
 * The user's controls over in-page annotation, in real Chromium: switching a
 * site off from the panel (remembered across reloads) and back on from the
 * options page, the global pause, categories, colours, language and topic
 * threshold taking effect on an open page, and clipping from the panel.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ClosedUi } from '../../scripts/support/closed-ui';
import { seedFiles, seedPage } from '../../scripts/support/news-page';
import { askContentScripts, COLUMN_LAYOUT, paintedTexts, startHarness, waitForPanel, type Harness } from '../helpers/page';

describe('controlling the annotation', () => {
  let harness: Harness;
  let page: Page;
  let options: Page;
  let ui: ClosedUi;

  beforeAll(async () => {
    harness = await startHarness();
    ({ page } = await harness.open('/tin/controls.html', seedPage(seedFiles()[0]!, { headExtra: COLUMN_LAYOUT })));
    await waitForPanel(page);
    ui = await ClosedUi.attach(page);
    options = await harness.browser.openExtensionPage('options.html');
  });
  afterAll(async () => {
    await harness?.close();
  });

  const annotated = async () => (await paintedTexts(page, 'ttdn-officials')).length > 0;

  it('switches the site off from the panel, remembers it, and the options page turns it back on', async () => {
    // The user's real click: the content script asks the background, which turns off this tab's own site.
    await ui.click('ttdn-panel', 'button.link', { hasText: 'Tắt trên trang này' });
    await expect.poll(annotated, { timeout: 5000 }).toBe(false);
    await expect(page.locator('ttdn-panel').count()).resolves.toBe(0);

    await page.reload();
    await page.waitForTimeout(1500); // a listed-site run attaches well within this
    await expect(annotated()).resolves.toBe(false);

    await options.reload();
    const site = options.locator('li[data-site="vietnamplus.vn"]');
    await expect(site.textContent()).resolves.toContain('vietnamplus.vn');
    await site.getByRole('button', { name: 'Bật lại' }).click();
    await waitForPanel(page);
    await expect.poll(annotated, { timeout: 5000 }).toBe(true);
  });

  it('pauses everywhere and resumes from the options page', async () => {
    const paused = options.locator('input[name="paused"]');
    await paused.check();
    await expect.poll(annotated, { timeout: 5000 }).toBe(false);
    await paused.uncheck();
    await waitForPanel(page);
    await expect.poll(annotated, { timeout: 5000 }).toBe(true);
  });

  it('shows only the categories chosen, in the colours chosen', async () => {
    await options.locator('input[name="show-officials"]').uncheck();
    await expect.poll(annotated, { timeout: 5000 }).toBe(false);
    await expect(ui.count('ttdn-panel', '.list.officials')).resolves.toBe(0);
    await expect.poll(async () => (await paintedTexts(page, 'ttdn-directives')).length).toBeGreaterThan(0);
    await options.locator('input[name="show-officials"]').check();
    await expect.poll(annotated, { timeout: 5000 }).toBe(true);

    await options.locator('input[name="color-directives"]').fill('#1e3a8a');
    const style = () =>
      page.evaluate(() => {
        const range = [...(CSS.highlights.get('ttdn-directives') ?? [])][0] as Range;
        const style = getComputedStyle(range.startContainer.parentElement!, '::highlight(ttdn-directives)');
        return `${style.backgroundColor} ${style.color}`;
      });
    // Dark colour: light text, so it stays readable.
    await expect.poll(style, { timeout: 5000 }).toBe('rgb(30, 58, 138) rgb(255, 255, 255)');
    await options.getByRole('button', { name: 'Khôi phục màu mặc định' }).click();
    await expect.poll(style, { timeout: 5000 }).toBe('rgb(186, 230, 253) rgb(17, 17, 17)');
  });

  it('follows the language and the topic threshold', async () => {
    const verdict = async () => (await ui.attributes('ttdn-panel', '.verdict', 'data-verdict'))[0];
    const verdictText = () => ui.text('ttdn-panel', '.verdict');
    await expect(verdict()).resolves.toBe('yes');
    await options.locator('select').selectOption('en');
    await expect.poll(verdictText, { timeout: 5000 }).toContain('About foreign-information work');
    await options.locator('input[name="threshold-default"]').uncheck();
    await options.locator('input[name="threshold"]').fill('1');
    await expect.poll(verdict, { timeout: 5000 }).toBe('no');
    await expect(verdictText()).resolves.toContain('Not about foreign-information work');
    await options.locator('input[name="threshold-default"]').check();
    await options.locator('select').selectOption('vi');
    await expect.poll(verdict, { timeout: 5000 }).toBe('yes');
  });

  it('answers the popup: the page status, and showing or hiding the panel', async () => {
    const ask = askContentScripts(options);
    const status = (await ask({ type: 'content:status' })) as {
      ok: boolean;
      value: { state: string; article: { title: string }; analysis: { officials: { name: string }[] } };
    };
    expect(status.ok).toBe(true);
    expect(status.value.state).toBe('ready');
    expect(status.value.article.title).toContain('thông tin đối ngoại');
    expect(status.value.analysis.officials.map((o) => o.name)).toContain('Lại Xuân Môn');

    await expect(ask({ type: 'content:toggle-panel' })).resolves.toEqual({ ok: true, value: { visible: false } });
    await expect(page.locator('ttdn-panel').isVisible()).resolves.toBe(false);
    await expect(ask({ type: 'content:toggle-panel' })).resolves.toEqual({ ok: true, value: { visible: true } });
    await expect(ui.isVisible('ttdn-panel', '.panel')).resolves.toBe(true);
  });

  it('clips the article from the panel, or shows why the collection refused', async () => {
    // Whether this build's background keeps a collection yet: ask it the way the content script does.
    const known = await options.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } };
      const reply = await chrome.runtime.sendMessage({ type: 'clip:status', url: 'https://example.vn/x' });
      return reply.ok;
    });
    await ui.click('ttdn-panel', 'button.clip', { hasText: 'Lưu' });
    if (known) {
      await expect.poll(async () => (await ui.attributes('ttdn-panel', 'button.clip', 'data-clip'))[0], { timeout: 5000 }).toBe('saved');
      await expect(ui.text('ttdn-panel', '.clip-state')).resolves.toBe('Đã lưu vào bộ sưu tập');
    } else {
      await expect(ui.text('ttdn-panel', '[role="alert"]')).resolves.toContain('Không lưu được');
    }
  });

  it('pauses everywhere from the panel on the user’s real click, and resumes from the options page', async () => {
    await ui.click('ttdn-panel', 'button.link', { hasText: 'Tạm dừng ở mọi trang' });
    await expect.poll(annotated, { timeout: 5000 }).toBe(false);
    await options.reload();
    const paused = options.locator('input[name="paused"]');
    await expect(paused.isChecked()).resolves.toBe(true);
    await paused.uncheck();
    await waitForPanel(page);
    await expect.poll(annotated, { timeout: 5000 }).toBe(true);
  });
});
