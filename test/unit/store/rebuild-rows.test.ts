/**
 * The rebuild of derived rows after an update: clippings stored by an older
 * version (search words without the bare form, cards with directive ids the
 * current rules read otherwise) are rewritten in the background, in batches,
 * across an interruption, with nothing dropped and the user's edits kept.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readLines, saveClipping, updateClipping } from '@/lib/store/clippings';
import type { AnnotatorDb } from '@/lib/store/db';
import { facetCounts, indexCards, newestFirst, NO_FILTER } from '@/lib/collection/filter';
import { rebuildRows, rebuildRowsPending, ROWS_GENERATION } from '@/lib/store/rebuild-rows';
import { clippingInput, NGHIA } from '../../../scripts/support/clippings';
import { freshDb, searchAll } from '../../helpers/db';

const COUNT = 30;

/** Rewrites the derived rows as older versions stored them: no bare words, the bare number's id as analysed, no reprint keys. */
async function storeAsBefore(db: AnnotatorDb, bareNumbered: readonly string[]) {
  await db.transaction('rw', db.clippings, db.searchTexts, async () => {
    for (const row of await db.searchTexts.toArray()) await db.searchTexts.put({ id: row.id, folded: row.folded });
    for (const id of bareNumbered) await db.clippings.update(id, { directives: ['Kết luận 16'] });
    await db.clippings.toCollection().modify((card) => void delete card.reprint);
  });
}

const directiveFacet = async (db: AnnotatorDb) =>
  facetCounts(indexCards(newestFirst(await db.clippings.toArray())), NO_FILTER, null).directive.map((v) => [v.label, v.count]);

describe('rebuilding the derived rows of stored clippings', () => {
  let db: AnnotatorDb;
  let ids: string[];
  beforeEach(async () => {
    db = freshDb();
    ids = [];
    for (let i = 0; i < COUNT; i++) {
      const directive = i % 2 ? { id: '16-KL/TW', kind: 'Kết luận', issuer: 'Bộ Chính trị' } : { id: 'Kết luận 16', kind: 'Kết luận', issuer: 'Bộ Chính trị' };
      const { id } = await saveClipping(db, clippingInput({ title: `Bài ${i} về Đảng`, spec: { officials: [NGHIA], directives: [directive] } }), Date.UTC(2024, 0, 1, 0, i));
      ids.push(id);
    }
  });
  afterEach(async () => {
    await db.delete();
  });

  const bareRows = async () => (await db.searchTexts.toArray()).filter((r) => r.bare !== undefined).length;

  it('rewrites every clipping across an interruption, dropping nothing and keeping an edit made meanwhile', async () => {
    await storeAsBefore(db, ids.filter((_, i) => i % 2 === 0));
    await expect(directiveFacet(db)).resolves.toEqual([
      ['16-KL/TW', COUNT / 2],
      ['Kết luận 16', COUNT / 2],
    ]);
    const linesBefore = await readLines(db);
    await expect(bareRows()).resolves.toBe(0);
    await expect(rebuildRowsPending(db)).resolves.toBe(true);

    // The background stops after two batches (the service worker was shut down).
    const stop = new AbortController();
    const first = await rebuildRows(db, { batch: 7, signal: stop.signal, onBatch: (state) => state.done >= 14 && stop.abort() });
    expect(first).toEqual({ done: 14, complete: false });
    await expect(db.meta.get('rebuildRows')).resolves.toMatchObject({ generation: ROWS_GENERATION, done: 14, cursor: [...ids].sort()[13] });
    await expect(bareRows()).resolves.toBe(14);
    await expect(rebuildRowsPending(db)).resolves.toBe(true);

    // Meanwhile the user edits a clipping the rebuild has not reached.
    const later = [...ids].sort()[20]!;
    await updateClipping(db, later, { note: 'Ghi chú mới', tags: ['TTĐN'] }, Date.UTC(2025, 0, 1));

    // The next start resumes after the cursor: the first 14 are not done again.
    const second = await rebuildRows(db, { batch: 7 });
    expect(second).toEqual({ done: COUNT - 14, complete: true });
    await expect(rebuildRowsPending(db)).resolves.toBe(false);
    await expect(rebuildRows(db)).resolves.toEqual({ done: 0, complete: true });

    // Nothing dropped: every record is there, byte for byte, but the one edited.
    const linesAfter = await readLines(db);
    expect(linesAfter).toHaveLength(COUNT);
    const decoder = new TextDecoder();
    const changed = linesAfter.map((l) => decoder.decode(l)).filter((l) => !linesBefore.some((b) => decoder.decode(b) === l));
    expect(changed).toHaveLength(1);
    expect(changed[0]).toContain('Ghi chú mới');

    // Every search row has its bare words; every card one entry per document.
    await expect(bareRows()).resolves.toBe(COUNT);
    await expect(searchAll(db, 'bai 7 ve dang')).resolves.toEqual(new Set([ids[7]]));
    await expect(searchAll(db, 'nguyen trong nghia')).resolves.toHaveProperty('size', COUNT);
    await expect(directiveFacet(db)).resolves.toEqual([['16-KL/TW', COUNT]]);
    // And its reprint keys, so reprints stored before fold too.
    expect((await db.clippings.toArray()).filter((c) => c.reprint === undefined)).toEqual([]);
  });

  it('runs again for a later generation of the rules, and not otherwise', async () => {
    await expect(rebuildRows(db)).resolves.toEqual({ done: COUNT, complete: true });
    await expect(rebuildRows(db)).resolves.toEqual({ done: 0, complete: true });
    await expect(rebuildRowsPending(db, ROWS_GENERATION + 1)).resolves.toBe(true);
    await expect(rebuildRows(db, { generation: ROWS_GENERATION + 1, batch: 50 })).resolves.toEqual({ done: COUNT, complete: true });
  });
});
