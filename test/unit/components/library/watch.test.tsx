/**
 * The watch list in the extension's pages: a star beside an official or a
 * directive in the library's lists (and on its research page), the "watched"
 * view of the articles naming them, and the popup saying the tab's article
 * names someone watched.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Library } from '@/components/library/Library';
import { Popup } from '@/components/popup/Popup';
import { ResearchPage } from '@/components/research/ResearchPage';
import { analyze } from '@/lib/matcher/analyze';
import { saveClipping } from '@/lib/store/clippings';
import { setWatched, watchList } from '@/lib/store/watch';
import { officialHref } from '@/lib/research/route';
import { clippingInput, HD111, KL57, MON, NGHIA } from '../../../../scripts/support/clippings';
import { $, allLoaded, button, eventually, setUp, titles } from '../../../helpers/harness';

describe('the watch list in the pages', () => {
  let ui: ReturnType<typeof setUp>;
  beforeEach(async () => {
    ui = setUp();
    await saveClipping(ui.db, clippingInput({ title: 'Bài một', spec: { officials: [NGHIA], directives: [KL57] } }), 1);
    await saveClipping(ui.db, clippingInput({ title: 'Bài hai', spec: { officials: [MON], directives: [HD111] } }), 2);
    await saveClipping(ui.db, clippingInput({ title: 'Bài ba', spec: { officials: [], directives: [] } }), 3);
  });
  afterEach(async () => {
    await ui.tearDown();
    location.hash = '';
  });

  it('stars an official in the library’s list, then shows only the articles naming the watched', async () => {
    ui.show(<Library db={ui.db} />);
    await allLoaded(ui.container, 3);
    expect($(ui.container, '.watched-view').textContent).toContain('Chưa theo dõi ai');
    const star = button($(ui.container, 'nav'), `Theo dõi: ${NGHIA.name}`);
    expect(star.getAttribute('aria-pressed')).toBe('false');
    star.click();
    await eventually(() => expect(button($(ui.container, 'nav'), `Theo dõi: ${NGHIA.name}`).getAttribute('aria-pressed')).toBe('true'));
    expect((await watchList(ui.db)).map((w) => w.label)).toEqual([NGHIA.name]);
    expect($(ui.container, '.watched-view a').getAttribute('href')).toBe(officialHref(NGHIA.name));
    button(ui.container, 'Chỉ bài nêu người và văn bản đang theo dõi').click();
    await eventually(() => expect(titles(ui.container)).toEqual(['Bài một']));
    // A directive starred elsewhere joins the view live.
    await setWatched(ui.db, 'directive', '111-hd/btgtw', true);
    await eventually(() => expect(titles(ui.container)).toEqual(['Bài hai', 'Bài một']));
    button(ui.container, 'Chỉ bài nêu người và văn bản đang theo dõi').click();
    await eventually(() => expect(titles(ui.container)).toHaveLength(3));
  });

  it('stars a directive on its research page', async () => {
    location.hash = `#directive=${encodeURIComponent(KL57.id)}`;
    ui.show(<ResearchPage db={ui.db} />);
    await eventually(() => expect(button(ui.container, `Theo dõi: ${KL57.id}`).textContent).toBe('☆ Theo dõi'));
    button(ui.container, `Theo dõi: ${KL57.id}`).click();
    await eventually(() => expect(button(ui.container, `Theo dõi: ${KL57.id}`).textContent).toBe('★ Đang theo dõi'));
    expect((await watchList(ui.db)).map((w) => [w.kind, w.label])).toEqual([['directive', KL57.id]]);
  });

  it('says in the popup, not the page, that the tab’s article names someone watched', async () => {
    const text = `Đồng chí ${NGHIA.name}, Trưởng Ban Tuyên giáo Trung ương, dự hội nghị về thông tin đối ngoại.`;
    const analysis = analyze(text);
    expect(analysis.officials.map((o) => o.name)).toContain(NGHIA.name);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 42, url: 'https://www.vietnamplus.vn/bai.vnp' } as never]);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tab: number, message: { type: string }) =>
      message.type === 'content:status'
        ? { ok: true, value: { state: 'ready', page: { url: 'https://www.vietnamplus.vn/bai.vnp', title: 'Bài', site: 'vietnamplus.vn', officials: 1, directives: 0, isForeignInfo: true, score: 0.9 }, article: null, analysis } }
        : { ok: true, value: null }) as never);
    await setWatched(ui.db, 'official', NGHIA.name.toUpperCase(), true);
    ui.show(<Popup db={ui.db} />);
    await eventually(() => expect($(ui.container, '.watched-here').textContent).toBe(`★ Bài này nêu người và văn bản bạn theo dõi: ${NGHIA.name.toUpperCase()}`));
  });
});
