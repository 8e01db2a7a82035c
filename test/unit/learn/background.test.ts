/**
 * Learning through the background: the learnt matcher is built on the first
 * question and rebuilt after the collection changes (a clip, a correction);
 * corrections arrive by message and are checked against the clipping's text.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLearntCache } from '@/lib/learn/cache';
import { createRouter } from '@/lib/background/router';
import { AnnotatorDb } from '@/lib/store/db';
import { getRecord, saveClipping } from '@/lib/store/clippings';
import { clippingInput, KL57 } from '../../../scripts/support/clippings';
import { contentScript, libraryTab, popup } from '../../helpers/senders-fixtures';

const PERSON = { name: 'Phạm Quang Vinh', titles: ['Thứ trưởng Bộ Ngoại giao'] };
const NEXT = 'Buổi tọa đàm có sự tham dự của Phạm Quang Vinh và nhiều chuyên gia.';

describe('the learnt matcher in the background', () => {
  let db: AnnotatorDb;
  beforeEach(async () => {
    db = new AnnotatorDb(`learn-${crypto.randomUUID()}`);
    // Opening (creating) the database is itself a change to every table.
    await db.open();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('is built once, and again only after the collection changes', async () => {
    const build = vi.fn(async (d: AnnotatorDb) => (await import('@/lib/learn/cache')).buildLearntMatcher(d));
    const cache = createLearntCache(db, build);
    const route = createRouter({ db, setBadge: async () => {}, learnt: cache });
    const ask = async () => (await route({ type: 'learn:find', text: NEXT, directives: [] }, popup)) as { ok: true; value: { matches: { officials: { known: { name: string } }[] } } };

    expect((await ask()).value.matches.officials).toEqual([]);
    expect((await ask()).value.matches.officials).toEqual([]);
    expect(build).toHaveBeenCalledTimes(1);

    // The page's content script clips an article naming him with his title.
    const page = 'https://baoquocte.vn/bai-1.html';
    await route({ type: 'clip:save', clipping: clippingInput({ url: page, spec: { officials: [PERSON], directives: [KL57] } }) }, contentScript(page));
    expect((await ask()).value.matches.officials.map((o) => o.known.name)).toEqual(['Phạm Quang Vinh']);
    expect(build).toHaveBeenCalledTimes(2);
    cache.close();
  });

  it('a finding marked wrong by message is no longer learnt; an addition outside the text is refused', async () => {
    const route = createRouter({ db, setBadge: async () => {} });
    const { id } = await saveClipping(db, clippingInput({ spec: { officials: [PERSON] } }));
    const find = async () => ((await route({ type: 'learn:find', text: NEXT, directives: [] }, popup)) as { ok: true; value: { matches: { officials: unknown[] } } }).value.matches.officials;
    expect(await find()).toHaveLength(1);
    await expect(route({ type: 'clip:correct', id, change: { op: 'reject', kind: 'official', label: 'Phạm Quang Vinh' } }, libraryTab)).resolves.toMatchObject({ ok: true });
    expect(await find()).toEqual([]);

    const before = await getRecord(db, id);
    const outside = { op: 'add-official', official: { name: 'Ai Đó', titles: [], mentions: [{ start: 0, end: 1_000_000 }] } };
    await expect(route({ type: 'clip:correct', id, change: outside }, libraryTab)).resolves.toMatchObject({ ok: false });
    await expect(route({ type: 'clip:correct', id, change: { op: 'reject', kind: 'person', label: 'x' } }, libraryTab)).resolves.toMatchObject({ ok: false, code: 'invalid' });
    await expect(getRecord(db, id)).resolves.toEqual(before);
  });
});

describe('building from the stored collection', () => {
  it('reads every clipping, in batches, whatever their number', async () => {
    const db = new AnnotatorDb(`learn-${crypto.randomUUID()}`);
    const { buildLearntMatcher } = await import('@/lib/learn/cache');
    const count = 1203; // more than two batches of 500
    // One official a clipping, each a name of its own ("Phạm Văn Aaa", "Phạm Văn Baa"…).
    const letters = (i: number) => `${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(97 + (Math.floor(i / 26) % 26))}${String.fromCharCode(97 + Math.floor(i / 676))}`;
    for (let i = 0; i < count; i++) {
      await saveClipping(db, clippingInput({ url: `https://baoquocte.vn/bai-${i}.html`, spec: { officials: [{ name: `Phạm Văn ${letters(i)}`, titles: ['Đại sứ'] }] } }));
    }
    const matcher = await buildLearntMatcher(db);
    expect(matcher.officials).toBe(count);
    expect(matcher.find(`Gặp gỡ có Phạm Văn ${letters(1202)} và Phạm Văn ${letters(0)}.`).officials.map((o) => o.known.clippings)).toEqual([1, 1]);
    await db.delete();
  }, 60_000);
});
