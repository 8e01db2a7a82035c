import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRouter } from '@/lib/background/router';
import { getRecord, saveClipping } from '@/lib/store/clippings';
import { AnnotatorDb } from '@/lib/store/db';
import { collectionHead } from '@/lib/collection/head';
import { clippingInput, KL57, NQ47 } from '../../../scripts/support/clippings';
import { contentScript, libraryTab, popup } from '../../helpers/senders-fixtures';

describe('clipping messages', () => {
  let db: AnnotatorDb;
  let route: ReturnType<typeof createRouter>;
  beforeEach(() => {
    db = new AnnotatorDb(`test-${crypto.randomUUID()}`);
    route = createRouter({ db, setBadge: vi.fn(async () => {}) });
  });
  afterEach(async () => {
    await db.delete();
  });

  it('clip:save stores a new clipping, then updates it without a duplicate', async () => {
    const clipping = clippingInput();
    const first = await route({ type: 'clip:save', clipping }, contentScript(clipping.url, 3));
    expect(first).toEqual({ ok: true, value: { id: expect.any(String), created: true } });
    const again = await route({ type: 'clip:save', clipping: { ...clipping, title: 'Tiêu đề mới' } }, contentScript(clipping.url, 4));
    expect(again).toEqual({ ok: true, value: { id: (first as { value: { id: string } }).value.id, created: false } });
    await expect(db.clippings.count()).resolves.toBe(1);
  });

  it('files a clipping and a page under the listed news site, whatever site the page script named', async () => {
    const clipping = clippingInput({ url: 'https://m.vietnamplus.vn/bai-viet-1.vnp', canonicalUrl: 'https://m.vietnamplus.vn/bai-viet-1.vnp', site: 'm.vietnamplus.vn' });
    const sender = contentScript(clipping.url, 3);
    const saved = await route({ type: 'clip:save', clipping }, sender);
    expect(saved.ok).toBe(true);
    expect((await db.clippings.toArray()).map((card) => card.site)).toEqual(['vietnamplus.vn']);
    const page = { url: clipping.url, title: 'Bài', site: 'evil.example', officials: 1, directives: 0, isForeignInfo: false, score: 0.1 };
    await route({ type: 'page:analysed', page }, sender);
    expect((await db.recent.toArray()).map((row) => row.site)).toEqual(['vietnamplus.vn']);
  });

  it.each([
    ['a 5 MB text', { text: 'đ'.repeat(5_000_000) }, /clipping\.text: longer than/],
    ['a file: URL', { url: 'file:///etc/passwd' }, /clipping\.url: only http and https/],
    ['no analysis', { analysis: null }, /clipping\.analysis: expected an object/],
  ])('clip:save refuses %s, saying why, and stores nothing', async (_label, patch, reason) => {
    const clipping = { ...clippingInput(), ...patch };
    const reply = await route({ type: 'clip:save', clipping }, contentScript(clippingInput().url));
    expect(reply).toEqual({ ok: false, code: 'invalid', error: expect.stringMatching(reason) });
    await expect(db.clippings.count()).resolves.toBe(0);
  });

  it('clip:status and directive:counts answer from the collection', async () => {
    const clipping = clippingInput({ spec: { directives: [KL57, NQ47] } });
    const { id } = await saveClipping(db, clipping);
    await expect(route({ type: 'clip:status', url: clipping.url }, contentScript(clipping.url))).resolves.toEqual({ ok: true, value: { clipped: true, id } });
    await expect(route({ type: 'clip:status', url: 'https://nhandan.vn/khac' }, popup)).resolves.toEqual({ ok: true, value: { clipped: false } });
    await expect(route({ type: 'directive:counts', ids: ['57-KL/TW', '16-KL/TW'] }, contentScript(clipping.url))).resolves.toEqual({
      ok: true,
      value: { '57-KL/TW': 1, '16-KL/TW': 0 },
    });
    expect((await route({ type: 'directive:counts', ids: 'all' }, popup)).ok).toBe(false);
  });

  it('clip:update edits note and tags; clip:delete then clip:restore undoes the deletion exactly', async () => {
    const { id } = await saveClipping(db, clippingInput());
    await expect(route({ type: 'clip:update', id, note: 'Ghi chú', tags: ['TTĐN'] }, libraryTab)).resolves.toMatchObject({ ok: true });
    const before = await getRecord(db, id);
    expect(before).toMatchObject({ note: 'Ghi chú', tags: ['TTĐN'] });

    const deleted = await route({ type: 'clip:delete', id }, libraryTab);
    expect(deleted.ok).toBe(true);
    await expect(getRecord(db, id)).resolves.toBeUndefined();

    const restored = await route({ type: 'clip:restore', clipping: (deleted as { value: { clipping: unknown } }).value.clipping }, libraryTab);
    expect(restored).toEqual({ ok: true, value: { outcome: 'restored', id, title: before!.title, changes: [] } });
    await expect(getRecord(db, id)).resolves.toEqual(before);
  });

  it('keeps the popup’s copy of the newest rows in step with every write', async () => {
    const newest = async () => (await collectionHead.getValue()).map((c) => c.title);
    await saveClipping(db, clippingInput({ title: 'Cũ' }), 1);
    const fresh = clippingInput({ title: 'Mới' });
    const saved = await route({ type: 'clip:save', clipping: fresh }, contentScript(fresh.url));
    expect(await newest()).toEqual(['Mới', 'Cũ']);
    const id = (saved as { value: { id: string } }).value.id;
    await route({ type: 'clip:update', id, note: 'ghi chú', tags: [] }, libraryTab);
    expect((await collectionHead.getValue())[0]?.note).toBe('ghi chú');
    const deleted = await route({ type: 'clip:delete', id }, libraryTab);
    expect(await newest()).toEqual(['Cũ']);
    await route({ type: 'clip:restore', clipping: (deleted as { value: { clipping: unknown } }).value.clipping }, libraryTab);
    expect(await newest()).toEqual(['Mới', 'Cũ']);
  });

  it('clip:delete of a clipping that is gone answers not-found', async () => {
    await expect(route({ type: 'clip:delete', id: 'nope' }, libraryTab)).resolves.toEqual({ ok: false, code: 'not-found', error: expect.any(String) });
  });
});
