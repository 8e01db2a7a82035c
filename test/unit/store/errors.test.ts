/**
 * A full disk, simulated where the browser reports it: the storage layer
 * refuses a write with QuotaExceededError part-way through a transaction.
 */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteClipping, readLines, readRecords, saveClipping, updateClipping } from '@/lib/store/clippings';
import { AnnotatorDb } from '@/lib/store/db';
import { isQuotaError, StoreError, toStoreError } from '@/lib/store/errors';
import { exportParts } from '@/lib/clipping/export-format';
import { importFile } from '@/lib/store/import';
import { clippingInput } from '../../../scripts/support/clippings';
import { freshDb } from '../../helpers/db';

/** Another connection to the same database whose disk fills up after `allowed` write requests (a bulk write is one). */
function fullDiskAfter(name: string, allowed: number): AnnotatorDb {
  const db = new AnnotatorDb(name);
  let writes = 0;
  db.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        return {
          ...table,
          mutate: (req) =>
            ++writes > allowed ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : table.mutate(req),
        };
      },
    }),
  });
  return db;
}

describe('a full disk', () => {
  let db: AnnotatorDb;
  beforeEach(async () => {
    db = freshDb();
    await saveClipping(db, clippingInput({ title: 'Bài đã lưu trước' }), 1_000);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('refuses a new clip with a quota error and keeps what was saved', async () => {
    const full = fullDiskAfter(db.name, 1);
    const before = await readRecords(db);
    const attempt = saveClipping(full, clippingInput({ title: 'Bài mới' }));
    await expect(attempt).rejects.toBeInstanceOf(StoreError);
    await expect(attempt).rejects.toMatchObject({ code: 'quota', message: expect.stringContaining('intact') });
    full.close();
    // No half-written clipping: not its card, body or search text.
    expect(await readRecords(db)).toEqual(before);
    await expect(Promise.all([db.clippings.count(), db.records.count(), db.searchTexts.count()])).resolves.toEqual([1, 1, 1]);
  });

  it('refuses a note edit and leaves the clipping as it was', async () => {
    const [saved] = await readRecords(db);
    const full = fullDiskAfter(db.name, 0);
    await expect(updateClipping(full, saved!.id, { note: 'mới', tags: ['x'] })).rejects.toMatchObject({ code: 'quota' });
    full.close();
    expect(await readRecords(db)).toEqual([saved]);
  });

  it('refuses a delete part-way and loses nothing', async () => {
    const [saved] = await readRecords(db);
    const full = fullDiskAfter(db.name, 1);
    await expect(deleteClipping(full, saved!.id)).rejects.toMatchObject({ code: 'quota' });
    full.close();
    expect(await readRecords(db)).toEqual([saved]);
  });

  it('rolls back a whole import that fills the disk part-way', async () => {
    const source = freshDb();
    for (let i = 0; i < 5; i++) await saveClipping(source, clippingInput());
    const text = await new Blob(exportParts(await readLines(source))).text();
    await source.delete();

    const before = await readRecords(db);
    const full = fullDiskAfter(db.name, 2); // the search index's progress and the cards written, the lines refused
    await expect(importFile(full, text)).rejects.toMatchObject({ code: 'quota' });
    full.close();
    expect(await readRecords(db)).toEqual(before);
  });
});

describe('recognising quota errors', () => {
  it.each([
    ['a DOMException', new DOMException('full', 'QuotaExceededError')],
    ["Dexie's wrapper", new Dexie.QuotaExceededError('full')],
    ['an AbortError caused by one', new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError'))],
    ["Firefox's name", Object.assign(new Error('full'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' })],
  ])('recognises %s', (_label, error) => {
    expect(isQuotaError(error)).toBe(true);
    expect(toStoreError(error).code).toBe('quota');
  });

  it('does not call every failure a full disk', () => {
    expect(isQuotaError(new Dexie.ConstraintError('duplicate'))).toBe(false);
    expect(toStoreError(new Error('boom'))).toMatchObject({ code: 'storage', message: expect.stringContaining('boom') });
  });
});
