/**
 * Import never silently changes the user's words: a newer copy of a clipping
 * keeps the collection's note and tags (merged with the file's), and the
 * report names each replaced clipping and what changed. A large import shows
 * its progress and can be cancelled with nothing changed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { correctClipping, readRecords, saveClipping, updateClipping } from '@/lib/store/clippings';
import { CLOCK_SKEW_MS } from '@/lib/clipping/clock';
import type { AnnotatorDb } from '@/lib/store/db';
import { EXPORT_FORMAT, toExported } from '@/lib/clipping/export-format';
import { importFile, type ImportPhase } from '@/lib/store/import';
import { WRITE_BATCH } from '@/lib/store/merge';
import type { ClippingRecord, ExportedClipping } from '@/lib/clipping/types';
import { NOTE_SEPARATOR } from '@/lib/clipping/user-words';
import { clippingInput } from '../../../scripts/support/clippings';
import { freshDb } from '../../helpers/db';
import { record } from '../../helpers/export-records';

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

describe('an older or as old copy still brings its words', () => {
  let db: AnnotatorDb;
  beforeEach(() => {
    db = freshDb();
  });
  afterEach(async () => {
    await db.delete();
  });

  /** A colleague's copy of the collection's clipping, as their export carries it. */
  const colleagueCopy = (record: ClippingRecord, patch: Partial<ClippingRecord>): ExportedClipping =>
    toExported({ ...record, id: 'colleague-id', title: 'Tiêu đề cũ của đồng nghiệp', ...patch });

  it.each([
    ['older', Date.UTC(2024, 6, 1)],
    ['as old', Date.UTC(2024, 7, 2)],
  ])('a colleague’s %s copy: both notes kept, tags united, corrections kept; the article stays; counted as words merged', async (_, updatedAt) => {
    const mine = await clipWithWords(db, 'Ghi chú của tôi', ['Hòa bình']);
    await correctClipping(db, mine.id, { op: 'reject', kind: 'directive', label: '57-KL/TW' }, Date.UTC(2024, 7, 2));
    const theirs = colleagueCopy(mine, {
      updatedAt,
      note: 'Ghi chú của đồng nghiệp',
      // The same tag with the other tone placement is the same tag.
      tags: ['Hoà bình', 'Đối ngoại'],
      corrections: { rejected: { officials: ['Nguyễn Trọng Nghĩa'], directives: [] }, added: { officials: [], directives: [] } },
    });

    const report = await importFile(db, fileOf([theirs]), { now: Date.UTC(2025, 0, 1) });

    expect(report).toMatchObject({ added: 0, updated: 0, wordsMerged: 1, skipped: [] });
    expect(report.changed).toEqual([
      {
        id: mine.id,
        canonicalUrl: mine.canonicalUrl,
        // The title as it is now: the collection's, which the older copy does not replace.
        title: mine.title,
        changes: [{ field: 'note', how: 'merged' }, { field: 'tags', added: ['Đối ngoại'], left: [] }, { field: 'corrections' }],
      },
    ]);
    const [now] = await readRecords(db);
    expect(now).toMatchObject({
      id: mine.id,
      title: mine.title,
      text: mine.text,
      note: `Ghi chú của tôi${NOTE_SEPARATOR}Ghi chú của đồng nghiệp`,
      tags: ['Hòa bình', 'Đối ngoại'],
      corrections: { rejected: { officials: ['Nguyễn Trọng Nghĩa'], directives: ['57-KL/TW'] } },
      // Changed now: the merge is an edit that syncs like any other.
      updatedAt: Date.UTC(2025, 0, 1),
    });
  });

  it('skips only a copy with nothing new, and changes nothing then', async () => {
    const mine = await clipWithWords(db, 'Ghi chú đầy đủ hơn', ['a', 'b']);
    const report = await importFile(db, fileOf([colleagueCopy(mine, { updatedAt: Date.UTC(2024, 6, 1), note: 'Ghi chú', tags: ['B'] })]));
    expect(report).toMatchObject({ wordsMerged: 0, changed: [], skipped: [{ index: 0, canonicalUrl: mine.canonicalUrl }] });
    expect(await readRecords(db)).toEqual([mine]);
  });

  it('clamps a file dated 2100 to now plus a small skew, so a later edit still wins', async () => {
    const now = Date.UTC(2025, 0, 1);
    const future = record({ note: 'Từ tệp ghi năm 2100', clippedAt: Date.UTC(2100, 0, 1), updatedAt: Date.UTC(2100, 0, 1) });
    await importFile(db, fileOf([toExported(future)]), { now });
    const [stored] = await readRecords(db);
    expect(stored).toMatchObject({ clippedAt: now + CLOCK_SKEW_MS, updatedAt: now + CLOCK_SKEW_MS });

    // Edited here once the skew has passed: the edit is the newer copy, and the 2100 file imported again does not replace it.
    await updateClipping(db, stored!.id, { note: 'Sửa sau', tags: [] }, now + CLOCK_SKEW_MS + 1);
    const report = await importFile(db, fileOf([toExported(future)]), { now });
    expect(report).toMatchObject({ updated: 0, wordsMerged: 1 });
    expect((await readRecords(db))[0]).toMatchObject({ note: `Sửa sau${NOTE_SEPARATOR}Từ tệp ghi năm 2100`, title: future.title });
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
