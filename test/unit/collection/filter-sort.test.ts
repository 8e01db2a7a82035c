/**
 * The filters a reader narrows the collection with (tag, clipped and
 * published dates), the orders the list can take, and search hits that match
 * the accents as typed coming first in any order.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveClipping, updateClipping } from '@/lib/store/clippings';
import type { AnnotatorDb } from '@/lib/store/db';
import { applyFilter, type CardIndex, facetCounts, indexCards, isFiltered, toggleTag, newestFirst, NO_FILTER, textHitsOf } from '@/lib/collection/filter';
import type { ClippingCard } from '@/lib/clipping/types';
import { clippingInput } from '../../../scripts/support/clippings';
import { freshDb, searchMatch } from '../../helpers/db';

const local = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();

describe('tag and date filters, sort orders', () => {
  let db: AnnotatorDb;
  let index: CardIndex;
  let ids: Record<'ung' | 'anh' | 'dan' | 'doi' | 'hoa', string>;
  beforeEach(async () => {
    db = freshDb();
    const save = async (title: string, published: string | null, clippedAt: number, tags: string[] = []) => {
      const { id } = await saveClipping(db, clippingInput({ title, text: title, published, spec: {} }), clippedAt);
      if (tags.length) await updateClipping(db, id, { note: '', tags }, clippedAt);
      return id;
    };
    ids = {
      ung: await save('Ứng dụng số trong tuyên truyền', '2024-03-02', local(2024, 3, 10), ['TTĐN']),
      anh: await save('Anh và Việt Nam đối thoại', '2024-03-05T08:00:00+07:00', local(2024, 3, 11, 0)),
      dan: await save('Dân vận khéo', null, local(2024, 3, 11, 23), ['ttđn', 'báo cáo']),
      doi: await save('Đối ngoại nhân dân: hoa hữu nghị', '2023-12-31', local(2024, 3, 12)),
      hoa: await save('Hòa bình cho khu vực', '2024-01-15', local(2024, 3, 13), ['Báo cáo']),
    };
    index = indexCards(newestFirst(await db.clippings.toArray()));
  });
  afterEach(async () => {
    await db.delete();
  });

  const idsOf = (list: ClippingCard[]) => list.map((c) => c.id);

  it('filters by a tag whatever its case or tone placement, and counts tags as one', () => {
    const counts = facetCounts(index, NO_FILTER, null).tag;
    expect(counts.map((v) => [v.label, v.count])).toEqual([
      ['Báo cáo', 2],
      ['ttđn', 2],
    ]);
    expect(idsOf(applyFilter(index, { ...NO_FILTER, tags: ['TTĐN'] }, null))).toEqual([ids.dan, ids.ung]);
    expect(idsOf(applyFilter(index, { ...NO_FILTER, tags: ['báo cáo'] }, null))).toEqual([ids.hoa, ids.dan]);
  });

  it('filters by several tags at once: a card must carry every one, and counts say what adding a tag leaves', () => {
    const both = toggleTag(toggleTag(NO_FILTER, 'ttđn'), 'BÁO CÁO');
    expect(both.tags).toEqual(['ttđn', 'BÁO CÁO']);
    expect(idsOf(applyFilter(index, both, null))).toEqual([ids.dan]);
    expect(facetCounts(index, toggleTag(NO_FILTER, 'ttđn'), null).tag.map((v) => [v.label, v.count])).toEqual([
      ['ttđn', 2],
      ['Báo cáo', 1],
    ]);
    // Choosing a chosen tag again (any spelling) takes it away.
    expect(toggleTag(both, 'Báo cáo').tags).toEqual(['ttđn']);
  });

  it('filters by clipped day in the reader’s time zone, both ends included', () => {
    const filter = { ...NO_FILTER, clipped: { from: '2024-03-11', to: '2024-03-11' } };
    expect(isFiltered(filter)).toBe(true);
    // Clipped at 00:00 and at 23:00 that day.
    expect(idsOf(applyFilter(index, filter, null))).toEqual([ids.dan, ids.anh]);
    expect(idsOf(applyFilter(index, { ...NO_FILTER, clipped: { from: '2024-03-12', to: null } }, null))).toEqual([ids.hoa, ids.doi]);
    expect(idsOf(applyFilter(index, { ...NO_FILTER, clipped: { from: null, to: '2024-03-10' } }, null))).toEqual([ids.ung]);
  });

  it('filters by published date as the page states it; a page without one is left out', () => {
    const filter = { ...NO_FILTER, published: { from: '2024-01-01', to: '2024-03-05' } };
    expect(idsOf(applyFilter(index, filter, null))).toEqual([ids.hoa, ids.anh, ids.ung]);
    expect(idsOf(applyFilter(index, { ...NO_FILTER, published: { from: null, to: '2023-12-31' } }, null))).toEqual([ids.doi]);
    // The counts follow the dates too.
    // A tag shows as its newest spelling across the collection.
    expect(facetCounts(index, filter, null).tag.map((v) => [v.label, v.count])).toEqual([
      ['Báo cáo', 1],
      ['ttđn', 1],
    ]);
  });

  it('sorts by clipped, published (undated last) or title in Vietnamese order', () => {
    expect(idsOf(applyFilter(index, NO_FILTER, null, 'clipped'))).toEqual([ids.hoa, ids.doi, ids.dan, ids.anh, ids.ung]);
    expect(idsOf(applyFilter(index, NO_FILTER, null, 'published'))).toEqual([ids.anh, ids.ung, ids.hoa, ids.doi, ids.dan]);
    // A, D, Đ, H, Ư: đ after d, ư after u, whatever the diacritics say to a byte order.
    expect(idsOf(applyFilter(index, NO_FILTER, null, 'title'))).toEqual([ids.anh, ids.dan, ids.doi, ids.hoa, ids.ung]);
  });

  it('puts the hits that match the accents as typed first, then the chosen order', async () => {
    // "hoa": the flower is written so in "Đối ngoại nhân dân: hoa hữu nghị"; "Hòa bình" matches only without accents.
    const hoa = textHitsOf(index, await searchMatch(db, 'hoa'));
    expect(idsOf(applyFilter(index, NO_FILTER, hoa, 'clipped'))).toEqual([ids.doi, ids.hoa]);
    expect(idsOf(applyFilter(index, NO_FILTER, hoa, 'title'))).toEqual([ids.doi, ids.hoa]);
    const hoaTone = textHitsOf(index, await searchMatch(db, 'hòa'));
    expect(idsOf(applyFilter(index, NO_FILTER, hoaTone, 'clipped'))).toEqual([ids.hoa, ids.doi]);
    // Without any diacritic typed, all hits are equal: the chosen order alone.
    const d = textHitsOf(index, await searchMatch(db, 'doi'));
    expect(idsOf(applyFilter(index, NO_FILTER, d, 'title'))).toEqual([ids.anh, ids.doi]);
  });
});
