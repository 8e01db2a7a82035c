/**
 * Import never silently changes the user's words: a newer copy of a clipping
 * keeps the collection's note and tags (merged with the file's), and the
 * report names each replaced clipping and what changed. A large import shows
 * its progress and can be cancelled with nothing changed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRecords, saveClipping, updateClipping } from '@/lib/store/clippings';
import type { AnnotatorDb } from '@/lib/store/db';
import { EXPORT_FORMAT, toExported } from '@/lib/clipping/export-format';
import { importFile, type ImportPhase } from '@/lib/store/import';
import { WRITE_BATCH } from '@/lib/store/merge';
import type { ClippingRecord, ExportedClipping } from '@/lib/clipping/types';
import { NOTE_SEPARATOR } from '@/lib/clipping/user-words';
import { clippingInput } from '../../../scripts/support/clippings';
import { freshDb } from '../../helpers/db';

const fileOf = (clippings: ExportedClipping[]) => JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: '2025-01-01T00:00:00.000Z', clippings });

/** The collection's one clipping, with a note and tags the user wrote. */
async function clipWithWords(db: AnnotatorDb, note: string, tags: string[]): Promise<ClippingRecord> {
  const { id } = await saveClipping(db, clippingInput({ canonicalUrl: 'https://baoquocte.vn/bai.html', url: 'https://baoquocte.vn/bai.html' }), Date.UTC(2024, 7, 1));
  await updateClipping(db, id, { note, tags }, Date.UTC(2024, 7, 2));
  return (await readRecords(db, [id]))[0]!;
}

/** A newer copy of it, as another machine's export would carry it. */
const newerCopy = (record: ClippingRecord, patch: Partial<ClippingRecord>): ExportedClipping =>
  toExported({ ...record, id: 'other-machine-id', updatedAt: Date.UTC(2024, 8, 1), ...patch });

describe('import keeps the user’s words', () => {
  let db: AnnotatorDb;
  beforeEach(() => {
    db = freshDb();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('keeps both notes when they differ, unites the tags, and the report says so', async () => {
    const mine = await clipWithWords(db, 'Ghi chú của tôi', ['TTĐN', 'Quý III']);
    const theirs = newerCopy(mine, { title: 'Tiêu đề đã sửa', note: 'Ghi chú trên máy khác', tags: ['quý iii', 'Hội nghị'] });

    const report = await importFile(db, fileOf([theirs]));

    const [now] = await readRecords(db);
    expect(now).toMatchObject({
      id: mine.id,
      title: 'Tiêu đề đã sửa',
      note: `Ghi chú của tôi${NOTE_SEPARATOR}Ghi chú trên máy khác`,
      tags: ['TTĐN', 'Quý III', 'Hội nghị'],
      updatedAt: Date.UTC(2024, 8, 1),
    });
    expect(report.updated).toBe(1);
    expect(report.changed).toEqual([
      {
        id: mine.id,
        canonicalUrl: mine.canonicalUrl,
        title: 'Tiêu đề đã sửa',
        changes: [{ field: 'title' }, { field: 'note', how: 'merged' }, { field: 'tags', added: ['Hội nghị'], left: [] }],
      },
    ]);
  });

  it('takes the file’s note when it extends the collection’s, and keeps the collection’s when the file has none', async () => {
    const mine = await clipWithWords(db, 'Cần đọc lại', ['a']);
    await importFile(db, fileOf([newerCopy(mine, { note: 'Cần đọc lại. Đã đọc: trích đoạn 2.', tags: [] })]));
    expect((await readRecords(db))[0]).toMatchObject({ note: 'Cần đọc lại. Đã đọc: trích đoạn 2.', tags: ['a'] });

    const report = await importFile(db, fileOf([newerCopy(mine, { note: '', tags: ['a'], updatedAt: Date.UTC(2024, 9, 1), text: `${mine.text}\nĐoạn thêm.` })]));
    expect((await readRecords(db))[0]).toMatchObject({ note: 'Cần đọc lại. Đã đọc: trích đoạn 2.', tags: ['a'], text: `${mine.text}\nĐoạn thêm.` });
    expect(report.changed[0]?.changes).toEqual([{ field: 'text' }]);
  });

  it('reports a replaced clipping that changed nothing of the user’s as changed in its article only', async () => {
    const mine = await clipWithWords(db, 'x', ['y']);
    const report = await importFile(db, fileOf([newerCopy(mine, {})]));
    // Same article, same words: updated, nothing to name.
    expect(report).toMatchObject({ updated: 1, changed: [] });
    expect((await readRecords(db))[0]).toMatchObject({ note: 'x', tags: ['y'] });
  });
});

describe('a large import', () => {
  let db: AnnotatorDb;
  let records: ExportedClipping[];
  beforeEach(async () => {
    db = freshDb();
    await clipWithWords(db, 'có sẵn', []);
    records = Array.from({ length: WRITE_BATCH * 2 + 500 }, (_, i) =>
      toExported({
        ...clippingInput({ text: `Bài số ${i} về thông tin đối ngoại.`, spec: {} }),
        id: `import-${i}`,
        clippedAt: Date.UTC(2024, 0, 1) + i,
        updatedAt: Date.UTC(2024, 0, 1) + i,
        note: '',
        tags: [],
      }),
    );
  });
  afterEach(async () => {
    await db.delete();
  });

  it('reports its progress, checking then writing, up to the whole file', async () => {
    const seen: [ImportPhase, number, number][] = [];
    const report = await importFile(db, fileOf(records), { onProgress: (...p) => seen.push(p) });
    expect(report.added).toBe(records.length);
    const checking = seen.filter(([phase]) => phase === 'checking');
    const writing = seen.filter(([phase]) => phase === 'writing');
    expect(checking.length).toBeGreaterThan(1);
    expect(writing.map(([, done]) => done)).toEqual([WRITE_BATCH, WRITE_BATCH * 2, records.length]);
    expect(checking.at(-1)).toEqual(['checking', records.length, records.length]);
    expect(seen.indexOf(checking.at(-1)!)).toBeLessThan(seen.indexOf(writing[0]!));
  });

  it.each(['checking', 'writing'] as const)('cancelled while %s, changes nothing', async (when) => {
    const before = await readRecords(db);
    const controller = new AbortController();
    const attempt = importFile(db, fileOf(records), {
      signal: controller.signal,
      onProgress: (phase, done) => {
        if (phase === when && done > 0) controller.abort();
      },
    });
    await expect(attempt).rejects.toMatchObject({ code: 'cancelled' });
    expect(await readRecords(db)).toEqual(before);
    await expect(db.clippings.count()).resolves.toBe(1);
    await expect(db.searchTexts.count()).resolves.toBe(1);
  });
});
