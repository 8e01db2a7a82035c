import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '@/components/library/Library';
import { saveClipping } from '@/lib/store/clippings';
import { clippingInput, HD111, KL57, MON, NGHIA, NQ47 } from '../../support/clippings';
import { $, allLoaded, button, eventually, setUp, titles } from './harness';

const facetEntries = (root: ParentNode, facet: string) =>
  [...root.querySelectorAll(`section[aria-labelledby="facet-${facet}-heading"] li button`)].map((b) => b.textContent);

describe('library page', () => {
  let ui: ReturnType<typeof setUp>;
  beforeEach(async () => {
    ui = setUp();
    await saveClipping(ui.db, clippingInput({ title: 'Bài một', spec: { officials: [NGHIA], directives: [KL57, NQ47] } }), 1);
    await saveClipping(ui.db, clippingInput({ title: 'Bài hai', spec: { officials: [MON, NGHIA], directives: [KL57] } }), 2);
    await saveClipping(ui.db, clippingInput({ title: 'Bài ba', spec: { officials: [MON], directives: [HD111] } }), 3);
  });
  afterEach(async () => {
    await ui.tearDown();
  });

  it('lists every directive and official with how many articles each appears in', async () => {
    ui.show(<Library db={ui.db} />);
    await eventually(() => expect(facetEntries(ui.container, 'directive')).toEqual(['57-KL/TW 2 bài', '111-HD/BTGTW 1 bài', '47/NQ-CP 1 bài']));
    expect(facetEntries(ui.container, 'official')).toEqual(['Lại Xuân Môn 2 bài', 'Nguyễn Trọng Nghĩa 2 bài']);
  });

  it('answers "which articles cite 57-KL/TW?" with one click, and a second click undoes it', async () => {
    ui.show(<Library db={ui.db} />);
    await allLoaded(ui.container, 3);
    button($(ui.container, 'nav'), '57-KL/TW').click();
    await eventually(() => expect(titles(ui.container)).toEqual(['Bài hai', 'Bài một']));
    expect(button($(ui.container, 'nav'), '57-KL/TW').getAttribute('aria-pressed')).toBe('true');
    // The other lists follow: only the officials of those two articles remain.
    expect(facetEntries(ui.container, 'official')).toEqual(['Nguyễn Trọng Nghĩa 2 bài', 'Lại Xuân Môn 1 bài']);
    button($(ui.container, 'nav'), '57-KL/TW').click();
    await allLoaded(ui.container, 3);
  });

  it('has the export and import buttons too', async () => {
    ui.show(<Library db={ui.db} />);
    await allLoaded(ui.container, 3);
    expect(button(ui.container, 'Xuất').disabled).toBe(false);
    expect(button(ui.container, 'Nhập').disabled).toBe(false);
  });
});
