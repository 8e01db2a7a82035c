import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '@/components/popup/Popup';
import { readRecords, saveClipping, updateClipping } from '@/lib/store/clippings';
import { collectionHead } from '@/lib/collection/head';
import { fold } from '@/lib/text/fold';
import { recordPage } from '@/lib/store/recent';
import { BINH, clippingInput, HD111, KL57, MON, NGHIA, NQ47 } from '../../../../scripts/support/clippings';
import { $, allLoaded, button, choose, eventually, setUp, titles, type, withText } from '../../../helpers/harness';

const ARTICLE_URL = 'https://www.vietnamplus.vn/bai-dang-doc.vnp';

describe('popup', () => {
  let ui: ReturnType<typeof setUp>;
  beforeEach(async () => {
    ui = setUp();
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 42, url: ARTICLE_URL } as never]);
    await saveClipping(ui.db, clippingInput({ title: 'Bài một', spec: { officials: [NGHIA, BINH], directives: [KL57, NQ47] } }), 1_000);
    await saveClipping(ui.db, clippingInput({ title: 'Bài hai', site: 'nhandan.vn', spec: { officials: [MON], directives: [KL57, HD111] } }), 2_000);
    await saveClipping(ui.db, clippingInput({ title: 'Giá vàng hôm nay', site: 'vnexpress.net', text: 'Giá vàng tăng.', spec: { foreignInfo: false } }), 3_000);
  });
  afterEach(async () => {
    await ui.tearDown();
  });

  it('lists the collection newest first, in Vietnamese', async () => {
    ui.show(<Popup db={ui.db} />);
    await eventually(() => expect(titles(ui.container)).toEqual(['Giá vàng hôm nay', 'Bài hai', 'Bài một']));
    await eventually(() => expect($(ui.container, '#collection-heading').textContent).toContain('Bộ sưu tập (3)'));
    expect(button(ui.container, 'Xuất')).toBeTruthy();
    expect(button(ui.container, 'Nhập')).toBeTruthy();
  });

  it('filters by official, directive, site and topic, with counts per value', async () => {
    ui.show(<Popup db={ui.db} />);
    await allLoaded(ui.container, 3);
    const directive = $(ui.container, 'select[name="directive"]') as HTMLSelectElement;
    expect([...directive.options].map((o) => o.textContent)).toEqual(['Tất cả', '57-KL/TW (2)', '111-HD/BTGTW (1)', '47/NQ-CP (1)']);

    choose(directive, '57-KL/TW');
    await eventually(() => expect(titles(ui.container)).toEqual(['Bài hai', 'Bài một']));
    choose($(ui.container, 'select[name="official"]') as HTMLSelectElement, fold(BINH.name));
    await eventually(() => expect(titles(ui.container)).toEqual(['Bài một']));
    expect($(ui.container, '.result-count').textContent).toBe('1 trên 3 bài');

    button(ui.container, 'Bỏ lọc').click();
    await allLoaded(ui.container, 3);
    choose($(ui.container, 'select[name="topic"]') as HTMLSelectElement, 'no');
    await eventually(() => expect(titles(ui.container)).toEqual(['Giá vàng hôm nay']));
    choose($(ui.container, 'select[name="topic"]') as HTMLSelectElement, '');
    await allLoaded(ui.container, 3);
    choose($(ui.container, 'select[name="site"]') as HTMLSelectElement, 'nhandan.vn');
    await eventually(() => expect(titles(ui.container)).toEqual(['Bài hai']));
  });

  it('searches title and text whatever the tone placement and case', async () => {
    ui.show(<Popup db={ui.db} />);
    await allLoaded(ui.container, 3);
    type($(ui.container, 'input[type="search"]') as HTMLInputElement, 'LẠI XUÂN MÔN');
    await eventually(() => expect(titles(ui.container)).toEqual(['Bài hai']));
    type($(ui.container, 'input[type="search"]') as HTMLInputElement, 'giá vàng');
    await eventually(() => expect(titles(ui.container)).toEqual(['Giá vàng hôm nay']));
  });

  it('replaces the stored copy of the newest rows with the live ones, leaving nothing stale', async () => {
    const [stale] = await ui.db.clippings.toArray();
    await collectionHead.setValue([{ ...stale!, id: 'gone', title: 'Bài đã xoá ở nơi khác' }]);
    ui.show(<Popup db={ui.db} />);
    await allLoaded(ui.container, 3);
    expect(titles(ui.container)).toEqual(['Giá vàng hôm nay', 'Bài hai', 'Bài một']);
  });

  it('imports refresh the stored copy of the newest rows', async () => {
    ui.show(<Popup db={ui.db} />);
    await allLoaded(ui.container, 3);
    const records = await readRecords(ui.db);
    const newer = { ...records[0]!, id: 'moi', canonicalUrl: 'https://nhandan.vn/bai-moi-nhat', url: 'https://nhandan.vn/bai-moi-nhat', title: 'Bài mới nhập', clippedAt: '2030-01-01T00:00:00.000Z', updatedAt: '2030-01-01T00:00:00.000Z' };
    const input = $(ui.container, 'input[type="file"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([JSON.stringify({ format: 'ttdn-clippings', version: 1, exportedAt: '2030-01-02T00:00:00Z', clippings: [newer] })], 'x.json')] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await eventually(async () => expect((await collectionHead.getValue())[0]?.title).toBe('Bài mới nhập'));
  });

  it('shows a clip made elsewhere without being reopened', async () => {
    ui.show(<Popup db={ui.db} />);
    await allLoaded(ui.container, 3);
    await saveClipping(ui.db, clippingInput({ title: 'Bài từ thẻ khác' }), 4_000);
    await eventually(() => expect(titles(ui.container)[0]).toBe('Bài từ thẻ khác'));
  });

  it('edits note and tags through the background', async () => {
    ui.show(<Popup db={ui.db} />);
    await allLoaded(ui.container, 3);
    button(ui.container, 'Sửa ghi chú và nhãn của “Bài hai”').click();
    await eventually(() => expect(ui.container.querySelector('dialog')).not.toBeNull());
    const dialog = $(ui.container, 'dialog');
    type($(dialog, 'textarea') as HTMLTextAreaElement, '<b>Trích dẫn</b> cho báo cáo');
    type($(dialog, 'input') as HTMLInputElement, 'TTĐN, quý III');
    button(dialog, 'Lưu thay đổi').click();
    await eventually(() => expect(ui.container.querySelector('dialog')).toBeNull());
    const saved = (await readRecords(ui.db)).find((r) => r.title === 'Bài hai');
    expect(saved).toMatchObject({ note: '<b>Trích dẫn</b> cho báo cáo', tags: ['TTĐN', 'quý III'] });
    // The note shows as text, never as markup.
    await eventually(() => expect(withText(ui.container, '.clipping-note', '<b>Trích dẫn</b>')).toHaveLength(1));
    expect(ui.container.querySelector('.clipping-note b')).toBeNull();
  });

  it('deletes with undo, and undo brings back the identical clipping', async () => {
    ui.show(<Popup db={ui.db} />);
    await allLoaded(ui.container, 3);
    const before = (await readRecords(ui.db)).find((r) => r.title === 'Bài một');
    button(ui.container, 'Xoá bài “Bài một”').click();
    await eventually(() => expect(titles(ui.container)).toEqual(['Giá vàng hôm nay', 'Bài hai']));
    expect($(ui.container, '[role="status"]').textContent).toContain('Đã xoá “Bài một”');
    // The keyboard is on "Hoàn tác", since the row it was on is gone.
    await eventually(() => expect(document.activeElement).toBe(button(ui.container, 'Hoàn tác')));
    button(ui.container, 'Hoàn tác').click();
    await eventually(() => expect(titles(ui.container)).toEqual(['Giá vàng hôm nay', 'Bài hai', 'Bài một']));
    expect((await readRecords(ui.db)).find((r) => r.title === 'Bài một')).toEqual(before);
  });

  it('exports the filtered set as a file of the export format, named like the library\'s exports by the date and the filter', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    const names: string[] = [];
    const clicks = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    ui.show(<Popup db={ui.db} />);
    await allLoaded(ui.container, 3);
    choose($(ui.container, 'select[name="directive"]') as HTMLSelectElement, HD111.id);
    await eventually(() => expect(titles(ui.container)).toEqual(['Bài hai']));
    button(ui.container, 'Xuất phần đang lọc').click();
    await eventually(() => expect(blobs).toHaveLength(1));
    expect(clicks).toHaveBeenCalledOnce();
    expect(names).toEqual([expect.stringMatching(/^ttdn-\d{4}-\d{2}-\d{2}-111-HD-BTGTW\.json$/)]);
    const file = JSON.parse(await blobs[0]!.text());
    expect(file).toMatchObject({ format: 'ttdn-clippings', version: 3 });
    expect(file.clippings.map((c: { title: string }) => c.title)).toEqual(['Bài hai']);
  });

  it('imports a file and reports what it did; a foreign file changes nothing and says why', async () => {
    ui.show(<Popup db={ui.db} />);
    await allLoaded(ui.container, 3);
    const input = $(ui.container, 'input[type="file"]') as HTMLInputElement;
    const pick = (text: string) => {
      Object.defineProperty(input, 'files', { value: [new File([text], 'x.json')], configurable: true });
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };

    pick(JSON.stringify({ formatName: 'dexie', data: {} }));
    await eventually(() => expect($(ui.container, '[role="alert"]').textContent).toBe(
      'Tệp này không phải bản xuất bộ sưu tập của tiện ích. Không có gì thay đổi.',
    ));
    await expect(ui.db.clippings.count()).resolves.toBe(3);

    const records = await readRecords(ui.db);
    const other = { ...records[0]!, id: 'khac', canonicalUrl: 'https://nhandan.vn/bai-moi', url: 'https://nhandan.vn/bai-moi', clippedAt: '2024-09-01T00:00:00.000Z', updatedAt: '2024-09-01T00:00:00.000Z', title: 'Bài nhập vào' };
    pick(JSON.stringify({ format: 'ttdn-clippings', version: 1, exportedAt: '2024-09-02T00:00:00Z', clippings: [other, { title: 'hỏng' }] }));
    await eventually(() => expect($(ui.container, '.import-report').textContent).toContain('Đã nhập: 1 mới, 0 cập nhật, 0 gộp ghi chú và nhãn từ bản cũ hơn, 0 bỏ qua'));
    expect($(ui.container, '.import-report').textContent).toContain('1 bị từ chối');
    expect($(ui.container, '.import-report details').textContent).toContain('Bài số 2 — địa chỉ gốc: phải là văn bản');
    await eventually(() => expect(titles(ui.container)).toContain('Bài nhập vào'));
  });

  it('shows the current tab’s verdict and clips it: the background takes the article from the tab and writes it', async () => {
    await recordPage(ui.db, { url: ARTICLE_URL, title: 'Bài đang đọc', site: 'vietnamplus.vn', officials: 2, directives: 1, isForeignInfo: true, score: 0.91 });
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 42, url: ARTICLE_URL } as never);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tabId: number, message: { type: string }) =>
      message.type === 'content:clipping' ? { ok: true, value: clippingInput({ url: ARTICLE_URL, title: 'Bài đang đọc' }) } : { ok: true, value: null }) as never);
    ui.show(<Popup db={ui.db} />);
    await eventually(() => expect($(ui.container, '.current-tab .verdict').textContent).toBe('Điểm 91% — đạt ngưỡng 50%: bài chủ yếu về thông tin đối ngoại'));
    expect($(ui.container, '.current-tab .counts').textContent).toBe('2 quan chức · 1 văn bản');
    // The button comes once the collection is read, with the label that fits it.
    await eventually(() => expect(button(ui.container, 'Lưu bài này')).toBeTruthy());
    button(ui.container, 'Lưu bài này').click();
    await eventually(() => expect(withText(ui.container, '.current-tab [role="status"]', 'Đã lưu vào bộ sưu tập.')).toHaveLength(1));
    expect(send).toHaveBeenCalledWith(42, { type: 'content:clipping' }, { frameId: 0 });
    expect(send).toHaveBeenCalledWith(42, { type: 'content:clipped', result: { ok: true, value: { id: expect.any(String), created: true } } }, { frameId: 0 });
    expect((await readRecords(ui.db)).filter((record) => record.url === ARTICLE_URL).map((record) => record.title)).toEqual(['Bài đang đọc']);
    await eventually(() => expect(titles(ui.container)[0]).toBe('Bài đang đọc'));
  });

  it('asks for a note and tags right after a clip: the keyboard is in the note, own tags are suggested, Enter saves', async () => {
    await recordPage(ui.db, { url: ARTICLE_URL, title: 'Bài đang đọc', site: 'vietnamplus.vn', officials: 2, directives: 1, isForeignInfo: true, score: 0.91 });
    // The background takes the article from the tab (clip:tab) and writes it.
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 42, url: ARTICLE_URL } as never);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tabId: number, message: { type: string }) =>
      message.type === 'content:clipping' ? { ok: true, value: clippingInput({ title: 'Bài đang đọc', url: ARTICLE_URL, canonicalUrl: ARTICLE_URL }) } : { ok: true, value: null }) as never);
    const other = (await readRecords(ui.db)).find((r) => r.title === 'Bài hai')!;
    await updateClipping(ui.db, other.id, { note: '', tags: ['quý III'] });
    ui.show(<Popup db={ui.db} />);
    await allLoaded(ui.container, 3);
    button(ui.container, 'Lưu bài này').click();
    await eventually(() => expect(document.activeElement?.id).toBe('clip-note'));
    const words = $(ui.container, '.clip-words');
    expect($(words, 'h3').textContent).toBe('Thêm ghi chú và nhãn cho bài vừa lưu');
    type(document.activeElement as HTMLTextAreaElement, 'Theo dõi tiếp');
    const tags = $(words, 'input[name="tags"]') as HTMLInputElement;
    type(tags, 'ttđn, quy');
    await eventually(() => expect([...words.querySelectorAll('[role="option"]')].map((o) => o.textContent)).toEqual(['quý III']));
    tags.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await eventually(() => expect(tags.getAttribute('aria-activedescendant')).toBe('clip-tags-suggestions-0'));
    tags.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await eventually(() => expect(tags.value).toBe('ttđn, quý III, '));
    // Enter with no suggestion chosen saves (the form's submit).
    (tags.form as HTMLFormElement).requestSubmit();
    await eventually(() => expect(withText(ui.container, '.current-tab [role="status"]', 'Đã lưu ghi chú và nhãn.')).toHaveLength(1));
    expect(ui.container.querySelector('.clip-words')).toBeNull();
    expect((await readRecords(ui.db)).find((r) => r.url === ARTICLE_URL)).toMatchObject({ note: 'Theo dõi tiếp', tags: ['ttđn', 'quý III'] });
  });

  it('says clearly when the page cannot be clipped', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    ui.show(<Popup db={ui.db} />);
    await eventually(() => expect(button(ui.container, 'Lưu bài này')).toBeTruthy());
    button(ui.container, 'Lưu bài này').click();
    await eventually(() => expect($(ui.container, '.current-tab [role="alert"]').textContent).toBe(
      'Trang này không có bài báo để lưu (hoặc cần tải lại trang).',
    ));
  });

  it('offers no clip button on a browser page', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 1, url: 'chrome://extensions' } as never]);
    ui.show(<Popup db={ui.db} />);
    await eventually(() => expect($(ui.container, '.current-tab').textContent).toContain('không phải bài báo trên web'));
    expect(() => button(ui.container, 'Lưu bài này')).toThrow();
  });

  it('still offers to clip a tab whose address the extension may not see', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 8 } as never]);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: { id: 'x', created: true } });
    ui.show(<Popup db={ui.db} />);
    await eventually(() => expect($(ui.container, '.current-tab').textContent).toContain('Chưa phân tích trang này'));
    await eventually(() => expect(button(ui.container, 'Lưu bài này')).toBeTruthy());
    button(ui.container, 'Lưu bài này').click();
    await eventually(() => expect(send).toHaveBeenCalledWith(8, { type: 'content:clipping' }, { frameId: 0 }));
  });

  it('marks a page already in the collection and offers to update it', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3, url: (await readRecords(ui.db))[0]!.url } as never]);
    ui.show(<Popup db={ui.db} />);
    await eventually(() => expect(button(ui.container, 'Lưu lại (cập nhật bài đã lưu)')).toBeTruthy());
  });

  it('moves between rows with the arrow keys', async () => {
    ui.show(<Popup db={ui.db} />);
    await allLoaded(ui.container, 3);
    const links = () => [...ui.container.querySelectorAll<HTMLAnchorElement>('.clipping-title')];
    links()[0]!.focus();
    links()[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await eventually(() => expect(document.activeElement).toBe(links()[1]));
    links()[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await eventually(() => expect(document.activeElement).toBe(links()[2]));
  });

  it('speaks English when the setting says so', async () => {
    await fakeBrowser.storage.local.set({ settings: { lang: 'en' } });
    ui.show(<Popup db={ui.db} />);
    await eventually(() => expect($(ui.container, '#collection-heading').textContent).toContain('Collection (3)'));
    expect(button(ui.container, 'Export')).toBeTruthy();
    expect(button(ui.container, 'Import')).toBeTruthy();
  });

  it('says the verdict against the reader’s own threshold, in English too', async () => {
    await fakeBrowser.storage.local.set({ settings: { lang: 'en', topicThreshold: 0.3 } });
    await recordPage(ui.db, { url: ARTICLE_URL, title: 'Bài đang đọc', site: 'vietnamplus.vn', officials: 0, directives: 1, isForeignInfo: false, score: 0.26 });
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('no receiver'));
    ui.show(<Popup db={ui.db} />);
    await eventually(() =>
      expect($(ui.container, '.current-tab .verdict').textContent).toBe(
        'Score 26% — below the 30% threshold: the article is not mainly about foreign-information work',
      ),
    );
  });

  it('reopens the in-page panel a reader closed', async () => {
    await recordPage(ui.db, { url: ARTICLE_URL, title: 'Bài đang đọc', site: 'vietnamplus.vn', officials: 2, directives: 1, isForeignInfo: true, score: 0.91 });
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_tab: number, message: unknown) =>
      (message as { type: string }).type === 'content:toggle-panel' ? { ok: true, value: { visible: true } } : undefined,
    );
    ui.show(<Popup db={ui.db} />);
    await eventually(() => expect(button(ui.container, 'Hiện / ẩn bảng chú giải')).toBeTruthy());
    button(ui.container, 'Hiện / ẩn bảng chú giải').click();
    await eventually(() => expect(withText(ui.container, '.current-tab [role="status"]', 'Bảng chú giải đang hiện trên trang.')).toHaveLength(1));
    expect(send).toHaveBeenCalledWith(42, { type: 'content:toggle-panel' });
  });
});
