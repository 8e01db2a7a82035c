/**
 * Reprints folded in the library's list: the same agency article clipped on
 * three sites is one story listing the three, each clipping with its own note
 * and tags; different articles, and articles too short to judge, stay apart.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveClipping, updateClipping } from '@/lib/store/clippings';
import type { AnnotatorDb } from '@/lib/store/db';
import { newestFirst } from '@/lib/collection/filter';
import { foldReprints } from '@/lib/collection/reprints';
import { clippingInput } from '../../../scripts/support/clippings';
import { freshDb } from '../../helpers/db';
import { corpusMissing, devArticles } from '../../helpers/shared-corpus';

const [story, other] = devArticles().filter((a) => a.text.split(/\s+/).length > 200);

/** The story as one site reprints it: its own lead line and byline, its own headline spelling (tone placement), a sentence less. */
const reprinted = (text: string, lead: string) => `${lead} ${text.split(/(?<=\.)\s+/).slice(0, -1).join(' ')} Nguồn: TTXVN.`;

describe.skipIf(corpusMissing)('folding reprints into stories', () => {
  let db: AnnotatorDb;
  beforeEach(() => {
    db = freshDb();
  });
  afterEach(async () => {
    await db.delete();
  });

  const clip = (site: string, title: string, text: string, at: number) =>
    saveClipping(db, clippingInput({ site, url: `https://${site}/bai-${at}.html`, title, text, published: `2025-03-0${at}` }), at);

  it('folds three sites’ reprints into one story, each keeping its own note and tags', async () => {
    const a = await clip('baochinhphu.vn', 'Tăng cường hợp tác thông tin đối ngoại', story!.text, 1);
    const b = await clip('baoquocte.vn', 'Tăng cường hợp tác thông tin đối ngoại', reprinted(story!.text, '(BQT) -'), 2);
    const unrelated = await clip('nhandan.vn', 'Một bài khác', other!.text, 3);
    const c = await clip('baolangson.vn', 'Tăng cường hợp tác thông tin đối ngoại'.normalize('NFD'), reprinted(story!.text.normalize('NFD'), 'Lạng Sơn -'), 4);
    await updateClipping(db, b.id, { note: 'Bản của Báo Quốc tế', tags: ['đăng lại'] }, 5);

    const stories = foldReprints(newestFirst(await db.clippings.toArray()));
    expect(stories.map((s) => s.map((card) => card.site))).toEqual([['baolangson.vn', 'baoquocte.vn', 'baochinhphu.vn'], ['nhandan.vn']]);
    const folded = stories[0]!;
    expect(folded.map((card) => card.id)).toEqual([c.id, b.id, a.id]);
    expect(folded[1]).toMatchObject({ note: 'Bản của Báo Quốc tế', tags: ['đăng lại'] });
    expect(folded[2]).toMatchObject({ note: '', tags: [] });
    expect(stories[1]!.map((card) => card.id)).toEqual([unrelated.id]);
  });

  it('leaves articles too short to judge, and cards stored before their keys, each its own story', async () => {
    const short = 'Hội nghị thông tin đối ngoại năm 2025 diễn ra tại Hà Nội.';
    await clip('a.vn', 'Tin ngắn', short, 1);
    await clip('b.vn', 'Tin ngắn', short, 2);
    const full = await clip('c.vn', 'Bài dài', story!.text, 3);
    await clip('d.vn', 'Bài dài', story!.text, 4);
    await db.clippings.update(full.id, { reprint: undefined });
    const stories = foldReprints(newestFirst(await db.clippings.toArray()));
    expect(stories.map((s) => s.length)).toEqual([1, 1, 1, 1]);
  });

  it('folds a chain: a card sharing a key with each of two others joins them in one story', () => {
    const card = (id: string, reprint: string) => ({ id, reprint }) as never;
    expect(foldReprints([card('x', 'a1 b1'), card('y', 'a2 b2'), card('z', 'a1 b2')]).map((s) => s.map((c: { id: string }) => c.id))).toEqual([['x', 'y', 'z']]);
  });
});
