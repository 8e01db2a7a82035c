/**
 * The panel stays at hand, in real Chromium: "×" closes it to the launcher,
 * which reopens it; the popup's (and keyboard command's) toggle message reopens
 * it with focus inside; it turns dark on a dark page and when the system prefers
 * dark; with an English browser it speaks English from the start.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ClosedUi } from '../../scripts/support/closed-ui';
import { seedFiles, seedPage } from '../../scripts/support/news-page';
import { askContentScripts, COLUMN_LAYOUT, rangeCentre, startHarness, waitForPanel, type Harness } from '../helpers/page';

const panelBackground = (ui: ClosedUi) => ui.map<string>('ttdn-panel', '.panel', 'function () { return getComputedStyle(this).backgroundColor; }');

describe('a panel that stays at hand', () => {
  let harness: Harness;
  let page: Page;
  let ui: ClosedUi;

  beforeAll(async () => {
    harness = await startHarness();
    ({ page } = await harness.open('/tin/at-hand.html', seedPage(seedFiles()[0]!, { headExtra: COLUMN_LAYOUT })));
    await waitForPanel(page);
    ui = await ClosedUi.attach(page);
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('closes to the launcher with "×", and the launcher opens it again', async () => {
    await ui.waitFor('ttdn-panel', '.panel');
    await ui.click('ttdn-panel', 'button[aria-label="Đóng bảng chú giải"]');
    await ui.waitFor('ttdn-panel', 'button.pill', { hasText: 'TTĐN' });
    await expect(ui.count('ttdn-panel', '.panel')).resolves.toBe(0);
    // Focus went to the launcher, not to nowhere.
    await expect(ui.map('ttdn-panel', 'button.pill', 'function () { return this.getRootNode().activeElement === this; }')).resolves.toEqual([true]);
    await ui.click('ttdn-panel', 'button.pill');
    await ui.waitFor('ttdn-panel', '.panel');
    await expect(ui.map('ttdn-panel', '.panel', 'function () { return this.getRootNode().activeElement === this; }')).resolves.toEqual([true]);
  });

  it('reopens from the popup’s message, from the launcher or from hidden, with focus inside', async () => {
    const options = await harness.browser.openExtensionPage('options.html');
    const ask = askContentScripts(options);
    await ui.click('ttdn-panel', 'button[aria-label="Đóng bảng chú giải"]');
    await ui.waitFor('ttdn-panel', 'button.pill');
    await expect(ask({ type: 'content:toggle-panel' })).resolves.toEqual({ ok: true, value: { visible: true } });
    await ui.waitFor('ttdn-panel', '.panel');
    await page.bringToFront();
    await expect(page.evaluate(() => document.activeElement?.localName)).resolves.toBe('ttdn-panel');
    await expect(ui.map('ttdn-panel', '.panel', 'function () { return this.getRootNode().activeElement === this; }')).resolves.toEqual([true]);
    // Toggled off it is gone, launcher and all; toggled on it is back.
    await expect(ask({ type: 'content:toggle-panel' })).resolves.toEqual({ ok: true, value: { visible: false } });
    await expect(page.locator('ttdn-panel').isVisible()).resolves.toBe(false);
    await expect(ask({ type: 'content:toggle-panel' })).resolves.toEqual({ ok: true, value: { visible: true } });
    await ui.waitFor('ttdn-panel', '.panel');
    await options.close();
  });

  it('is light on a light page, and dark when the system prefers dark', async () => {
    await expect(panelBackground(ui)).resolves.toEqual(['rgb(255, 251, 245)']);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => panelBackground(ui), { timeout: 5000 }).toEqual(['rgb(28, 25, 23)']);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => panelBackground(ui), { timeout: 5000 }).toEqual(['rgb(255, 251, 245)']);
  });

  it('is dark on a dark page', async () => {
    const dark = '<style>html,body{background:#111;color:#eee}</style>';
    const { page: night } = await harness.open('/tin/dark.html', seedPage(seedFiles()[0]!, { headExtra: COLUMN_LAYOUT + dark }));
    await waitForPanel(night);
    const nightUi = await ClosedUi.attach(night);
    await nightUi.waitFor('ttdn-panel', '.panel');
    await expect(panelBackground(nightUi)).resolves.toEqual(['rgb(28, 25, 23)']);
    await expect(night.locator('ttdn-panel').getAttribute('data-scheme')).resolves.toBe('dark');
    // The verdict's words against its box, as the browser paints them: AA contrast.
    const [colours] = await nightUi.map<{ fg: string; bg: string }>(
      'ttdn-panel',
      '.verdict .score',
      'function () { return { fg: getComputedStyle(this).color, bg: getComputedStyle(this.parentElement).backgroundColor }; }',
    );
    const { contrast } = await import('../../lib/base/color');
    expect(contrast(colours!.fg, colours!.bg)).toBeGreaterThanOrEqual(4.5);
    await nightUi.detach();
    await night.close();
  });
});

describe('a directive’s card on an article that names only the symbol', () => {
  let harness: Harness;
  afterAll(async () => {
    await harness?.close();
  });

  it('gives the reference list’s date as the language writes it, and says where it came from', async () => {
    harness = await startHarness();
    // A seed article that cites no directive, with one sentence that names 57-KL/TW and its subject but no date or issuer.
    const sentence = '<p>Hội nghị quán triệt Kết luận số 57-KL/TW về tăng cường tuyên truyền biển đảo tới cán bộ, đảng viên.</p>';
    const html = seedPage('004_8c32dc36a4ae1829.txt', { headExtra: COLUMN_LAYOUT }).replace('</p>', `</p>${sentence}`);
    const { page } = await harness.open('/tin/reference.html', html);
    await waitForPanel(page);
    const ui = await ClosedUi.attach(page);
    const directive = await rangeCentre(page, 'ttdn-directives');
    expect(directive).not.toBeNull();
    await page.mouse.move(directive!.x, directive!.y);
    await expect.poll(async () => (await ui.attributes('ttdn-card', '.card', 'class'))[0], { timeout: 5000 }).toContain('directive');
    const rows = await ui.texts('ttdn-card', 'dd');
    // This article's subject, the reference list's date (as Vietnamese writes it) and issuer, each said so.
    expect(rows[0]).toBe('Kết luận');
    expect(rows[1]).toBe('Bộ Chính trị (theo danh mục tham chiếu)');
    expect(rows[2]).toBe('15/6/2023 (theo danh mục tham chiếu)');
    expect(rows[3]).toMatch(/^về tăng cường tuyên truyền biển đảo/);
    expect(rows[3]).not.toContain('tham chiếu');
  });
});

describe('with an English browser', () => {
  let harness: Harness;
  afterAll(async () => {
    await harness?.close();
  });

  it('the panel speaks English from the start, launcher included', async () => {
    harness = await startHarness({ locale: 'en-US' });
    const { page } = await harness.open('/tin/english.html', seedPage(seedFiles()[0]!, { headExtra: COLUMN_LAYOUT }));
    await waitForPanel(page);
    const ui = await ClosedUi.attach(page);
    await ui.waitFor('ttdn-panel', '.panel');
    await expect(ui.text('ttdn-panel', 'h2')).resolves.toBe('Foreign information');
    await expect(ui.text('ttdn-panel', '.verdict .score')).resolves.toMatch(/^Score \d+% — (below|at or above) the 50% threshold/);
    // Each directive's kind in English beside the Vietnamese (lib/i18n/kind-glosses.ts).
    await expect(ui.texts('ttdn-panel', '.directives .sub')).resolves.toEqual(
      expect.arrayContaining([expect.stringMatching(/^Kết luận \(Conclusion\)/), expect.stringMatching(/^Nghị quyết \(Resolution\)/)]),
    );
    await ui.click('ttdn-panel', 'button[aria-label="Close the annotation panel"]');
    await expect(ui.text('ttdn-panel', 'button.pill')).resolves.toMatch(/^FI \d+$/);
  });
});
