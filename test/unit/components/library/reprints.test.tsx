/**
 * The library shows reprints as one story: one card listing every site and
 * date, the count saying both numbers, and "Xem từng bài" opening each
 * clipping, with its own note, under it. The popup lists every clipping.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '@/components/library/Library';
import { Popup } from '@/components/popup/Popup';
import { saveClipping, updateClipping } from '@/lib/store/clippings';
import { clippingInput } from '../../../../scripts/support/clippings';
import { allLoaded, button, eventually, setUp, titles } from '../../../helpers/harness';
import { corpusMissing, devArticles } from '../../../helpers/shared-corpus';

const story = devArticles().find((a) => a.text.split(/\s+/).length > 200)!;
const TITLE = 'Tăng cường hợp tác thông tin đối ngoại';

describe.skipIf(corpusMissing)('reprints in the library', () => {
  let ui: ReturnType<typeof setUp>;
  beforeEach(async () => {
    ui = setUp();
    const sites = ['baochinhphu.vn', 'baoquocte.vn', 'baolangson.vn'];
    for (const [i, site] of sites.entries()) {
      const { id } = await saveClipping(ui.db, clippingInput({ site, url: `https://${site}/bai.html`, title: TITLE, text: `${site} - ${story.text}`, published: `2025-03-0${i + 1}` }), i + 1);
      if (site === 'baoquocte.vn') await updateClipping(ui.db, id, { note: 'Bản của Báo Quốc tế', tags: [] }, 10);
    }
    await saveClipping(ui.db, clippingInput({ title: 'Một bài khác' }), 4);
  });
  afterEach(async () => {
    await ui.tearDown();
  });

  it('folds three sites’ copies into one card listing each site and date, and opens each clipping under it', async () => {
    ui.show(<Library db={ui.db} />);
    await allLoaded(ui.container, 4);
    await eventually(() => expect(titles(ui.container)).toEqual(['Một bài khác', TITLE]));
    expect(ui.container.querySelector('.result-count')!.textContent).toBe('4 bài · 2 câu chuyện (bài đăng lại gộp một)');
    const line = ui.container.querySelector('.clipping-reprints')!.textContent!;
    expect(line).toBe('Xem từng bài (3) Cùng bài đăng trên: baolangson.vn (3/3/2025) · baoquocte.vn (2/3/2025) · baochinhphu.vn (1/3/2025)');

    button(ui.container, 'Xem từng bài (3)').click();
    await eventually(() => expect(titles(ui.container)).toEqual(['Một bài khác', TITLE, TITLE, TITLE]));
    const opened = [...ui.container.querySelectorAll('.clipping.reprint')];
    expect(opened.map((c) => c.querySelector('.clipping-site')!.textContent)).toEqual(['baoquocte.vn', 'baochinhphu.vn']);
    expect(opened[0]!.querySelector('.clipping-note')!.textContent).toBe('Bản của Báo Quốc tế');
    button(ui.container, 'Gộp lại (3)').click();
    await eventually(() => expect(titles(ui.container)).toEqual(['Một bài khác', TITLE]));
  });

  it('leaves the popup listing every clipping', async () => {
    ui.show(<Popup db={ui.db} />);
    await eventually(() => expect(titles(ui.container)).toHaveLength(4));
  });
});
