import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRouter } from '@/lib/background/router';
import { admit, classifySender, SENDER_RULES, type Sender } from '@/lib/background/senders';
import type { Request, RequestType } from '@/lib/messaging/messages';
import { getSettings } from '@/lib/settings/settings';
import { saveClipping } from '@/lib/store/clippings';
import { AnnotatorDb } from '@/lib/store/db';
import { toExported } from '@/lib/clipping/export-format';
import { officialHref } from '@/lib/research/route';
import { clippingInput, KL57 } from '../../../scripts/support/clippings';
import { contentScript, EXTENSION_ORIGIN, libraryTab, popup, SELF } from '../../helpers/senders-fixtures';

const PAGE = 'https://www.vietnamplus.vn/bai-viet-1.vnp';
const own = contentScript(PAGE);
const otherPage = contentScript('https://www.vietnamplus.vn/bai-khac.vnp');
const otherSite = contentScript('https://evil.example/article');
const subFrame = contentScript(PAGE, 1, 3);
const stranger: Sender = { kind: 'stranger' };

describe('telling senders apart', () => {
  it.each([
    ['the popup (no tab)', { id: SELF.id, url: `${EXTENSION_ORIGIN}/popup.html` }, 'extension-page'],
    ['the library page, although it is a tab', { id: SELF.id, url: `${EXTENSION_ORIGIN}/library.html`, tab: { id: 4, url: `${EXTENSION_ORIGIN}/library.html` }, frameId: 0 }, 'extension-page'],
    ['a content script in a news tab', { id: SELF.id, url: PAGE, tab: { id: 4, url: PAGE }, frameId: 0 }, 'content-script'],
    ['another extension', { id: 'other', url: `chrome-extension://other/x.html` }, 'stranger'],
    ['our id but a page of another extension origin', { id: SELF.id, url: 'chrome-extension://other/popup.html' }, 'stranger'],
    ['a content script without a frame', { id: SELF.id, url: PAGE, tab: { id: 4, url: PAGE } }, 'stranger'],
    ['a tab with no web address', { id: SELF.id, url: 'file:///etc/passwd', tab: { id: 4 }, frameId: 0 }, 'stranger'],
  ])('%s', (_label, raw, kind) => {
    expect(classifySender(raw, SELF).kind).toBe(kind);
  });

  it('a content script speaks for the tab’s address, or its top frame’s when the tab hides it', () => {
    expect(classifySender({ id: SELF.id, url: PAGE, tab: { id: 2 }, frameId: 0 }, SELF)).toEqual({ kind: 'content-script', tabId: 2, frameId: 0, tabUrl: PAGE });
    expect(classifySender({ id: SELF.id, url: 'https://ads.example/frame', tab: { id: 2 }, frameId: 5 }, SELF).kind).toBe('stranger');
  });
});

const clipping = clippingInput({ url: PAGE });
const hijack = { ...clipping, canonicalUrl: 'https://nhandan.vn/bai-cua-nguoi-khac.html' };
const sameSiteCanonical = { ...clipping, canonicalUrl: 'https://m.vietnamplus.vn/bai-viet-1.vnp' };
const summary = { url: PAGE, title: 'Bài', site: 'vietnamplus.vn', officials: 1, directives: 1, isForeignInfo: true, score: 0.9 };
const exported = toExported({ ...clipping, id: 'x1', note: '', tags: [], clippedAt: Date.UTC(2024, 7, 7), updatedAt: Date.UTC(2024, 7, 7) });

const syncSetup = { url: 'https://couch.example.org', database: 'team', username: 'lan', password: 'secret' };

type Case = [label: string, request: Request, sender: Sender, allowed: boolean];

/** Every message type, from every kind of sender. */
const CASES: Record<RequestType, Case[]> = {
  ping: [
    ['from the popup', { type: 'ping' }, popup, true],
    ['from a content script', { type: 'ping' }, own, true],
    ['from a stranger', { type: 'ping' }, stranger, false],
  ],
  'page:analysed': [
    ['its own page, from its content script', { type: 'page:analysed', page: summary }, own, true],
    ['its own page with a #fragment', { type: 'page:analysed', page: { ...summary, url: `${PAGE}#binh-luan` } }, own, true],
    ['another page than the tab shows', { type: 'page:analysed', page: summary }, otherPage, false],
    ['from a frame', { type: 'page:analysed', page: summary }, subFrame, false],
    ['from the popup', { type: 'page:analysed', page: summary }, popup, false],
  ],
  'clip:save': [
    ['its own article', { type: 'clip:save', clipping }, own, true],
    ['its own article, canonical on its own site', { type: 'clip:save', clipping: sameSiteCanonical }, own, true],
    ['with a canonical URL on another site (which is dropped)', { type: 'clip:save', clipping: hijack }, own, true],
    ['another page than the tab shows', { type: 'clip:save', clipping }, otherPage, false],
    ['another site’s article', { type: 'clip:save', clipping }, otherSite, false],
    ['from a frame', { type: 'clip:save', clipping }, subFrame, false],
    ['from the library page', { type: 'clip:save', clipping }, libraryTab, false],
  ],
  // The page never names a tab: only the extension's pages ask the background to clip one.
  'clip:tab': [
    ['from the popup', { type: 'clip:tab', tabId: 4 }, popup, true],
    ['from the library tab', { type: 'clip:tab', tabId: 4 }, libraryTab, true],
    ['from the page’s content script, even naming its own tab', { type: 'clip:tab', tabId: 1 }, own, false],
    ['from a stranger', { type: 'clip:tab', tabId: 4 }, stranger, false],
  ],
  'clip:status': [
    ['its own page', { type: 'clip:status', url: PAGE }, own, true],
    ['another site’s URL (asked as its own page instead)', { type: 'clip:status', url: 'https://nhandan.vn/bai.html' }, own, true],
    ['from a frame', { type: 'clip:status', url: PAGE }, subFrame, false],
    ['any URL, from the popup', { type: 'clip:status', url: 'https://nhandan.vn/bai.html' }, popup, true],
  ],
  'directive:counts': [
    ['from the page’s content script', { type: 'directive:counts', ids: ['57-KL/TW'] }, own, true],
    ['from a frame', { type: 'directive:counts', ids: ['57-KL/TW'] }, subFrame, false],
    ['from the library', { type: 'directive:counts', ids: ['57-KL/TW'] }, libraryTab, true],
  ],
  'clip:update': [
    ['from the popup', { type: 'clip:update', id: 'x1', note: 'n', tags: [] }, popup, true],
    ['from the library tab', { type: 'clip:update', id: 'x1', note: 'n', tags: [] }, libraryTab, true],
    ['from a content script', { type: 'clip:update', id: 'x1', note: 'n', tags: [] }, own, false],
  ],
  'clip:delete': [
    ['from the library tab', { type: 'clip:delete', id: 'x1' }, libraryTab, true],
    ['from a content script', { type: 'clip:delete', id: 'x1' }, own, false],
  ],
  'clip:restore': [
    ['from the popup', { type: 'clip:restore', clipping: exported }, popup, true],
    ['from a content script', { type: 'clip:restore', clipping: exported }, own, false],
  ],
  'trash:restore': [
    ['from the library tab', { type: 'trash:restore', key: 1 }, libraryTab, true],
    ['from a content script', { type: 'trash:restore', key: 1 }, own, false],
  ],
  'trash:empty': [
    ['from the library tab', { type: 'trash:empty' }, libraryTab, true],
    ['from a content script', { type: 'trash:empty' }, own, false],
  ],
  'panel:pause': [
    ['from the page’s content script', { type: 'panel:pause' }, own, true],
    ['from a frame', { type: 'panel:pause' }, subFrame, false],
    ['from the popup (which edits settings itself)', { type: 'panel:pause' }, popup, false],
  ],
  'panel:disable-site': [
    ['from the page’s content script', { type: 'panel:disable-site' }, own, true],
    ['from a frame', { type: 'panel:disable-site' }, subFrame, false],
    ['from the library', { type: 'panel:disable-site' }, libraryTab, false],
  ],
  // A page must never learn the team's server, nor point the collection at its own.
  'sync:status': [
    ['from the popup', { type: 'sync:status' }, popup, true],
    ['from a content script', { type: 'sync:status' }, own, false],
  ],
  'sync:configure': [
    ['from the options (a tab)', { type: 'sync:configure', setup: syncSetup }, libraryTab, true],
    ['from a content script', { type: 'sync:configure', setup: syncSetup }, own, false],
  ],
  'sync:now': [
    ['from the library tab', { type: 'sync:now' }, libraryTab, true],
    ['from a content script', { type: 'sync:now' }, own, false],
  ],
  'sync:stop': [
    ['from the popup', { type: 'sync:stop' }, popup, true],
    ['from a content script', { type: 'sync:stop' }, own, false],
  ],
  'learn:find': [
    ['from the popup', { type: 'learn:find', text: 'Nguyễn Văn An', directives: [] }, popup, true],
    ['from the library tab', { type: 'learn:find', text: 'Nguyễn Văn An', directives: [] }, libraryTab, true],
    ['from its own page’s content script', { type: 'learn:find', text: 'Nguyễn Văn An', directives: [] }, own, false],
    ['from a stranger', { type: 'learn:find', text: 'Nguyễn Văn An', directives: [] }, stranger, false],
  ],
  'clip:correct': [
    ['from the library tab', { type: 'clip:correct', id: 'x1', change: { op: 'reject', kind: 'official', label: 'Nguyễn Văn An' } }, libraryTab, true],
    ['from the popup', { type: 'clip:correct', id: 'x1', change: { op: 'reject', kind: 'official', label: 'Nguyễn Văn An' } }, popup, true],
    ['from a content script', { type: 'clip:correct', id: 'x1', change: { op: 'reject', kind: 'official', label: 'Nguyễn Văn An' } }, own, false],
  ],
  'quote:keep': [
    ['from the library tab (the clipping page)', { type: 'quote:keep', id: 'x1', target: { exact: 'hòa bình', prefix: '', suffix: '', start: 0, end: 8 } }, libraryTab, true],
    ['from a content script (the page may not write quotes)', { type: 'quote:keep', id: 'x1', target: { exact: 'hòa bình', prefix: '', suffix: '', start: 0, end: 8 } }, own, false],
  ],
  'quote:comment': [
    ['from the popup', { type: 'quote:comment', id: 'x1', quoteId: 'q1', comment: 'ý kiến' }, popup, true],
    ['from a content script (text typed in the page is readable by it)', { type: 'quote:comment', id: 'x1', quoteId: 'q1', comment: 'ý kiến' }, own, false],
  ],
  'quote:delete': [
    ['from the popup', { type: 'quote:delete', id: 'x1', quoteId: 'q1' }, popup, true],
    ['from a content script (the page may not change the collection)', { type: 'quote:delete', id: 'x1', quoteId: 'q1' }, own, false],
  ],
  'research:open': [
    ['from the page’s content script (the hover card)', { type: 'research:open', subject: { kind: 'official', name: 'Nguyễn Văn An' } }, own, true],
    ['from a frame', { type: 'research:open', subject: { kind: 'official', name: 'Nguyễn Văn An' } }, subFrame, false],
    ['from the library', { type: 'research:open', subject: { kind: 'directive', name: '57-KL/TW' } }, libraryTab, true],
    ['from a stranger', { type: 'research:open', subject: { kind: 'directive', name: '57-KL/TW' } }, stranger, false],
  ],
  'watch:set': [
    ['from the library', { type: 'watch:set', subject: { kind: 'official', name: 'Nguyễn Văn An' }, starred: true }, libraryTab, true],
    ['from the popup', { type: 'watch:set', subject: { kind: 'directive', name: '57-KL/TW' }, starred: false }, popup, true],
    ['from a content script', { type: 'watch:set', subject: { kind: 'official', name: 'Nguyễn Văn An' }, starred: true }, own, false],
  ],
};

describe('which sender may send which message', () => {
  it('every message type has a rule and cases here', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(SENDER_RULES).sort());
  });

  for (const [type, cases] of Object.entries(CASES)) {
    it.each(cases)(`${type} %s: allowed %s`, (_label, request, sender, allowed) => {
      expect(admit(request, sender).ok).toBe(allowed);
    });
  }
});

describe('refused messages change nothing', () => {
  let db: AnnotatorDb;
  let route: ReturnType<typeof createRouter>;
  const setBadge = vi.fn(async () => {});
  beforeEach(() => {
    db = new AnnotatorDb(`senders-${crypto.randomUUID()}`);
    route = createRouter({ db, setBadge });
    setBadge.mockClear();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('a content script cannot edit, delete or restore a clipping', async () => {
    const { id } = await saveClipping(db, clippingInput({ url: 'https://nhandan.vn/bai.html' }));
    await route({ type: 'clip:update', id, note: 'của tôi', tags: ['giữ'] }, popup);
    const before = await db.records.get(id);
    for (const message of [
      { type: 'clip:update', id, note: 'bị sửa', tags: [] },
      { type: 'clip:delete', id },
    ]) {
      const reply = await route(message, own);
      expect(reply).toMatchObject({ ok: false, code: 'forbidden' });
    }
    expect(before).toBeDefined();
    await expect(db.records.get(id)).resolves.toEqual(before);
    await expect(route({ type: 'clip:restore', clipping: { ...exported, id, title: 'Bị thay' } }, own)).resolves.toMatchObject({ ok: false, code: 'forbidden' });
    await expect(db.records.get(id)).resolves.toEqual(before);
  });

  it('a canonical URL on another site does not overwrite that site’s clipping: the page’s URL is the key', async () => {
    const victim = clippingInput({ url: 'https://nhandan.vn/bai-cua-nguoi-khac.html', title: 'Bài gốc' });
    const { id } = await saveClipping(db, victim);
    const reply = await route({ type: 'clip:save', clipping: { ...hijack, title: 'Bị ghi đè' } }, own);
    expect(reply).toMatchObject({ ok: true, value: { created: true } });
    await expect(db.clippings.get(id)).resolves.toMatchObject({ title: 'Bài gốc', url: victim.url });
    await expect(db.clippings.where('canonicalUrl').equals(PAGE).first()).resolves.toMatchObject({ title: 'Bị ghi đè', url: PAGE });
    await expect(db.clippings.count()).resolves.toBe(2);
  });

  it('the hover card’s door opens the research page in a new tab beside the page, and only a research page', async () => {
    const openPage = vi.fn(async () => {});
    const withPages = createRouter({ db, setBadge, openPage });
    await expect(withPages({ type: 'research:open', subject: { kind: 'official', name: 'Nguyễn Văn An' } }, own)).resolves.toEqual({ ok: true, value: { opened: true } });
    expect(openPage).toHaveBeenLastCalledWith(officialHref('Nguyễn Văn An'), 1);
    await withPages({ type: 'research:open', subject: { kind: 'directive', name: '57-KL/TW' } }, own);
    expect(openPage).toHaveBeenLastCalledWith('/research.html#directive=57-KL%2FTW', 1);
    // Whatever the name says, the address stays the research page's fragment.
    await withPages({ type: 'research:open', subject: { kind: 'directive', name: '../options.html?x=1#y' } }, own);
    expect(openPage).toHaveBeenLastCalledWith(`/research.html#directive=${encodeURIComponent('../options.html?x=1#y')}`, 1);
    await expect(withPages({ type: 'research:open', subject: { kind: 'page', name: 'x' } } as never, own)).resolves.toMatchObject({ ok: false, code: 'invalid' });
    expect(openPage).toHaveBeenCalledTimes(3);
  });

  it('a page cannot learn whether another site’s URL is clipped', async () => {
    await saveClipping(db, clippingInput({ url: 'https://nhandan.vn/bai.html' }));
    await expect(route({ type: 'clip:status', url: 'https://nhandan.vn/bai.html' }, own)).resolves.toEqual({ ok: true, value: { clipped: false } });
    await expect(route({ type: 'clip:status', url: 'https://nhandan.vn/bai.html' }, popup)).resolves.toMatchObject({ ok: true, value: { clipped: true } });
  });

  it('the panel’s switches act on the sender’s own site only, and a stranger changes nothing', async () => {
    await expect(route({ type: 'panel:disable-site', site: 'nhandan.vn' }, own)).resolves.toEqual({ ok: true, value: { site: 'vietnamplus.vn' } });
    expect((await getSettings()).disabledSites).toEqual(['vietnamplus.vn']);
    await expect(route({ type: 'panel:pause' }, stranger)).resolves.toMatchObject({ ok: false, code: 'forbidden' });
    await expect(route({ type: 'panel:pause' }, popup)).resolves.toMatchObject({ ok: false, code: 'forbidden' });
    expect((await getSettings()).paused).toBe(false);
    await expect(route({ type: 'panel:pause' }, own)).resolves.toEqual({ ok: true, value: { paused: true } });
    expect((await getSettings()).paused).toBe(true);
  });

  it('a page:analysed for another page sets no badge and records nothing', async () => {
    await expect(route({ type: 'page:analysed', page: summary }, otherPage)).resolves.toMatchObject({ ok: false, code: 'forbidden' });
    expect(setBadge).not.toHaveBeenCalled();
    await expect(db.recent.count()).resolves.toBe(0);
  });

  it('a content script cannot learn what the collection holds, nor correct a clipping', async () => {
    const { id } = await saveClipping(db, clippingInput({ url: 'https://nhandan.vn/bai.html' }));
    const before = await db.records.get(id);
    const text = 'Đồng chí Nguyễn Trọng Nghĩa dự hội nghị.';
    await expect(route({ type: 'learn:find', text, directives: ['57-KL/TW'] }, own)).resolves.toMatchObject({ ok: false, code: 'forbidden' });
    await expect(route({ type: 'clip:correct', id, change: { op: 'reject', kind: 'official', label: 'Nguyễn Trọng Nghĩa' } }, own)).resolves.toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    await expect(db.records.get(id)).resolves.toEqual(before);
    // The extension's own pages get the answer.
    const reply = await route({ type: 'learn:find', text, directives: ['57-KL/TW'] }, popup);
    expect(reply).toMatchObject({ ok: true, value: { matches: { officials: [{ known: { name: 'Nguyễn Trọng Nghĩa' } }] }, known: [{ id: '57-KL/TW', kind: 'Kết luận' }] } });
  });

  it('directive counts still answer the page’s own content script', async () => {
    await saveClipping(db, clippingInput({ spec: { directives: [KL57] } }));
    await expect(route({ type: 'directive:counts', ids: ['57-KL/TW'] }, own)).resolves.toEqual({ ok: true, value: { '57-KL/TW': 1 } });
  });
});
