/**
 * The local trash and bringing copies back (trash.ts, restore.ts): a delete
 * keeps the clipping for 30 days; restore puts it back whole, or merges its
 * words into the clipping clipped again meanwhile and says so; a restore that
 * cannot bring everything says what and keeps the copy. Invented articles.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { correctClipping, deleteClipping, getRecord, readRecords, saveClipping, updateClipping } from '@/lib/store/clippings';
import type { AnnotatorDb } from '@/lib/store/db';
import { mergeRecords } from '@/lib/store/merge';
import { restoreClipping, restoreFromTrash } from '@/lib/store/restore';
import { emptyTrash, listTrash, putInTrash, TRASH_DAYS } from '@/lib/store/trash';
import { LIMITS } from '@/lib/clipping/validate-clipping';
import { NOTE_SEPARATOR } from '@/lib/clipping/user-words';
import { clippingInput } from '../../../scripts/support/clippings';
import { freshDb } from '../../helpers/db';

const DAY = 24 * 60 * 60_000;
const T0 = Date.UTC(2025, 2, 1);
const URL_A = 'https://baoquocte.vn/hoi-nghi-doi-ngoai.html';

/** A clipping with the user's note, tags and one correction. */
async function clipWithWords(db: AnnotatorDb, note = 'Cần trích dẫn đoạn hai', tags = ['TTĐN']) {
  const { id } = await saveClipping(db, clippingInput({ canonicalUrl: URL_A, url: URL_A }), T0);
  await updateClipping(db, id, { note, tags }, T0 + 1);
  await correctClipping(db, id, { op: 'reject', kind: 'directive', label: '57-KL/TW' }, T0 + 2);
  return (await getRecord(db, id))!;
}

describe('the local trash', () => {
  let db: AnnotatorDb;
  beforeEach(() => {
    db = freshDb();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('keeps a deleted clipping, and restore brings it back exactly, out of the trash', async () => {
    const mine = await clipWithWords(db);
    await deleteClipping(db, mine.id, T0 + DAY);
    const [entry] = await listTrash(db, T0 + DAY);
    expect(entry).toMatchObject({ id: mine.id, title: mine.title, note: mine.note, reason: 'deleted', trashedAt: T0 + DAY });

    await expect(restoreFromTrash(db, entry!.key!, T0 + 2 * DAY)).resolves.toEqual({ outcome: 'restored', id: mine.id, title: mine.title, changes: [] });
    await expect(getRecord(db, mine.id)).resolves.toEqual(mine);
    await expect(listTrash(db, T0 + 2 * DAY)).resolves.toEqual([]);
    // Restored by the user: it goes back to the team like any change.
    await expect(db.outbox.where('id').equals(mine.id).last()).resolves.toMatchObject({ deleted: false });
  });

  it(`keeps a copy ${TRASH_DAYS} days, then lists it no more, refuses to restore it and drops it at the next write`, async () => {
    const mine = await clipWithWords(db);
    await deleteClipping(db, mine.id, T0);
    const [entry] = await listTrash(db, T0 + TRASH_DAYS * DAY);
    expect(entry?.id).toBe(mine.id);
    const late = T0 + TRASH_DAYS * DAY + 1;
    await expect(listTrash(db, late)).resolves.toEqual([]);
    await expect(restoreFromTrash(db, entry!.key!, late)).rejects.toMatchObject({ code: 'not-found' });
    await db.transaction('rw', db.trash, () => putInTrash(db, [], late));
    await expect(db.trash.count()).resolves.toBe(0);
  });

  it('empties on request, newest first until then', async () => {
    const a = await saveClipping(db, clippingInput({ canonicalUrl: 'https://nhandan.vn/a.html', url: 'https://nhandan.vn/a.html', title: 'Bài A' }), T0);
    const b = await saveClipping(db, clippingInput({ canonicalUrl: 'https://nhandan.vn/b.html', url: 'https://nhandan.vn/b.html', title: 'Bài B' }), T0);
    await deleteClipping(db, a.id, T0 + 1);
    await deleteClipping(db, b.id, T0 + 2);
    expect((await listTrash(db, T0 + 3)).map((e) => e.title)).toEqual(['Bài B', 'Bài A']);
    await expect(emptyTrash(db)).resolves.toBe(2);
    await expect(listTrash(db, T0 + 3)).resolves.toEqual([]);
  });
});

describe('restore and undo never drop words', () => {
  let db: AnnotatorDb;
  beforeEach(() => {
    db = freshDb();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('undo after the article was clipped again merges the note, tags and corrections into the new clipping, and says so', async () => {
    const mine = await clipWithWords(db);
    const removed = await deleteClipping(db, mine.id, T0 + DAY);
    const again = await saveClipping(db, clippingInput({ canonicalUrl: URL_A, url: URL_A, title: 'Tiêu đề mới' }), T0 + 2 * DAY);
    expect(again.created).toBe(true);

    const result = await restoreClipping(db, removed, T0 + 3 * DAY);

    expect(result).toEqual({
      outcome: 'merged',
      id: again.id,
      title: 'Tiêu đề mới',
      changes: [{ field: 'note', how: 'taken' }, { field: 'tags', added: ['TTĐN'], left: [] }, { field: 'corrections' }],
    });
    const records = await readRecords(db);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ id: again.id, title: 'Tiêu đề mới', note: mine.note, tags: ['TTĐN'], corrections: mine.corrections, updatedAt: T0 + 3 * DAY });
    // Its words are all in the collection: the trash keeps no copy.
    await expect(db.trash.count()).resolves.toBe(0);
  });

  it('keeps both notes when the new clipping has its own', async () => {
    const mine = await clipWithWords(db);
    await deleteClipping(db, mine.id, T0 + DAY);
    const again = await saveClipping(db, clippingInput({ canonicalUrl: URL_A, url: URL_A }), T0 + 2 * DAY);
    await updateClipping(db, again.id, { note: 'Ghi chú viết lại', tags: [] }, T0 + 2 * DAY + 1);
    const [entry] = await listTrash(db, T0 + 3 * DAY);

    await expect(restoreFromTrash(db, entry!.key!, T0 + 3 * DAY)).resolves.toMatchObject({ outcome: 'merged', id: again.id });
    await expect(getRecord(db, again.id)).resolves.toMatchObject({ note: `Ghi chú viết lại${NOTE_SEPARATOR}${mine.note}` });
  });

  it('says there was nothing to bring back when the clipping there already holds the words', async () => {
    const mine = await clipWithWords(db);
    const removed = await deleteClipping(db, mine.id, T0 + DAY);
    await restoreClipping(db, removed, T0 + 2 * DAY);
    const before = await readRecords(db);
    await expect(restoreClipping(db, removed, T0 + 3 * DAY)).resolves.toMatchObject({ outcome: 'nothing-new', id: mine.id, changes: [] });
    expect(await readRecords(db)).toEqual(before);
  });

  it('says what could not be brought back (a note too long to sit beside the other) and keeps the copy in the trash', async () => {
    const long = 'ờ'.repeat(LIMITS.note - 10);
    const mine = await clipWithWords(db, long, []);
    await deleteClipping(db, mine.id, T0 + DAY);
    const again = await saveClipping(db, clippingInput({ canonicalUrl: URL_A, url: URL_A }), T0 + 2 * DAY);
    await updateClipping(db, again.id, { note: 'Một ghi chú khác, viết sau', tags: [] }, T0 + 2 * DAY + 1);
    const [entry] = await listTrash(db, T0 + 3 * DAY);

    const result = await restoreFromTrash(db, entry!.key!, T0 + 3 * DAY);

    expect(result.outcome).toBe('partial');
    expect(result.changes).toContainEqual({ field: 'note', how: 'kept' });
    await expect(getRecord(db, again.id)).resolves.toMatchObject({ note: 'Một ghi chú khác, viết sau' });
    await expect(listTrash(db, T0 + 3 * DAY)).resolves.toMatchObject([{ key: entry!.key, note: [...long].slice(0, 300).join('') }]);
  });

  it('gives a restored clipping a new id when an import gave its id to another article meanwhile', async () => {
    const mine = await clipWithWords(db);
    const removed = await deleteClipping(db, mine.id, T0 + DAY);
    await db.transaction('rw', db.trash, () => db.trash.clear());
    const other = clippingInput({ canonicalUrl: 'https://nhandan.vn/khac.html', url: 'https://nhandan.vn/khac.html' });
    await mergeRecords(db, [{ ...other, id: mine.id, clippedAt: T0, updatedAt: T0, note: '', tags: [] }]);

    const result = await restoreClipping(db, removed, T0 + 2 * DAY);

    expect(result.outcome).toBe('restored');
    expect(result.id).not.toBe(mine.id);
    await expect(getRecord(db, result.id)).resolves.toEqual({ ...mine, id: result.id });
    await expect(getRecord(db, mine.id)).resolves.toMatchObject({ canonicalUrl: other.canonicalUrl });
  });
});
