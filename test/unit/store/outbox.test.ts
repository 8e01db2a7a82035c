/**
 * Every change of the user's reaches the sync engine: its outbox row is
 * written in the same transaction as the change, wherever the change is made;
 * derived rewrites queue nothing.
 */
import { describe, expect, it } from 'vitest';
import { deleteClipping, saveClipping, updateClipping } from '@/lib/store/clippings';
import { mergeRecords } from '@/lib/store/merge';
import { reanalyseCollection } from '@/lib/store/reanalyse';
import { rebuildRows } from '@/lib/store/rebuild-rows';
import { clippingInput } from '../../../scripts/support/clippings';
import { freshDb } from '../../helpers/db';

const rows = async (db: ReturnType<typeof freshDb>) => (await db.outbox.orderBy('seq').toArray()).map(({ id, deleted }) => ({ id, deleted }));

describe('the sync outbox', () => {
  it('holds one row per changed clipping: its latest change', async () => {
    const db = freshDb();
    const input = clippingInput();
    const { id } = await saveClipping(db, input);
    await updateClipping(db, id, { note: 'một', tags: [] });
    await updateClipping(db, id, { note: 'hai', tags: [] });
    expect(await rows(db)).toEqual([{ id, deleted: false }]);
    await deleteClipping(db, id);
    expect(await rows(db)).toEqual([{ id, deleted: true }]);
    await expect(db.outbox.get((await db.outbox.toArray())[0]!.seq!)).resolves.toMatchObject({ canonicalUrl: input.canonicalUrl });
  });

  it('gets imports, written without the background', async () => {
    const db = freshDb();
    const record = { ...clippingInput(), id: 'from-file', clippedAt: 1, updatedAt: 2, note: '', tags: [] };
    await mergeRecords(db, [record]);
    expect(await rows(db)).toEqual([{ id: 'from-file', deleted: false }]);
  });

  it('is written with the change or not at all: a failed write leaves neither', async () => {
    const db = freshDb();
    const { id } = await saveClipping(db, clippingInput());
    await db.outbox.clear();
    await expect(updateClipping(db, 'no-such-clipping', { note: 'x', tags: [] })).rejects.toThrow();
    await expect(
      db.transaction('rw', [db.clippings, db.records, db.searchTexts, db.research, db.outbox], async () => {
        await updateClipping(db, id, { note: 'bị huỷ', tags: [] });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await rows(db)).toEqual([]);
  });

  it('gets nothing from the re-analysis and the rebuild of derived rows, which every collection does itself', async () => {
    const db = freshDb();
    await saveClipping(db, clippingInput());
    await db.outbox.clear();
    const { analysed } = await reanalyseCollection(db, (text) => ({ ...clippingInput({ text }).analysis }), { generation: 99 });
    expect(analysed).toBe(1);
    await rebuildRows(db, { generation: 99 });
    expect(await rows(db)).toEqual([]);
  });
});
