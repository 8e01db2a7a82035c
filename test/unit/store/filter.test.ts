import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveClipping } from '@/lib/store/clippings';
import type { AnnotatorDb } from '@/lib/store/db';
import { applyFilter, facetCounts, isFiltered, newestFirst, NO_FILTER } from '@/lib/store/filter';
import { fold } from '@/lib/store/fold';
import type { ClippingCard } from '@/lib/store/types';
import { BINH, clippingInput, HD111, KL57, NGHIA, NQ47 } from '../../support/clippings';
import { freshDb, searchAll } from './helpers';

describe('filters, facets and search', () => {
  let db: AnnotatorDb;
  let cards: ClippingCard[];
  let ids: Record<string, string>;
  beforeEach(async () => {
    db = freshDb();
    ids = {
      a: (await saveClipping(db, clippingInput({ site: 'nhandan.vn', spec: { officials: [NGHIA, BINH], directives: [KL57, NQ47] } }), 1)).id,
      // The same official written NFD and with the old tone placement of another name.
      b: (await saveClipping(db, clippingInput({ site: 'nhandan.vn', spec: { officials: [{ name: NGHIA.name.normalize('NFD').toUpperCase() }], directives: [KL57] } }), 2)).id,
      c: (await saveClipping(db, clippingInput({ site: 'baoquocte.vn', spec: { officials: [{ name: 'Nguyễn Thị Thuỷ' }], directives: [HD111], foreignInfo: false } }), 3)).id,
      d: (await saveClipping(db, clippingInput({ site: 'vnexpress.net', title: 'Giá vàng hôm nay', text: 'Giá vàng tăng mạnh trong phiên sáng nay.', spec: { foreignInfo: false } }), 4)).id,
    };
    cards = newestFirst(await db.clippings.toArray());
  });
  afterEach(async () => {
    await db.delete();
  });

  const idsOf = (list: ClippingCard[]) => list.map((c) => c.id);

  it('lists newest first with no filter', () => {
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(idsOf(applyFilter(cards, NO_FILTER, null))).toEqual([ids.d, ids.c, ids.b, ids.a]);
  });

  it('filters by an official whatever the spelling, case or normalisation', () => {
    const filter = { ...NO_FILTER, official: fold('nguyễn trọng nghĩa') };
    expect(isFiltered(filter)).toBe(true);
    expect(idsOf(applyFilter(cards, filter, null))).toEqual([ids.b, ids.a]);
    expect(idsOf(applyFilter(cards, { ...NO_FILTER, official: fold('Nguyễn Thị Thủy') }, null))).toEqual([ids.c]);
  });

  it('filters by directive, site and topic verdict, combined', () => {
    expect(idsOf(applyFilter(cards, { ...NO_FILTER, directive: '57-KL/TW' }, null))).toEqual([ids.b, ids.a]);
    expect(idsOf(applyFilter(cards, { ...NO_FILTER, directive: '57-KL/TW', official: fold(BINH.name) }, null))).toEqual([ids.a]);
    expect(idsOf(applyFilter(cards, { ...NO_FILTER, site: 'nhandan.vn', topic: 'no' }, null))).toEqual([]);
    expect(idsOf(applyFilter(cards, { ...NO_FILTER, topic: 'no' }, null))).toEqual([ids.d, ids.c]);
  });

  it('counts per facet value, as the list would be if that value were chosen', () => {
    const counts = facetCounts(cards, { ...NO_FILTER, site: 'nhandan.vn' }, null);
    expect(counts.directive).toEqual([
      { value: '57-KL/TW', label: '57-KL/TW', count: 2 },
      { value: '47/NQ-CP', label: '47/NQ-CP', count: 1 },
    ]);
    expect(counts.official[0]).toMatchObject({ value: fold(NGHIA.name), count: 2 });
    // The site facet ignores its own choice: other sites stay offered, with their counts.
    expect(counts.site.map((s) => [s.value, s.count])).toEqual([
      ['nhandan.vn', 2],
      ['baoquocte.vn', 1],
      ['vnexpress.net', 1],
    ]);
    expect(counts.topic).toEqual([{ value: 'yes', label: 'yes', count: 2 }]);
  });

  it('searches title and text, folding tone placement and case, and combines with filters', async () => {
    const hits = await searchAll(db, 'GIÁ VÀNG');
    expect(hits).toEqual(new Set([ids.d]));
    const thuy = await searchAll(db, 'thủy');
    expect(thuy).toEqual(new Set([ids.c]));
    const everywhere = await searchAll(db, 'thông tin đối ngoại');
    expect(idsOf(applyFilter(cards, { ...NO_FILTER, directive: '57-KL/TW' }, everywhere))).toEqual([ids.b, ids.a]);
    await expect(searchAll(db, '   ')).resolves.toBeNull();
  });
});
