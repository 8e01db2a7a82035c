import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clipTab } from '@/lib/background/clip-tab';
import { createRouter } from '@/lib/background/router';
import { collectionHead } from '@/lib/collection/head';
import { RequestError, type ContentRequest, type Reply } from '@/lib/messaging/messages';
import { getRecord, saveClipping } from '@/lib/store/clippings';
import { AnnotatorDb } from '@/lib/store/db';
import { clippingInput } from '../../../scripts/support/clippings';
import { contentScript, popup } from '../../helpers/senders-fixtures';

const PAGE = 'https://www.vietnamplus.vn/bai-dang-doc.vnp';

/**
 * The annotator in a tab's top frame, as the background reaches it over
 * fakeBrowser.tabs.sendMessage: it hands over the clipping it holds (or its
 * refusal), and records what it is told about the write.
 */
function annotatorIn(answer: Reply<unknown> | 'nothing here') {
  const told: Reply<unknown>[] = [];
  const asked: [number, ContentRequest, unknown][] = [];
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: ContentRequest, options: unknown) => {
    asked.push([tabId, message, options]);
    if (answer === 'nothing here') throw new Error('Could not establish connection. Receiving end does not exist.');
    if (message.type === 'content:clipped') {
      told.push(message.result);
      return { ok: true, value: null };
    }
    return message.type === 'content:clipping' ? answer : undefined;
  }) as never);
  return { told, asked };
}

describe('clipping a tab in one hop: the background takes the article from the tab and writes it', () => {
  let db: AnnotatorDb;
  let route: ReturnType<typeof createRouter>;
  let tabId: number;
  beforeEach(async () => {
    db = new AnnotatorDb(`clip-tab-${crypto.randomUUID()}`);
    route = createRouter({ db, setBadge: vi.fn(async () => {}), tabs: fakeBrowser.tabs });
    tabId = (await fakeBrowser.tabs.create({ url: PAGE })).id!;
  });
  afterEach(async () => {
    await db.delete();
  });

  it('asks the tab’s top frame once for its clipping, stores it, and tells the page it is saved', async () => {
    const clipping = clippingInput({ url: PAGE, title: 'Bài đang đọc' });
    const page = annotatorIn({ ok: true, value: clipping });
    const saved = await clipTab(tabId, fakeBrowser.tabs, route);
    expect(saved).toEqual({ id: expect.any(String), created: true });
    await expect(getRecord(db, saved.id)).resolves.toMatchObject({ url: PAGE, title: 'Bài đang đọc', site: 'vietnamplus.vn', text: clipping.text });
    expect(page.asked.map(([id, message, options]) => [id, message.type, options])).toEqual([
      [tabId, 'content:clipping', { frameId: 0 }],
      [tabId, 'content:clipped', { frameId: 0 }],
    ]);
    expect(page.told).toEqual([{ ok: true, value: saved }]);
    // The popup's copy of the newest rows shows it.
    expect((await collectionHead.getValue()).map((card) => card.title)).toEqual(['Bài đang đọc']);
  });

  it('clipping the same article again updates it in place', async () => {
    const clipping = clippingInput({ url: PAGE });
    annotatorIn({ ok: true, value: clipping });
    const first = await clipTab(tabId, fakeBrowser.tabs, route);
    annotatorIn({ ok: true, value: { ...clipping, title: 'Tiêu đề mới' } });
    await expect(clipTab(tabId, fakeBrowser.tabs, route)).resolves.toEqual({ id: first.id, created: false });
    await expect(db.clippings.count()).resolves.toBe(1);
    await expect(getRecord(db, first.id)).resolves.toMatchObject({ title: 'Tiêu đề mới' });
  });

  it('a tab where nothing of ours runs has no article to clip, and nothing is stored', async () => {
    const page = annotatorIn('nothing here');
    await expect(clipTab(tabId, fakeBrowser.tabs, route)).rejects.toMatchObject({
      code: 'unsupported',
      message: 'This page has no article the extension can clip.',
    });
    expect(page.asked).toHaveLength(1);
    await expect(db.clippings.count()).resolves.toBe(0);
  });

  it('passes on the page’s own refusal (no article, annotation off) and writes nothing', async () => {
    annotatorIn({ ok: false, error: 'No article on this page to clip.', code: 'unsupported' });
    await expect(clipTab(tabId, fakeBrowser.tabs, route)).rejects.toMatchObject({ code: 'unsupported', message: 'No article on this page to clip.' });
    const off = annotatorIn({ ok: false, error: 'Annotation is off on this page.' });
    const refused = await clipTab(tabId, fakeBrowser.tabs, route).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RequestError);
    expect(refused).toMatchObject({ code: undefined, message: 'Annotation is off on this page.' });
    expect(off.told).toEqual([]);
    await expect(db.clippings.count()).resolves.toBe(0);
  });

  it('refuses a clipping of another page than the tab shows, and the page says why', async () => {
    const page = annotatorIn({ ok: true, value: clippingInput({ url: 'https://www.vietnamplus.vn/bai-khac.vnp' }) });
    await expect(clipTab(tabId, fakeBrowser.tabs, route)).rejects.toMatchObject({ code: 'forbidden' });
    expect(page.told).toEqual([{ ok: false, error: expect.stringContaining('not the page this tab shows'), code: 'forbidden' }]);
    await expect(db.clippings.count()).resolves.toBe(0);
  });

  it('files a canonical URL on another site under the page’s own URL, leaving that site’s clipping alone', async () => {
    const victim = clippingInput({ url: 'https://nhandan.vn/bai-cua-nguoi-khac.html', title: 'Bài gốc' });
    const { id } = await saveClipping(db, victim);
    annotatorIn({ ok: true, value: { ...clippingInput({ url: PAGE }), canonicalUrl: victim.url, title: 'Bị ghi đè' } });
    await expect(clipTab(tabId, fakeBrowser.tabs, route)).resolves.toMatchObject({ created: true });
    await expect(db.clippings.get(id)).resolves.toMatchObject({ title: 'Bài gốc', url: victim.url });
    await expect(db.clippings.where('canonicalUrl').equals(PAGE).first()).resolves.toMatchObject({ title: 'Bị ghi đè' });
  });

  it('validates what the page hands over as any clip:save, and the page says it was refused', async () => {
    const page = annotatorIn({ ok: true, value: { ...clippingInput({ url: PAGE }), analysis: null } });
    await expect(clipTab(tabId, fakeBrowser.tabs, route)).rejects.toMatchObject({ code: 'invalid', message: expect.stringMatching(/clipping\.analysis: expected an object/) });
    expect(page.told).toEqual([{ ok: false, error: expect.stringMatching(/clipping\.analysis/), code: 'invalid' }]);
    await expect(db.clippings.count()).resolves.toBe(0);
  });

  it('passes on the store’s refusal with its code (a full disk), to the caller and to the page', async () => {
    const page = annotatorIn({ ok: true, value: clippingInput({ url: PAGE }) });
    const full = vi.fn(async () => ({ ok: false as const, error: 'Storage is full', code: 'quota' as const }));
    await expect(clipTab(tabId, fakeBrowser.tabs, full)).rejects.toMatchObject({ code: 'quota', message: 'Storage is full' });
    expect(full).toHaveBeenCalledWith({ type: 'clip:save', clipping: expect.objectContaining({ url: PAGE }) }, contentScript(PAGE, tabId));
    expect(page.told).toEqual([{ ok: false, error: 'Storage is full', code: 'quota' }]);
  });

  it('writes nothing for a tab whose address the browser does not show', async () => {
    const hidden = (await fakeBrowser.tabs.create({})).id!;
    annotatorIn({ ok: true, value: clippingInput({ url: PAGE }) });
    await expect(clipTab(hidden, fakeBrowser.tabs, route)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(db.clippings.count()).resolves.toBe(0);
  });

  it('is asked for by the popup with clip:tab, never by a page, and answers with the write’s result', async () => {
    annotatorIn({ ok: true, value: clippingInput({ url: PAGE }) });
    await expect(route({ type: 'clip:tab', tabId }, contentScript(PAGE, tabId))).resolves.toMatchObject({ ok: false, code: 'forbidden' });
    await expect(db.clippings.count()).resolves.toBe(0);
    await expect(route({ type: 'clip:tab', tabId }, popup)).resolves.toEqual({ ok: true, value: { id: expect.any(String), created: true } });
    await expect(db.clippings.count()).resolves.toBe(1);
  });

  it('relays a refusal to the popup with its code, so it is explained in the user’s language', async () => {
    annotatorIn('nothing here');
    await expect(route({ type: 'clip:tab', tabId }, popup)).resolves.toEqual({ ok: false, code: 'unsupported', error: 'This page has no article the extension can clip.' });
  });
});
