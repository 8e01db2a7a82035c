/**
 * The analyst's workbench end to end in Chromium, on real host names: clip
 * from the popup and type a note and two tags with the keyboard alone, then
 * see them on the library card and the clipping's page; open an official's
 * research page from the in-page hover card; star an official and have the
 * next article naming them announced on the toolbar badge and in the popup.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClosedUi } from '../../scripts/support/closed-ui';
import { openPopupFor, sendFromExtensionPage } from '../../scripts/support/collection';
import { seedPage } from '../../scripts/support/news-page';
import { COLUMN_LAYOUT, fold, gold, rangeCentre, startHarness, waitForPanel, type Harness } from '../helpers/page';

const SEED = gold()[0]?.file ?? '000_f5247a170da7453b.txt';
const OFFICIAL = 'Lại Xuân Môn';

describe('the analyst’s workbench in Chromium', () => {
  let harness: Harness;
  let ext: Page;
  const open = async (path: string) => {
    const { page } = await harness.open(path, seedPage(SEED, { headExtra: COLUMN_LAYOUT }));
    await waitForPanel(page);
    return page;
  };

  beforeAll(async () => {
    harness = await startHarness();
    ext = await harness.browser.openExtensionPage('library.html');
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('clips with a note and two tags from the keyboard, and shows them on the card and the clipping’s page', async () => {
    const article = await open('/tin/ghi-chu.html');
    const popup = await openPopupFor(harness.browser, article);
    const clip = popup.getByRole('button', { name: 'Lưu bài này' });
    await clip.waitFor();
    await clip.focus();
    await popup.keyboard.press('Enter');
    // The keyboard lands in the note as soon as the clip is saved.
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('clip-note');
    await popup.keyboard.type('Cần theo dõi phát biểu này');
    await popup.keyboard.press('Tab');
    await popup.keyboard.type('thông tin đối ngoại, quý IV');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('.current-tab [role="status"]').textContent()).toBe('Đã lưu ghi chú và nhãn.');
    await popup.close();
    await article.close();

    const library = await harness.browser.openExtensionPage('library.html');
    const card = library.locator('.clipping').first();
    await expect.poll(() => card.locator('.clipping-note').textContent()).toBe('Cần theo dõi phát biểu này');
    await expect.poll(() => card.locator('.tag-chip').allTextContents()).toEqual(['#thông tin đối ngoại', '#quý IV']);
    const href = await card.locator('.clipping-view-link').getAttribute('href');
    await library.goto(new URL(href!, library.url()).href);
    await expect.poll(() => library.locator('.your-words .clip-note').textContent()).toBe('Cần theo dõi phát biểu này');
    await expect.poll(() => library.locator('.your-words .tag-chip').allTextContents()).toEqual(['#thông tin đối ngoại', '#quý IV']);
    await library.close();
  });

  it('opens an official’s research page from the in-page hover card', async () => {
    const page = await open('/tin/the-ho-so.html');
    const ui = await ClosedUi.attach(page);
    const official = await rangeCentre(page, 'ttdn-officials', OFFICIAL);
    expect(official).not.toBeNull();
    await page.mouse.move(official!.x, official!.y);
    await ui.waitFor('ttdn-card', 'button.open', { timeout: 5000 });
    // The pointer crosses to the card and presses its door: a real, trusted click.
    const opened = harness.browser.context.waitForEvent('page', { timeout: 10_000 });
    await ui.click('ttdn-card', 'button.open');
    const research = await opened;
    await research.waitForLoadState();
    expect(research.url()).toMatch(/^chrome-extension:\/\/[a-z]+\/research\.html#official=/);
    expect(fold(decodeURIComponent(research.url().split('#official=')[1]!))).toBe(fold(OFFICIAL));
    await research.close();
    await ui.detach();
    await page.close();
  });

  it('announces a starred official named in a newly opened article on the badge and in the popup, not in the page', async () => {
    const star = await sendFromExtensionPage(ext, { type: 'watch:set', subject: { kind: 'official', name: OFFICIAL }, starred: true });
    expect(star.ok).toBe(true);
    const page = await open('/tin/nguoi-theo-doi.html');
    const worker = await harness.browser.serviceWorker();
    const badge = () =>
      worker.evaluate(async () => {
        const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> }; action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> } } }).chrome;
        const [tab] = (await chrome.tabs.query({})).filter((t) => t.url?.includes('/tin/nguoi-theo-doi.html'));
        return { text: await chrome.action.getBadgeText({ tabId: tab!.id }), title: await chrome.action.getTitle({ tabId: tab!.id }) };
      });
    await expect.poll(async () => (await badge()).text, { timeout: 10_000 }).toBe('★1');
    expect((await badge()).title).toBe(`★ ${OFFICIAL}`);
    // Nothing in the page says so: its text is what it was.
    expect(await page.evaluate(() => document.body.innerText.includes('★'))).toBe(false);
    const popup = await openPopupFor(harness.browser, page);
    await expect.poll(() => popup.locator('.watched-here').textContent(), { timeout: 10_000 }).toBe(`★ Bài này nêu người và văn bản bạn theo dõi: ${OFFICIAL}`);
    await popup.close();
    await page.close();
  });
});
