import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  clipStatus,
  deleteClipping,
  directiveCounts,
  getRecord,
  readRecords,
  saveClipping,
  updateClipping,
} from '@/lib/store/clippings';
import type { AnnotatorDb } from '@/lib/store/db';
import { StoreError } from '@/lib/store/errors';
import { BINH, clippingInput, HD111, KL57, NGHIA, NQ47 } from '../../../scripts/support/clippings';
import { freshDb, searchAll } from '../../helpers/db';

describe('clippings repository', () => {
  let db: AnnotatorDb;
  beforeEach(() => {
    db = freshDb();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('stores a clip with its article, analysis, derived index fields and an empty note', async () => {
    const input = clippingInput({ spec: { officials: [NGHIA, BINH], directives: [KL57, NQ47] } });
    const { id, created } = await saveClipping(db, input, 1_000);
    expect(created).toBe(true);
    const record = await getRecord(db, id);
    expect(record).toEqual({ ...input, id, clippedAt: 1_000, updatedAt: 1_000, note: '', tags: [] });
    const card = await db.clippings.get(id);
    expect(card).toMatchObject({ officials: [NGHIA.name, BINH.name], directives: ['57-KL/TW', '47/NQ-CP'], topic: 1 });
    expect(card).not.toHaveProperty('text');
  });

  it('clipping the same article again updates it in place and keeps the note and tags', async () => {
    const first = clippingInput({ canonicalUrl: 'https://nhandan.vn/bai-a', url: 'https://nhandan.vn/bai-a' });
    const { id } = await saveClipping(db, first, 1_000);
    await updateClipping(db, id, { note: 'Dẫn chứng cho báo cáo quý', tags: ['TTĐN'] }, 2_000);

    const again = clippingInput({
      canonicalUrl: 'https://nhandan.vn/bai-a#binh-luan',
      url: 'https://nhandan.vn/bai-a?utm_source=zalo&zarsrc=31',
      title: 'Tiêu đề đã sửa',
      spec: { officials: [BINH], directives: [HD111] },
    });
    await expect(saveClipping(db, again, 3_000)).resolves.toEqual({ id, created: false });

    await expect(db.clippings.count()).resolves.toBe(1);
    const record = await getRecord(db, id);
    expect(record).toMatchObject({ title: 'Tiêu đề đã sửa', note: 'Dẫn chứng cho báo cáo quý', tags: ['TTĐN'], clippedAt: 3_000 });
    expect(record!.analysis.directives.map((d) => d.id)).toEqual(['111-HD/BTGTW']);
    // The old directive no longer counts, the new one does.
    await expect(directiveCounts(db, ['57-KL/TW', '111-HD/BTGTW'])).resolves.toEqual({ '57-KL/TW': 0, '111-HD/BTGTW': 1 });
  });

  it('keeps articles with different canonical URLs apart', async () => {
    await saveClipping(db, clippingInput({ canonicalUrl: 'https://nhandan.vn/a' }));
    await saveClipping(db, clippingInput({ canonicalUrl: 'https://nhandan.vn/b' }));
    await expect(db.clippings.count()).resolves.toBe(2);
  });

  it('tells whether a page is clipped, by its canonical URL or the address it was read at', async () => {
    const input = clippingInput({ canonicalUrl: 'https://baochinhphu.vn/bai-1.htm', url: 'https://m.baochinhphu.vn/bai-1.htm' });
    const { id } = await saveClipping(db, input);
    await expect(clipStatus(db, 'https://baochinhphu.vn/bai-1.htm#top')).resolves.toEqual({ clipped: true, id });
    await expect(clipStatus(db, 'https://m.baochinhphu.vn/bai-1.htm')).resolves.toEqual({ clipped: true, id });
    await expect(clipStatus(db, 'https://baochinhphu.vn/bai-2.htm')).resolves.toEqual({ clipped: false });
    await expect(clipStatus(db, 'not a url')).resolves.toEqual({ clipped: false });
  });

  it('counts how many clippings cite each directive', async () => {
    await saveClipping(db, clippingInput({ spec: { directives: [KL57, NQ47] } }));
    await saveClipping(db, clippingInput({ spec: { directives: [KL57] } }));
    await saveClipping(db, clippingInput({ spec: { directives: [] } }));
    await expect(directiveCounts(db, ['57-KL/TW', '47/NQ-CP', '16-KL/TW'])).resolves.toEqual({
      '57-KL/TW': 2,
      '47/NQ-CP': 1,
      '16-KL/TW': 0,
    });
  });

  it('edits note and tags (tidied), and the note becomes searchable', async () => {
    const { id } = await saveClipping(db, clippingInput(), 1_000);
    const updated = await updateClipping(db, id, { note: 'Cần trích dẫn trong bài tổng thuật', tags: [' TTĐN ', 'ttđn', '', 'Hội nghị'] }, 5_000);
    expect(updated).toMatchObject({ tags: ['TTĐN', 'Hội nghị'], updatedAt: 5_000, clippedAt: 1_000 });
    await expect(searchAll(db, 'tổng thuật')).resolves.toEqual(new Set([id]));
    await expect(searchAll(db, 'hội nghị ttđn')).resolves.toEqual(new Set([id]));
  });

  it('deletes all of a clipping and hands it back whole for undo', async () => {
    const { id } = await saveClipping(db, clippingInput());
    const before = await getRecord(db, id);
    await expect(deleteClipping(db, id)).resolves.toEqual(before);
    await expect(Promise.all([db.clippings.count(), db.records.count(), db.searchTexts.count()])).resolves.toEqual([0, 0, 0]);
  });

  it('refuses to edit or delete a clipping that is gone, with a not-found error', async () => {
    await expect(updateClipping(db, 'missing', { note: '', tags: [] })).rejects.toMatchObject({ code: 'not-found' });
    await expect(deleteClipping(db, 'missing')).rejects.toBeInstanceOf(StoreError);
  });

  it('reads clippings newest first, all or a chosen few', async () => {
    const a = await saveClipping(db, clippingInput(), 1_000);
    const b = await saveClipping(db, clippingInput(), 3_000);
    const c = await saveClipping(db, clippingInput(), 2_000);
    expect((await readRecords(db)).map((r) => r.id)).toEqual([b.id, c.id, a.id]);
    expect((await readRecords(db, [a.id, 'gone', c.id])).map((r) => r.id)).toEqual([c.id, a.id]);
  });
});
