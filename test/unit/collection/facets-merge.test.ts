/**
 * One entry per document in the facets: directive ids the matcher's current
 * rules make equal are one entry, whatever analysis (old or new) a clipping
 * carries; ids that differ stay apart. Officials are one entry per folded name.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveClipping } from '@/lib/store/clippings';
import type { AnnotatorDb } from '@/lib/store/db';
import { canonicalDirectiveIds } from '@/lib/clipping/directive-ids';
import { applyFilter, facetCounts, indexCards, newestFirst, NO_FILTER } from '@/lib/collection/filter';
import { fold } from '@/lib/text/fold';
import type { DirectiveSpec, OfficialSpec } from '../../../scripts/support/clippings';
import { clippingInput } from '../../../scripts/support/clippings';
import { freshDb } from '../../helpers/db';

const KL = 'Kết luận';
const BCT = 'Bộ Chính trị';

describe('canonical directive ids from a stored analysis', () => {
  it.each([
    ['a bare number with a Party-centre issuer', [{ id: 'Kết luận 16', kind: KL, issuer: BCT }], ['16-KL/TW']],
    ['a symbol in lower case', [{ id: '57-kl/tw', kind: null, issuer: null }], ['57-KL/TW']],
    ['a symbol typed the State way', [{ id: '16/KL-TW', kind: KL, issuer: null }], ['16-KL/TW']],
    ['a bare number beside its symbol in the same clipping', [{ id: 'Kết luận 16', kind: KL, issuer: null }, { id: '16-KL/TW', kind: KL, issuer: BCT }], ['16-KL/TW', '16-KL/TW']],
    ['a provincial bare number', [{ id: 'Kết luận 16', kind: KL, issuer: 'Tỉnh ủy Nghệ An' }], ['Kết luận 16']],
    ['a bare number with no issuer and no symbol beside it', [{ id: 'Quy định 37', kind: 'Quy định', issuer: null }], ['Quy định 37']],
    ['an id the grammar does not read', [{ id: 'KL-MỚI', kind: null, issuer: null }], ['KL-MỚI']],
  ])('%s', (_label, stored, expected) => {
    expect(canonicalDirectiveIds(stored)).toEqual(expected);
  });
});

describe('facets, one entry per document', () => {
  let db: AnnotatorDb;
  beforeEach(() => {
    db = freshDb();
  });
  afterEach(async () => {
    await db.delete();
  });

  const clip = (at: number, directives: DirectiveSpec[], officials: OfficialSpec[] = []) => saveClipping(db, clippingInput({ spec: { directives, officials } }), at);
  const facets = async () => facetCounts(indexCards(newestFirst(await db.clippings.toArray())), NO_FILTER, null);
  const entries = (values: { label: string; count: number }[]) => values.map((v) => `${v.label} (${v.count})`);

  it('counts "16-KL/TW" and "Kết luận 16" of the Politburo as one document, and keeps other ids apart', async () => {
    for (let i = 0; i < 3; i++) await clip(i, [{ id: '16-KL/TW', kind: KL, issuer: BCT }]);
    for (let i = 3; i < 5; i++) await clip(i, [{ id: 'Kết luận 16', kind: KL, issuer: BCT }]);
    await clip(5, [{ id: 'Kết luận 16', kind: KL }, { id: '16-KL/TW', kind: KL }]);
    await clip(6, [{ id: 'Kết luận 16', kind: KL, issuer: 'Tỉnh ủy Nghệ An' }]);
    await clip(7, [{ id: '57-kl/tw' }]);
    await clip(8, [{ id: '57-KL/TW', kind: KL, issuer: BCT }]);
    await clip(9, [{ id: '16-QĐ/TW', kind: 'Quy định', issuer: BCT }]);
    expect(entries((await facets()).directive)).toEqual(['16-KL/TW (6)', '57-KL/TW (2)', '16-QĐ/TW (1)', 'Kết luận 16 (1)']);
  });

  it('filters by a document under any of its spellings', async () => {
    const a = (await clip(1, [{ id: '16-KL/TW', kind: KL, issuer: BCT }])).id;
    const b = (await clip(2, [{ id: 'Kết luận 16', kind: KL, issuer: BCT }])).id;
    const index = indexCards(newestFirst(await db.clippings.toArray()));
    for (const spelling of ['16-KL/TW', '16-kl/tw']) expect(applyFilter(index, { ...NO_FILTER, directive: spelling }, null).map((c) => c.id)).toEqual([b, a]);
  });

  it('counts a card written before ids were made distinct by case once per document', async () => {
    const { id } = await clip(1, [{ id: '57-KL/TW', kind: KL, issuer: BCT }]);
    await db.clippings.update(id, { directives: ['57-KL/TW', '57-kl/tw'] });
    await clip(2, [{ id: '57-KL/TW', kind: KL, issuer: BCT }]);
    expect(entries((await facets()).directive)).toEqual(['57-KL/TW (2)']);
  });

  it('counts ids the grammar does not read as one document when they differ only by a dash form or an invisible character', async () => {
    await clip(1, [{ id: 'KL-\u200BMỚI' }]);
    await clip(2, [{ id: 'KL–MỚI' }]);
    await clip(3, [{ id: 'KL-MỚI' }]);
    await clip(4, [{ id: 'KL-CŨ' }]);
    // The entry shows the newest spelling.
    expect(entries((await facets()).directive)).toEqual(['KL-MỚI (3)', 'KL-CŨ (1)']);
  });

  it('counts an official once whatever the tone placement, case or normalisation', async () => {
    await clip(1, [], [{ name: 'Nguyễn Thị Thủy' }]);
    await clip(2, [], [{ name: 'NGUYỄN THỊ THUỶ' }]);
    await clip(3, [], [{ name: 'Nguyễn Thị Thuỷ'.normalize('NFD') }]);
    await clip(4, [], [{ name: 'Nguyễn Thị Thu' }]);
    const officials = (await facets()).official;
    expect(officials.map((v) => [v.value, v.count])).toEqual([
      [fold('Nguyễn Thị Thủy'), 3],
      [fold('Nguyễn Thị Thu'), 1],
    ]);
  });
});
