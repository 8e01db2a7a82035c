/**
 * The popup says in words what happened on the tab and offers the next step: one
 * test per situation, with the browser's answers stubbed the way each arises.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '@/components/popup/Popup';
import { ANNOTATOR_FILE, ARTICLE_FILE, MATCHER_FILE, MATCHER_LANGUAGE_FILE } from '@/lib/background/annotate-tab';
import type { ContentStatus } from '@/lib/messaging/messages';
import { getSettings } from '@/lib/settings/settings';
import { $, button, eventually, setUp } from '../../../helpers/harness';

type State = ContentStatus['state'];

function onTab(url: string, state: State | null, page: ContentStatus['page'] = null) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 11, url } as never]);
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_id, message) => {
    if ((message as { type: string }).type !== 'content:status' || state === null) throw new Error('Receiving end does not exist.');
    return { ok: true, value: { state, page, article: null, analysis: null } };
  });
}

/** Records what the popup injects; the one-line read of the bootstrap's decision answers `bootstrap`. */
function stubScripting(bootstrap: State | null = null) {
  const injected: string[] = [];
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async (injection: { files?: string[]; func?: () => unknown }) => {
    if (injection.func && String(injection.func).includes('__ttdnBootstrap?.state')) return [{ result: bootstrap } as never];
    injected.push(injection.files ? injection.files.join() : 'flag');
    return [];
  });
  vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue(undefined);
  return injected;
}

function stubPermissions(answer: boolean, holds = false) {
  const asked: string[][] = [];
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(holds);
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async (p: { origins?: string[] }) => {
    asked.push(p.origins ?? []);
    return answer;
  });
  return asked;
}

const text = (ui: ReturnType<typeof setUp>) => $(ui.container, '.current-tab').textContent ?? '';

describe('the popup says what happened on this page', () => {
  let ui: ReturnType<typeof setUp>;
  beforeEach(() => {
    ui = setUp();
  });
  afterEach(async () => {
    await ui.tearDown();
  });

  it('annotated: the verdict and counts', async () => {
    onTab('https://baohatinh.vn/tin/a.html', 'ready', { url: 'https://baohatinh.vn/tin/a.html', title: 'Hà Tĩnh đón đoàn', site: 'baohatinh.vn', officials: 3, directives: 1, isForeignInfo: true, score: 0.8 });
    ui.show(<Popup db={ui.db} />);
    await eventually(() => expect(text(ui)).toContain('Đã chú giải bài này.'));
    expect(text(ui)).toContain('3 quan chức · 1 văn bản');
  });

  it('found nothing: says the article was read and nothing was highlighted', async () => {
    onTab('https://baohatinh.vn/tin/b.html', 'ready', { url: 'https://baohatinh.vn/tin/b.html', title: 'Giá lúa', site: 'baohatinh.vn', officials: 0, directives: 0, isForeignInfo: false, score: 0.05 });
    ui.show(<Popup db={ui.db} />);
    await eventually(() => expect(text(ui)).toContain('không có quan chức hay văn bản chỉ đạo nào để đánh dấu'));
  });

  it('not an article: says so, and "Annotate now" brings the annotator in asked-for mode', async () => {
    const send = onTab('https://baohatinh.vn/', 'no-article');
    const injected = stubScripting();
    ui.show(<Popup db={ui.db} />);
    await eventually(() => expect(text(ui)).toContain('Trang này không phải bài báo'));
    send.mockImplementation(async () => ({ ok: true, value: { state: 'analysing', page: null, article: null, analysis: null } }));
    button(ui.container, 'Chú giải ngay').click();
    await eventually(() => expect(injected).toEqual(['flag', `${ARTICLE_FILE},${MATCHER_LANGUAGE_FILE}`, MATCHER_FILE, ANNOTATOR_FILE]));
    await eventually(() => expect(text(ui)).toContain('Đang phân tích trang…'));
  });

  it('not an article, as the bootstrap decided (the annotator never came): says so', async () => {
    onTab('https://baohatinh.vn/', null);
    stubScripting('no-article');
    ui.show(<Popup db={ui.db} />);
    await eventually(() => expect(text(ui)).toContain('Trang này không phải bài báo'));
    expect(button(ui.container, 'Chú giải ngay')).toBeTruthy();
  });

  it('turned off here: says so, and "Turn back on" switches the site back on', async () => {
    await fakeBrowser.storage.local.set({ settings: { disabledSites: ['baohatinh.vn'] } });
    onTab('https://baohatinh.vn/tin/a.html', 'off');
    ui.show(<Popup db={ui.db} />);
    await eventually(() => expect(text(ui)).toContain('Chú giải đang tắt ở trang này.'));
    button(ui.container, 'Bật lại').click();
    await eventually(async () => expect((await getSettings()).disabledSites).toEqual([]));
  });

  it('paused everywhere: says so, and "Turn back on" resumes', async () => {
    await fakeBrowser.storage.local.set({ settings: { paused: true } });
    onTab('https://baohatinh.vn/tin/a.html', 'off');
    ui.show(<Popup db={ui.db} />);
    await eventually(() => expect(text(ui)).toContain('Chú giải đang tạm dừng ở mọi trang.'));
    button(ui.container, 'Bật lại').click();
    await eventually(async () => expect((await getSettings()).paused).toBe(false));
  });

  it('not allowed on an unlisted .vn site: offers all of .vn with the reason, and asks for exactly that', async () => {
    onTab('https://www.baomoitinh.vn/tin/a.html', null);
    const asked = stubPermissions(true);
    const injected = stubScripting();
    ui.show(<Popup db={ui.db} />);
    await eventually(() => expect(text(ui)).toContain('Tiện ích chưa được phép tự chạy ở trang này.'));
    expect(text(ui)).toContain('Trình duyệt sẽ ghi là “mọi trang web” vì .vn là cả một tên miền quốc gia.');
    button(ui.container, 'Bật cho mọi trang .vn').click();
    await eventually(() => expect(asked).toEqual([['*://*.vn/*']]));
    await eventually(() => expect(text(ui)).toContain('Đã cho phép'));
    expect(injected).toEqual(['flag', `${ARTICLE_FILE},${MATCHER_LANGUAGE_FILE}`, MATCHER_FILE, ANNOTATOR_FILE]);
  });

  it('not allowed elsewhere: no .vn offer, "Always annotate this site" asks for that host; a no changes nothing', async () => {
    onTab('https://news.example.com/a/b', null);
    const asked = stubPermissions(false);
    const injected = stubScripting();
    ui.show(<Popup db={ui.db} />);
    await eventually(() => expect(text(ui)).toContain('Tiện ích chưa được phép tự chạy ở trang này.'));
    expect(() => button(ui.container, 'Bật cho mọi trang .vn')).toThrow();
    button(ui.container, 'Luôn chú giải trang này').click();
    await eventually(() => expect(asked).toEqual([['*://news.example.com/*']]));
    await eventually(() => expect(text(ui)).toContain('Chưa được cho phép; không có gì thay đổi.'));
    expect(injected).toEqual([]);
  });

  it('not allowed on a Vietnamese page outside .vn: offers "Vietnamese pages on every site" in one click, with the browser\'s warning', async () => {
    onTab('https://www.tinkieubao-mau.com/tin-tuc/a.html', null);
    const asked = stubPermissions(true);
    stubScripting();
    ui.show(<Popup db={ui.db} />);
    await eventually(() => expect(text(ui)).toContain('Tiện ích chưa được phép tự chạy ở trang này.'));
    expect(text(ui)).toContain('“đọc và thay đổi mọi dữ liệu của bạn trên mọi trang web”');
    expect(text(ui)).toContain('dừng ngay sau khi xem ngôn ngữ của trang');
    button(ui.container, 'Bật cho trang tiếng Việt ở mọi website').click();
    await eventually(() => expect(asked).toEqual([['*://*/*']]));
    await eventually(() => expect(text(ui)).toContain('Đã cho phép'));
  });

  it("on a foreign service's Vietnamese page: offers that service, says the grant is its whole host and the script runs on its Vietnamese section", async () => {
    onTab('https://www.bbc.com/vietnamese/articles/c0abc', null);
    const asked = stubPermissions(true);
    stubScripting();
    ui.show(<Popup db={ui.db} />);
    await eventually(() => expect(text(ui)).toContain('Tiện ích chưa được phép tự chạy ở trang này.'));
    expect(text(ui)).toContain('quyền đọc cả trang www.bbc.com; tiện ích chỉ tự chạy ở mục tiếng Việt (/vietnamese/)');
    expect(() => button(ui.container, 'Luôn chú giải trang này')).toThrow();
    button(ui.container, 'Bật cho BBC News Tiếng Việt').click();
    await eventually(() => expect(asked).toEqual([['*://www.bbc.com/*']]));
  });

  it('under "Vietnamese pages on every site", a page in another language: says so and offers to annotate it anyway', async () => {
    onTab('https://www.actualites-exemple.com/monde/a', null);
    stubPermissions(false, true);
    stubScripting('other-language');
    ui.show(<Popup db={ui.db} />);
    await eventually(() => expect(text(ui)).toContain('Trang này không viết bằng tiếng Việt nên tiện ích để nguyên.'));
    expect(button(ui.container, 'Chú giải ngay')).toBeTruthy();
  });

  it('a granted site whose tab was open before the extension started: says to reload or annotate now', async () => {
    onTab('https://news.example.com/a/b', null);
    stubPermissions(false, true);
    ui.show(<Popup db={ui.db} />);
    await eventually(() => expect(text(ui)).toContain('trang được mở trước khi tiện ích khởi động'));
    expect(button(ui.container, 'Chú giải ngay')).toBeTruthy();
  });

  it('says why "Annotate now" cannot work where the browser refuses scripts', async () => {
    onTab('https://chromewebstore.google.com/detail/x', null);
    stubPermissions(false);
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('The extensions gallery cannot be scripted.'));
    ui.show(<Popup db={ui.db} />);
    await eventually(() => expect(button(ui.container, 'Chú giải ngay')).toBeTruthy());
    button(ui.container, 'Chú giải ngay').click();
    await eventually(() => expect($(ui.container, '.current-tab [role="alert"]').textContent).toBe('Trình duyệt không cho tiện ích chạy trên trang này.'));
  });

  it('speaks English when the setting says so', async () => {
    await fakeBrowser.storage.local.set({ settings: { lang: 'en' } });
    onTab('https://baohatinh.vn/', 'no-article');
    ui.show(<Popup db={ui.db} />);
    await eventually(() => expect(text(ui)).toContain('This page is not an article'));
    expect(button(ui.container, 'Annotate now')).toBeTruthy();
  });
});
