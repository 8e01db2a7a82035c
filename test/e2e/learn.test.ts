/**
 * Learning from the collection, end to end in Chromium with the built
 * extension: an official clipped from one article (named with a title) is
 * shown in the popup "from your collection" over a second article that names
 * him without one, and nothing of it reaches the second page: no highlight,
 * no word in the panel, no change to its DOM. Then, in the clipping's own
 * view, a finding is marked wrong and a person is added by selecting text
 * with the keyboard; both stay after a reload.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClosedUi } from '../../scripts/support/closed-ui';
import { clipArticle, openPopupFor, sendFromExtensionPage, unfoldPage } from '../../scripts/support/collection';
import { newsPage } from '../../scripts/support/news-page';
import { paintedTexts, startHarness, waitForPanel, type Harness } from '../helpers/page';

const VINH = 'Phạm Quang Vinh';
/** A name the matcher leaves alone (no title): the user adds him by hand. */
const TUNG = 'Ngô Thanh Tùng';
const FIRST = newsPage({
  title: 'Hội nghị triển khai công tác thông tin đối ngoại năm 2025',
  paragraphs: [
    'Sáng nay tại Hà Nội diễn ra hội nghị triển khai công tác thông tin đối ngoại năm 2025.',
    `Đồng chí ${VINH}, Thứ trưởng Bộ Ngoại giao, phát biểu chỉ đạo hội nghị.`,
    'Hội nghị quán triệt Kết luận số 57-KL/TW của Bộ Chính trị về nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới.',
    'Các đại biểu thống nhất đổi mới phương thức tuyên truyền, quảng bá hình ảnh đất nước ra thế giới.',
    `Nhà nghiên cứu ${TUNG} trình bày tham luận tại hội nghị.`,
  ],
});
const SECOND = newsPage({
  title: 'Tọa đàm về quảng bá hình ảnh quốc gia trong tình hình mới tại Hà Nội',
  paragraphs: [
    'Chiều qua, tọa đàm về quảng bá hình ảnh quốc gia trong tình hình mới được tổ chức tại Hà Nội.',
    `Tham dự tọa đàm có ${VINH} cùng đại diện nhiều cơ quan báo chí đối ngoại.`,
    'Đồng chí Lê Hải Bình, Phó Trưởng Ban Tuyên giáo Trung ương, phát biểu khai mạc.',
    'Các ý kiến nhấn mạnh vai trò của báo chí trong công tác thông tin đối ngoại, nhất là trên các nền tảng số.',
    'Tọa đàm cũng bàn về việc phối hợp giữa các cơ quan trong nước và các cơ quan đại diện Việt Nam ở nước ngoài để lan tỏa những câu chuyện đẹp về đất nước, con người Việt Nam.',
    'Kết thúc tọa đàm, ban tổ chức ghi nhận nhiều kiến nghị cụ thể để đưa vào kế hoạch năm tới.',
  ],
});

describe('learning from the collection in Chromium', () => {
  let harness: Harness;
  let library: Page;
  let second: Page;
  let firstUrl: string;

  beforeAll(async () => {
    harness = await startHarness();
    library = await harness.browser.openExtensionPage('library.html');
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('the popup shows the clipped official, untitled on the second article, as “from your collection”', async () => {
    const { page: first } = await harness.open('/tin/hoi-nghi-ttdn.html', FIRST);
    await waitForPanel(first);
    await clipArticle(library, first);
    firstUrl = first.url();
    ({ page: second } = await harness.open('/tin/toa-dam.html', SECOND));
    await waitForPanel(second);
    const popup = await openPopupFor(harness.browser, second);
    await unfoldPage(popup);
    const section = popup.locator('.from-collection');
    await section.waitFor({ timeout: 15_000 });
    await expect(section.locator('h3').textContent()).resolves.toBe('Từ bộ sưu tập của bạn');
    const entry = section.locator('.learnt-official');
    await expect(entry.textContent()).resolves.toContain(VINH);
    await expect(entry.textContent()).resolves.toContain('Thứ trưởng Bộ Ngoại giao');
    await expect(entry.textContent()).resolves.toContain('1 bài đã lưu');
    await popup.close();
  });

  it('nothing of it is in the page: no highlight, no word in the panel, no change to the page’s DOM', async () => {
    // The page's own annotation stands: the titled official is highlighted, the learnt one is not.
    const painted = await paintedTexts(second, 'ttdn-officials');
    expect(painted).toContain('Lê Hải Bình');
    expect(painted.join(' ')).not.toContain(VINH);
    const ui = await ClosedUi.attach(second);
    // The panel in full, opened from its small button as a reader does.
    if ((await ui.count('ttdn-panel', 'button.pill')) > 0) await ui.click('ttdn-panel', 'button.pill');
    await ui.waitFor('ttdn-panel', '.panel');
    const panelText = (await ui.texts('ttdn-panel', ':host > *, *')).join(' ');
    await ui.detach();
    expect(panelText).toContain('Lê Hải Bình');
    expect(panelText).not.toContain(VINH);
    expect(panelText).not.toContain('bộ sưu tập của bạn');
    // The light DOM names him exactly as the site wrote him, once, and carries no mark of ours.
    const html = await second.content();
    expect(html.split(VINH).length - 1).toBe(1);
    expect(html).not.toMatch(/bộ sưu tập của bạn|from your collection|learnt/i);
    await expect(second.locator('mark').count()).resolves.toBe(0);
  });

  it('in the clipping’s own view, a finding marked wrong and a person added by keyboard selection stay after a reload', async () => {
    const list = await sendFromExtensionPage<{ id: string }>(library, { type: 'clip:status', url: firstUrl });
    expect(list.ok).toBe(true);
    const id = list.ok ? list.value.id! : '';
    const view = await harness.browser.openExtensionPage(`research.html#clipping=${encodeURIComponent(id)}`);
    await view.locator('.found-official').first().waitFor();
    await expect(view.locator('.found-official').allTextContents()).resolves.toEqual([expect.stringContaining(VINH)]);

    await view.getByRole('button', { name: `Đánh dấu sai: ${VINH}` }).click();
    await view.locator('.rejected li').filter({ hasText: VINH }).waitFor();
    await expect(view.locator('.found-official').count()).resolves.toBe(0);

    // The caret before the name, then the name selected with Shift+→, as a keyboard user does.
    const box = view.locator('textarea.clip-text');
    const at = (await box.inputValue()).indexOf(TUNG);
    await view.bringToFront();
    await box.focus();
    await box.evaluate((el, start) => (el as HTMLTextAreaElement).setSelectionRange(start, start), at);
    for (let i = 0; i < TUNG.length; i++) await view.keyboard.press('Shift+ArrowRight');
    const selection = () => box.evaluate((el) => [(el as HTMLTextAreaElement).selectionStart, (el as HTMLTextAreaElement).selectionEnd]);
    await expect(selection()).resolves.toEqual([at, at + TUNG.length]);
    // Typing over it changes nothing: the text is the clipping's.
    const before = await box.inputValue();
    await view.keyboard.type('x');
    await expect(box.inputValue()).resolves.toBe(before);
    await expect(selection()).resolves.toEqual([at, at + TUNG.length]);
    await view.getByRole('button', { name: 'Thêm quan chức' }).click();
    await view.locator('.found-official').filter({ hasText: 'bạn thêm' }).waitFor();

    await view.reload();
    await view.locator('.rejected li').filter({ hasText: VINH }).waitFor();
    await expect(view.locator('.found-official').allTextContents()).resolves.toEqual([expect.stringMatching(new RegExp(`^${TUNG}.*bạn thêm`))]);
    await view.close();
  });
});
