import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteClipping, saveClipping, updateClipping } from '@/lib/store/clippings';
import type { AnnotatorDb } from '@/lib/store/db';
import { SearchCache } from '@/lib/collection/search';
import { clippingInput } from '../../../scripts/support/clippings';
import { freshDb, searchAll, searchMatch } from '../../helpers/db';

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

describe('search as people type', () => {
  let db: AnnotatorDb;
  beforeEach(() => {
    db = freshDb();
  });
  afterEach(async () => {
    await db.delete();
  });

  const save = async (title: string, at: number, text = title) => (await saveClipping(db, clippingInput({ title, text, spec: {} }), at)).id;

  it('finds without diacritics what is written with them, and đ as d', async () => {
    const nghia = await save('Đồng chí Nguyễn Trọng Nghĩa dự hội nghị', 1);
    const ttdn = await save('Nâng cao hiệu quả thông tin đối ngoại', 2);
    await save('Giá vàng hôm nay', 3);
    await expect(searchAll(db, 'nguyen trong nghia')).resolves.toEqual(new Set([nghia]));
    await expect(searchAll(db, 'thong tin doi ngoai')).resolves.toEqual(new Set([ttdn]));
    await expect(searchAll(db, 'dong chi')).resolves.toEqual(new Set([nghia]));
    await expect(searchAll(db, 'DONG CHI NGUY')).resolves.toEqual(new Set([nghia]));
    // Typed with diacritics, as before.
    await expect(searchAll(db, 'Nguyễn Trọng Nghĩa'.normalize('NFD'))).resolves.toEqual(new Set([nghia]));
  });

  it('tells apart the hits that match the accents as typed', async () => {
    const flower = await save('Hoa đào nở sớm', 1);
    const peace = await save('Hoà bình và hợp tác', 2);
    const peaceOld = await save('Hòa bình, hữu nghị', 3);
    const match = (await searchMatch(db, 'hoa'))!;
    expect(match.hits).toEqual(new Set([flower, peace, peaceOld]));
    expect(match.exact).toEqual(new Set([flower]));
    // Either tone placement typed is exact for both spellings.
    const typed = (await searchMatch(db, 'hòa bình'))!;
    expect(typed.hits).toEqual(new Set([peace, peaceOld]));
    expect(typed.exact).toEqual(new Set([peace, peaceOld]));
    expect((await searchMatch(db, 'hoà'))!.exact).toEqual(new Set([peace, peaceOld]));
  });

  it('grades the cards it is given by position, as the search by id does', async () => {
    const flower = await save('Hoa đào nở sớm', 1);
    const peace = await save('Hoà bình và hợp tác', 2);
    await save('Giá vàng', 3);
    const cache = new SearchCache(db);
    const cards = await db.clippings.orderBy('clippedAt').toArray();
    await cache.sync(cards);
    expect([...cache.searchCards(cards, 'hoa')!]).toEqual([2, 1, 0]);
    expect(cards.map((c) => c.id).slice(0, 2)).toEqual([flower, peace]);
    expect(cache.searchCards(cards, ' ')).toBeNull();
    // A note edited since: the grades follow once the cache is in step.
    await updateClipping(db, cards[2]!.id, { note: 'hoà giải', tags: [] }, 10);
    const edited = await db.clippings.orderBy('clippedAt').toArray();
    await cache.sync(edited);
    expect([...cache.searchCards(edited, 'hoa')!]).toEqual([2, 1, 1]);
  });

  it('gives the same grades typed key by key, backwards and forwards, as searched afresh', async () => {
    await save('Nguyễn Trọng Nghĩa', 1);
    await save('Nguy cơ thiên tai', 2);
    await save('Ngư dân bám biển', 3);
    await save('Nguyên tắc đối ngoại', 4);
    const cards = await db.clippings.orderBy('clippedAt').toArray();
    const typing = new SearchCache(db);
    await typing.sync(cards);
    for (const query of ['n', 'ng', 'ngu', 'nguy', 'nguye', 'nguyen', 'nguyen ', 'nguyen t', 'nguyê', 'ngu', 'ngư', 'nguyen tac doi']) {
      const fresh = new SearchCache(db);
      await fresh.sync(cards);
      expect([...typing.searchCards(cards, query)!], query).toEqual([...fresh.searchCards(cards, query)!]);
    }
    expect([...typing.searchCards(cards, 'nguyen')!]).toEqual([1, 0, 0, 1]);
    expect([...typing.searchCards(cards, 'nguyên')!]).toEqual([1, 0, 0, 2]);
  });

  it('reads nothing when synced again with the same cards', async () => {
    await save('Hội nghị', 1);
    const cache = new SearchCache(db);
    const cards = await db.clippings.toArray();
    await cache.sync(cards);
    const reads = [vi.spyOn(db.searchTexts, 'bulkGet'), vi.spyOn(db.searchTexts, 'toArray')];
    await cache.sync(cards);
    for (const read of reads) expect(read).not.toHaveBeenCalled();
    expect([...cache.searchCards(cards, 'hoi')!]).toEqual([1]);
  });

  it('searches a row stored before bare words existed, before the rebuild reaches it', async () => {
    const id = await save('Ủy ban Thường vụ Quốc hội', 1);
    const row = (await db.searchTexts.get(id))!;
    await db.searchTexts.put({ id, folded: row.folded });
    await expect(searchAll(db, 'uy ban thuong vu')).resolves.toEqual(new Set([id]));
  });
});

describe('English search terms', () => {
  let db: AnnotatorDb;
  beforeEach(() => {
    db = freshDb();
  });
  afterEach(async () => {
    await db.delete();
  });

  const save = async (title: string, at: number) => (await saveClipping(db, clippingInput({ title, text: title, spec: {} }), at)).id;

  it('finds the Vietnamese articles an English term names: politburo, conclusion 57, the prime minister', async () => {
    const politburo = await save('Bộ Chính trị ban hành Kết luận số 57-KL/TW', 1);
    const secretariat = await save('Ban Bí thư chỉ đạo công tác thông tin đối ngoại', 2);
    const pm = await save('Thủ tướng Chính phủ gặp báo chí', 3);
    const decree = await save('Nghị định 72/2015/NĐ-CP về thông tin đối ngoại', 4);
    await expect(searchAll(db, 'politburo')).resolves.toEqual(new Set([politburo]));
    await expect(searchAll(db, 'Politburo')).resolves.toEqual(new Set([politburo]));
    await expect(searchAll(db, 'conclusion 57')).resolves.toEqual(new Set([politburo]));
    await expect(searchAll(db, 'the secretariat')).resolves.toEqual(new Set([secretariat]));
    await expect(searchAll(db, 'prime minister')).resolves.toEqual(new Set([pm]));
    await expect(searchAll(db, 'decrees')).resolves.toEqual(new Set([decree]));
    await expect(searchAll(db, 'foreign information')).resolves.toEqual(new Set([secretariat, decree]));
    // Words the glossary does not know are searched as typed.
    await expect(searchAll(db, 'conclusion 58')).resolves.toEqual(new Set());
  });

  it('still finds English as written, and grades typed key by key as searched afresh', async () => {
    await save('Bộ Chính trị họp', 1);
    await save('Politburo meets, says the English edition', 2);
    await save('Chính trị học', 3);
    const cards = await db.clippings.orderBy('clippedAt').toArray();
    const typing = new SearchCache(db);
    await typing.sync(cards);
    for (const query of ['p', 'pol', 'politbur', 'politburo', 'politburo ', 'politbur', 'politburo']) {
      const fresh = new SearchCache(db);
      await fresh.sync(cards);
      expect([...typing.searchCards(cards, query)!], query).toEqual([...fresh.searchCards(cards, query)!]);
    }
    expect([...typing.searchCards(cards, 'politburo')!]).toEqual([2, 2, 0]);
  });
});
