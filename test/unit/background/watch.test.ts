/**
 * The watch list from the background's side: the library and research pages
 * star and unstar; an article that names a starred official or directive,
 * in any spelling, gets a starred badge naming them in the button's tooltip,
 * and the page's content script gets the same answer either way.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRouter } from '@/lib/background/router';
import { AnnotatorDb } from '@/lib/store/db';
import { watchList } from '@/lib/store/watch';
import { contentScript, libraryTab } from '../../helpers/senders-fixtures';

const PAGE = 'https://www.vietnamplus.vn/bai-viet-1.vnp';
const page = { url: PAGE, title: 'Bài', site: 'vietnamplus.vn', officials: 2, directives: 1, isForeignInfo: true, score: 0.9 };
const named = { officials: ['NGUYỄN TRỌNG NGHĨA'.normalize('NFD'), 'Lê Hải Bình'], directives: ['57-kl/tw'] };

describe('the watch list in the background', () => {
  let db: AnnotatorDb;
  const setBadge = vi.fn(async () => {});
  let route: ReturnType<typeof createRouter>;
  beforeEach(() => {
    db = new AnnotatorDb(`watch-${crypto.randomUUID()}`);
    route = createRouter({ db, setBadge });
    setBadge.mockClear();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('stars and unstars from an extension page', async () => {
    await route({ type: 'watch:set', subject: { kind: 'official', name: 'Nguyễn Trọng Nghĩa' }, starred: true }, libraryTab);
    await route({ type: 'watch:set', subject: { kind: 'directive', name: '57-KL/TW' }, starred: true }, libraryTab);
    expect((await watchList(db)).map((w) => [w.kind, w.label])).toEqual([
      ['official', 'Nguyễn Trọng Nghĩa'],
      ['directive', '57-KL/TW'],
    ]);
    // Unstarred by another spelling of the same id.
    await route({ type: 'watch:set', subject: { kind: 'directive', name: '57-kl/tw' }, starred: false }, libraryTab);
    expect((await watchList(db)).map((w) => w.label)).toEqual(['Nguyễn Trọng Nghĩa']);
  });

  it('announces a watched name on the toolbar badge, whatever its spelling, and tells the page nothing', async () => {
    const before = await route({ type: 'page:analysed', page, named }, contentScript(PAGE, 7));
    expect(setBadge).toHaveBeenLastCalledWith(7, '3');
    await route({ type: 'watch:set', subject: { kind: 'official', name: 'Nguyễn Trọng Nghĩa' }, starred: true }, libraryTab);
    await route({ type: 'watch:set', subject: { kind: 'directive', name: '57-KL/TW' }, starred: true }, libraryTab);
    const after = await route({ type: 'page:analysed', page, named }, contentScript(PAGE, 7));
    expect(setBadge).toHaveBeenLastCalledWith(7, '★2', '★ Nguyễn Trọng Nghĩa\n★ 57-KL/TW');
    // The content script's answer does not depend on the list.
    expect(after).toEqual(before);
  });

  it('a page cannot star anyone', async () => {
    const reply = await route({ type: 'watch:set', subject: { kind: 'official', name: 'Lê Hải Bình' }, starred: true }, contentScript(PAGE));
    expect(reply).toMatchObject({ ok: false, code: 'forbidden' });
    await expect(watchList(db)).resolves.toEqual([]);
  });
});
