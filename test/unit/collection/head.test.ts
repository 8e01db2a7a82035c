import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { collectionHead, readCollectionHead, refreshCollectionHead, secureCollectionHead } from '@/lib/collection/head';
import { saveClipping } from '@/lib/store/clippings';
import { AnnotatorDb } from '@/lib/store/db';
import { clippingInput } from '../../../scripts/support/clippings';

describe('the popup’s copy of the newest cards', () => {
  let db: AnnotatorDb;
  beforeEach(() => {
    db = new AnnotatorDb(`head-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('is kept in session storage, never in local storage', async () => {
    await saveClipping(db, clippingInput({ title: 'Bài mới' }));
    await refreshCollectionHead(db);
    await expect(readCollectionHead()).resolves.toMatchObject([{ title: 'Bài mới' }]);
    await expect(fakeBrowser.storage.local.get(null)).resolves.toEqual({});
    await expect(collectionHead.getValue()).resolves.toHaveLength(1);
  });

  it('start-up restricts session storage to trusted contexts and removes the copy older versions left in local storage', async () => {
    const setAccessLevel = vi.fn(async () => undefined);
    Object.assign(fakeBrowser.storage.session, { setAccessLevel });
    await fakeBrowser.storage.local.set({ collectionHead: [{ title: 'ghi chú lộ ra' }], settings: { lang: 'en' } });
    await secureCollectionHead();
    expect(setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    await expect(fakeBrowser.storage.local.get(null)).resolves.toEqual({ settings: { lang: 'en' } });
  });
});
