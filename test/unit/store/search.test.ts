import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteClipping, saveClipping, updateClipping } from '@/lib/store/clippings';
import type { AnnotatorDb } from '@/lib/store/db';
import { SearchCache } from '@/lib/store/search';
import { clippingInput } from '../../support/clippings';
import { freshDb } from './helpers';

describe('the search cache', () => {
  let db: AnnotatorDb;
  let cache: SearchCache;
  const cards = () => db.clippings.toArray();
  beforeEach(() => {
    db = freshDb();
    cache = new SearchCache(db);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('finds an edit, a new clip, and forgets a deletion, reading again only what changed', async () => {
    const a = await saveClipping(db, clippingInput({ title: 'Hội nghị giao ban' }), 1);
    const b = await saveClipping(db, clippingInput({ title: 'Tọa đàm báo chí' }), 2);
    for (let i = 0; i < 6; i++) await saveClipping(db, clippingInput({ title: `Bài ${i}` }), 3 + i);
    await cache.sync(await cards());
    expect(cache.search('tọa đàm')?.hits).toEqual(new Set([b.id]));

    await updateClipping(db, a.id, { note: 'Số liệu quý ba', tags: [] }, 100);
    const reads = vi.spyOn(db.searchTexts, 'bulkGet');
    await cache.sync(await cards());
    expect(reads).toHaveBeenCalledWith([a.id]);
    expect(cache.search('quý ba')?.hits).toEqual(new Set([a.id]));

    await deleteClipping(db, b.id);
    const c = await saveClipping(db, clippingInput({ title: 'Toạ đàm mới' }), 200);
    await cache.sync(await cards());
    expect(cache.search('tọa đàm')?.hits).toEqual(new Set([c.id]));
  });

  it('answers the cards it was given, not rows without a clipping', async () => {
    const { id } = await saveClipping(db, clippingInput({ title: 'Kết luận số 57-KL/TW' }));
    await db.searchTexts.put({ id: 'orphan', folded: 'kết luận' });
    await cache.sync(await cards());
    expect(cache.search('kết luận')?.hits).toEqual(new Set([id]));
    expect(cache.search('  ')).toBeNull();
  });
});
