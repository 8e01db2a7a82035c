/**
 * Reprints end to end in Chromium, on real host names: the same agency story
 * on three sites (each with its own lead line and byline), clipped from the
 * popup on each, is one card in the library listing the three sites.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPopupFor } from '../../scripts/support/collection';
import { newsPage } from '../../scripts/support/news-page';
import { devArticles } from '../helpers/shared-corpus';
import { startHarness, waitForPanel, type Harness } from '../helpers/page';

const TITLE = 'Tăng cường hợp tác thông tin đối ngoại giữa các cơ quan báo chí';
const story = devArticles().find((a) => a.text.split(/\s+/).length > 200)!;
const SITES = [
  { host: 'www.vietnamplus.vn', lead: 'Hà Nội (TTXVN) - Tin từ phóng viên thường trú.', published: '2025-03-01T08:00:00+07:00' },
  { host: 'nhandan.vn', lead: 'Theo Thông tấn xã Việt Nam, tin đăng lại.', published: '2025-03-02T08:00:00+07:00' },
  { host: 'baoquocte.vn', lead: 'Báo Quốc tế giới thiệu bài viết của TTXVN.', published: '2025-03-03T08:00:00+07:00' },
];

describe('reprints in Chromium', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('folds the same story clipped on three sites into one card listing the three', async () => {
    for (const { host, lead, published } of SITES) {
      const paragraphs = [lead, ...story.text.split(/(?<=\.)\s+/)];
      const { page } = await harness.open('/thoi-su/hop-tac-thong-tin-doi-ngoai.html', newsPage({ title: TITLE, paragraphs, published }), { host });
      await waitForPanel(page);
      const popup = await openPopupFor(harness.browser, page);
      const clip = popup.getByRole('button', { name: 'Lưu bài này' });
      await clip.waitFor();
      await clip.click();
      await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('clip-note');
      await popup.close();
      await page.close();
    }

    const library = await harness.browser.openExtensionPage('library.html');
    await expect.poll(() => library.locator('.result-count').textContent()).toBe('3 bài · 1 câu chuyện (bài đăng lại gộp một)');
    await expect.poll(() => library.locator('.clipping').count()).toBe(1);
    const line = await library.locator('.clipping-reprints').textContent();
    expect(line).toBe('Xem từng bài (3) Cùng bài đăng trên: baoquocte.vn (3/3/2025) · nhandan.vn (2/3/2025) · vietnamplus.vn (1/3/2025)');
    await library.getByRole('button', { name: 'Xem từng bài (3)' }).click();
    await expect.poll(() => library.locator('.clipping .clipping-site').allTextContents()).toEqual(['baoquocte.vn', 'nhandan.vn', 'vietnamplus.vn']);
    await library.close();
  });
});
