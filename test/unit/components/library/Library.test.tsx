import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FacetList } from '@/components/library/FacetList';
import { Library } from '@/components/library/Library';
import { libraryStrings } from '@/components/library/strings';
import { saveClipping } from '@/lib/store/clippings';
import { clippingInput, HD111, KL57, MON, NGHIA, NQ47 } from '../../../../scripts/support/clippings';
import { $, allLoaded, button, eventually, setUp, titles, type } from '../../../helpers/harness';

const facetEntries = (root: ParentNode, facet: string) =>
  [...root.querySelectorAll(`section[aria-labelledby="facet-${facet}-heading"] li button:not(.star)`)].map((b) => b.textContent);

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

  it('shows each clipping as a card with its verdict and score, site, dates and what was found', async () => {
    ui.show(<Library db={ui.db} />);
    await allLoaded(ui.container, 3);
    const card = [...ui.container.querySelectorAll('.clipping')].find((c) => c.querySelector('.clipping-title')?.textContent === 'Bài một')!;
    const meta = card.querySelector('.clipping-meta')!.textContent!;
    expect(meta).toMatch(/^Về thông tin đối ngoại \d+% · \S+ · Đăng \d{1,2}\/\d{1,2}\/\d{4} · Lưu \d{1,2}\/\d{1,2}\/\d{4}$/);
    expect([...card.querySelectorAll('.found-directive')].map((e) => e.textContent)).toEqual(['57-KL/TW', '47/NQ-CP']);
    expect([...card.querySelectorAll('.found-official')].map((e) => e.textContent)).toEqual(['Nguyễn Trọng Nghĩa']);
    expect(card.querySelector('.clipping-found')!.textContent).toBe('57-KL/TW · 47/NQ-CP · Nguyễn Trọng Nghĩa');
  });

  it('folds a facet list away under its heading and opens it again', async () => {
    ui.show(<Library db={ui.db} />);
    await eventually(() => expect(facetEntries(ui.container, 'official')).toHaveLength(2));
    const toggle = button($(ui.container, '#facet-official-heading'), 'Quan chức');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    toggle.click();
    await eventually(() => expect(toggle.getAttribute('aria-expanded')).toBe('false'));
    expect(($(ui.container, '#facet-official-body') as HTMLElement).hidden).toBe(true);
    // The other lists stay open.
    expect(($(ui.container, '#facet-directive-body') as HTMLElement).hidden).toBe(false);
    toggle.click();
    await eventually(() => expect(($(ui.container, '#facet-official-body') as HTMLElement).hidden).toBe(false));
  });
});

describe('a long facet list', () => {
  const names = ['Nguyễn Trọng Nghĩa', 'Lại Xuân Môn', 'Lê Hải Bình', 'Phan Xuân Thủy', 'Đặng Thị Phương Thảo', 'Bùi Đức Hinh', 'Nguyễn Văn Kỷ', 'Hồ Trung Việt', 'Đinh Tiến Dũng'];
  const values = names.map((label, i) => ({ value: label, label, count: 9 - i }));
  let ui: ReturnType<typeof setUp>;
  beforeEach(() => {
    ui = setUp();
  });
  afterEach(async () => {
    await ui.tearDown();
  });
  const shown = () => [...ui.container.querySelectorAll('li .facet-label')].map((e) => e.textContent);

  it('is searched as people type, without diacritics and by the start of words; đ is typed as d', async () => {
    let chosen: string | null = null;
    ui.show(<FacetList id="facet-official" heading="Quan chức" values={values} chosen={null} onChoose={(v) => (chosen = v)} t={libraryStrings('vi')} lang="vi" />);
    const search = $(ui.container, 'input[aria-label="Tìm trong danh sách quan chức"]') as HTMLInputElement;
    expect(shown()).toHaveLength(9);
    type(search, 'nguyen');
    await eventually(() => expect(shown()).toEqual(['Nguyễn Trọng Nghĩa', 'Nguyễn Văn Kỷ']));
    type(search, 'dang thi');
    await eventually(() => expect(shown()).toEqual(['Đặng Thị Phương Thảo']));
    button(ui.container, 'Đặng Thị Phương Thảo').click();
    expect(chosen).toBe('Đặng Thị Phương Thảo');
    type(search, 'xyz');
    await eventually(() => expect($(ui.container, '.facet-none').textContent).toBe('Không có mục nào khớp.'));
    type(search, '');
    await eventually(() => expect(shown()).toHaveLength(9));
  });

  it('keeps the chosen value in view whatever is typed', async () => {
    ui.show(<FacetList id="facet-official" heading="Quan chức" values={values} chosen="Lê Hải Bình" onChoose={() => undefined} t={libraryStrings('vi')} lang="vi" />);
    type($(ui.container, 'input[type="search"]') as HTMLInputElement, 'nguyen');
    await eventually(() => expect(shown()).toEqual(['Nguyễn Trọng Nghĩa', 'Lê Hải Bình', 'Nguyễn Văn Kỷ']));
  });

  it('has no search box when a handful of values is read at a glance', () => {
    ui.show(<FacetList id="facet-site" heading="Trang báo" values={values.slice(0, 3)} chosen={null} onChoose={() => undefined} t={libraryStrings('vi')} lang="vi" />);
    expect(ui.container.querySelector('input[type="search"]')).toBeNull();
  });
});
