/**
 * The search index job after an import: the import writes every clipping's
 * card, line and research row, and search finds the clippings once the job
 * has derived their words, exactly as a save derives them; the job goes on
 * after an interruption, and a replaced clipping's old words are not searched.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toRows } from '@/lib/clipping/derive';
import { readRecords, saveClipping, updateClipping } from '@/lib/store/clippings';
import type { AnnotatorDb } from '@/lib/store/db';
import { importFile } from '@/lib/store/import';
import { indexProgress, indexSearch } from '@/lib/store/search-index';
import { clippingInput } from '../../../scripts/support/clippings';
import { fileText, freshDb, searchAll } from '../../helpers/db';

const COUNT = 12;

describe('the search index job after an import', () => {
  let source: AnnotatorDb;
  let db: AnnotatorDb;
  beforeEach(async () => {
    source = freshDb();
    db = freshDb();
    for (let i = 0; i < COUNT; i++) {
      const { id } = await saveClipping(source, clippingInput({ title: `Bài ${i} về hội nghị Thủ tướng`, text: `Nội dung bài ${i}: thông tin đối ngoại, hoà bình.` }), Date.UTC(2024, 0, 1, 0, i));
      if (i % 3 === 0) await updateClipping(source, id, { note: `Ghi chú số ${i} về quý III`, tags: ['Uỷ ban', 'TTĐN'] }, Date.UTC(2024, 0, 2, 0, i));
    }
  });
  afterEach(async () => {
    await Promise.all([source.delete(), db.delete()]);
  });

  it('leaves the search words to the job, which derives the rows a save would have', async () => {
    const report = await importFile(db, await fileText(source));
    expect(report.indexing).toBe(COUNT);
    // Lists and the research pages have every row at once; search does not find them yet.
    await expect(indexProgress(db)).resolves.toEqual({ indexed: 0, total: COUNT });
    await expect(searchAll(db, 'hoi nghi')).resolves.toEqual(new Set());
    const records = await readRecords(db);
    const atSave = records.map(toRows);
    expect(await db.clippings.toArray()).toEqual(expect.arrayContaining(atSave.map((r) => r.card)));
    expect(await db.research.toArray()).toEqual(expect.arrayContaining(atSave.map((r) => r.research)));

    await expect(indexSearch(db)).resolves.toBe(true);
    // Nothing waits any more: no progress to show.
    await expect(indexProgress(db)).resolves.toBeNull();
    expect(await db.searchTexts.toArray()).toEqual(expect.arrayContaining(atSave.map((r) => r.search)));
    // The same words as the source's, where they were derived at save time.
    expect(await db.searchTexts.toArray()).toEqual(expect.arrayContaining(await source.searchTexts.toArray()));
    await expect(searchAll(db, 'hoi nghi')).resolves.toEqual(new Set(records.map((r) => r.id)));
    await expect(searchAll(db, 'ủy ban quý iii')).resolves.toHaveProperty('size', 4);
  });

  it('goes on after an interruption and ends with the same rows', async () => {
    await importFile(db, await fileText(source));
    const controller = new AbortController();
    const seen: number[] = [];
    const first = await indexSearch(db, {
      batch: 5,
      signal: controller.signal,
      onBatch: ({ indexed }) => {
        seen.push(indexed);
        controller.abort();
      },
    });
    expect(first).toBe(false);
    expect(seen).toEqual([5]);
    await expect(indexProgress(db)).resolves.toEqual({ indexed: 5, total: COUNT });
    // Started again (a page opened, the background restarted): only what is left is done.
    const batches: number[] = [];
    await expect(indexSearch(db, { batch: 5, onBatch: ({ indexed }) => batches.push(indexed) })).resolves.toBe(true);
    expect(batches).toEqual([10, COUNT]);
    const atSave = (await readRecords(db)).map((r) => toRows(r).search);
    expect(await db.searchTexts.toArray()).toEqual(expect.arrayContaining(atSave));
    await expect(db.searchTexts.count()).resolves.toBe(COUNT);
  });

  it('does not search a replaced clipping by its old words, and finds its new ones once indexed', async () => {
    await importFile(db, await fileText(source));
    await indexSearch(db);
    const [newest] = await readRecords(source);
    const file = JSON.parse(await fileText(source, [newest!.id]));
    file.clippings[0] = { ...file.clippings[0], title: 'Bài đã sửa về biển Đông', text: 'Nội dung mới.', updatedAt: '2024-02-01T00:00:00.000Z' };
    await importFile(db, JSON.stringify(file));
    await expect(searchAll(db, 'hoi nghi')).resolves.toHaveProperty('size', COUNT - 1);
    await expect(searchAll(db, 'bien dong')).resolves.toEqual(new Set());
    await indexSearch(db);
    await expect(searchAll(db, 'bien dong')).resolves.toEqual(new Set([newest!.id]));
    await expect(searchAll(db, 'hoi nghi')).resolves.toHaveProperty('size', COUNT - 1);
  });

  it('keeps the words an edit wrote while the job was deriving', async () => {
    await importFile(db, await fileText(source));
    const [first] = await readRecords(db);
    let edited = false;
    await indexSearch(db, {
      batch: 1,
      onBatch: () => {
        if (edited) return;
        edited = true;
        void updateClipping(db, first!.id, { note: 'sửa giữa chừng', tags: [] });
      },
    });
    await indexSearch(db);
    await expect(searchAll(db, 'sua giua chung')).resolves.toEqual(new Set([first!.id]));
  });
});
