import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveClipping } from '@/lib/store/clippings';
import type { AnnotatorDb } from '@/lib/store/db';
import { syntheticCollection } from '@/bench/collection-data';
import { toRows } from '@/lib/clipping/derive';
import { applyFilter, type CardIndex, chosenOf, type CollectionFilter, FACETS, type FacetName, facetCounts, indexCards, isFiltered, newestFirst, NO_FILTER, textHitsOf } from '@/lib/collection/filter';
import { fold } from '@/lib/text/fold';
import type { ClippingCard } from '@/lib/clipping/types';
import { BINH, clippingInput, HD111, KL57, NGHIA, NQ47 } from '../../../scripts/support/clippings';
import { freshDb, searchAll, searchMatch } from '../../helpers/db';

describe('filters, facets and search', () => {
  let db: AnnotatorDb;
  let index: CardIndex;
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
    index = indexCards(newestFirst(await db.clippings.toArray()));
  });
  afterEach(async () => {
    await db.delete();
  });

  const idsOf = (list: ClippingCard[]) => list.map((c) => c.id);

  it('lists newest first with no filter', () => {
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(idsOf(applyFilter(index, NO_FILTER, null))).toEqual([ids.d, ids.c, ids.b, ids.a]);
  });

  it('filters by an official whatever the spelling, case or normalisation', () => {
    const filter = { ...NO_FILTER, official: fold('nguyễn trọng nghĩa') };
    expect(isFiltered(filter)).toBe(true);
    expect(idsOf(applyFilter(index, filter, null))).toEqual([ids.b, ids.a]);
    expect(idsOf(applyFilter(index, { ...NO_FILTER, official: fold('Nguyễn Thị Thủy') }, null))).toEqual([ids.c]);
  });

  it('filters by directive, site and topic verdict, combined', () => {
    expect(idsOf(applyFilter(index, { ...NO_FILTER, directive: '57-KL/TW' }, null))).toEqual([ids.b, ids.a]);
    expect(idsOf(applyFilter(index, { ...NO_FILTER, directive: '57-KL/TW', official: fold(BINH.name) }, null))).toEqual([ids.a]);
    expect(idsOf(applyFilter(index, { ...NO_FILTER, site: 'nhandan.vn', topic: 'no' }, null))).toEqual([]);
    expect(idsOf(applyFilter(index, { ...NO_FILTER, topic: 'no' }, null))).toEqual([ids.d, ids.c]);
  });

  it('counts per facet value, as the list would be if that value were chosen', () => {
    const counts = facetCounts(index, { ...NO_FILTER, site: 'nhandan.vn' }, null);
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
    const everywhere = textHitsOf(index, await searchMatch(db, 'thông tin đối ngoại'));
    expect(idsOf(applyFilter(index, { ...NO_FILTER, directive: '57-KL/TW' }, everywhere))).toEqual([ids.b, ids.a]);
    await expect(searchAll(db, '   ')).resolves.toBeNull();
  });

  it('gives what a plain scan of every card gives, for any mix of filters and text hits', () => {
    const cards = newestFirst(syntheticCollection(400).map((r) => toRows(r).card));
    const big = indexCards(cards);
    const pick = <T>(list: readonly T[], i: number) => list[i % list.length]!;
    const facetsOf = (card: ClippingCard): Record<FacetName, string[]> => ({
      official: card.officialKeys,
      directive: card.directives,
      tag: card.tags,
      site: [card.site],
      topic: [card.topic ? 'yes' : 'no'],
    });
    const hits = new Set(cards.filter((_, i) => i % 3 !== 0).map((c) => c.id));
    for (let i = 0; i < 24; i++) {
      const filter: CollectionFilter = {
        query: '',
        official: i % 4 === 1 ? pick(cards, i).officialKeys[0]! : null,
        directive: i % 2 === 0 ? pick(cards, i * 7).directives[0]! : null,
        site: i % 3 === 2 ? pick(cards, i * 5).site : null,
        topic: i % 5 === 3 ? 'no' : null,
        tags: i % 7 === 4 ? ['ttđn'] : i % 10 === 9 ? [pick(cards, i).tags[0] ?? 'ttđn', 'ttđn'] : [],
        clipped: i % 8 === 6 ? { from: null, to: '2024-01-05' } : NO_FILTER.clipped,
        published: i % 9 === 7 ? { from: '2024-01-03', to: '2024-01-09' } : NO_FILTER.published,
      };
      const text = i % 6 === 5 ? { hits, exact: new Set<string>() } : null;
      const grades = textHitsOf(big, text);
      const clippedTo = new Date(2024, 0, 6).getTime();
      const dated = (card: ClippingCard) =>
        (filter.clipped.to === null || card.clippedAt < clippedTo) &&
        (filter.published.from === null || (card.published !== null && card.published >= filter.published.from && card.published <= filter.published.to!));
      const passes = (card: ClippingCard, except?: FacetName) =>
        (!text || text.hits.has(card.id)) &&
        dated(card) &&
        FACETS.every((f) => f === except || chosenOf(filter, f).every((value) => facetsOf(card)[f].some((v) => fold(v) === fold(value))));
      expect(applyFilter(big, filter, grades)).toEqual(cards.filter((c) => passes(c)));
      const counts = facetCounts(big, filter, grades);
      for (const facet of FACETS) {
        const expected = new Map<string, number>();
        // Tags count by their folded form, shown (and chosen) by their first spelling;
        // they add up, so a tag's count keeps the tags already chosen.
        for (const card of cards.filter((c) => passes(c, facet === 'tag' ? undefined : facet))) for (const v of facetsOf(card)[facet]) expected.set(v, (expected.get(v) ?? 0) + 1);
        expect(new Map(counts[facet].map((v) => [v.value, v.count]))).toEqual(expected);
      }
    }
  });
});
