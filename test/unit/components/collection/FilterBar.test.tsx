/**
 * The collection as a reader narrows it: search typed without diacritics,
 * the sort control, the tag and date filters, all labelled native controls
 * a keyboard reaches.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Library } from '@/components/library/Library';
import { saveClipping, updateClipping } from '@/lib/store/clippings';
import { clippingInput, NGHIA } from '../../../../scripts/support/clippings';
import { $, allLoaded, button, choose, eventually, setUp, titles, type } from '../../../helpers/harness';

const day = (y: number, m: number, d: number) => new Date(y, m - 1, d, 10).getTime();

describe('collection search, sort and filters', () => {
  let ui: ReturnType<typeof setUp>;
  beforeEach(async () => {
    ui = setUp();
    const save = async (title: string, published: string, at: number, tags: string[] = []) => {
      const { id } = await saveClipping(ui.db, clippingInput({ title, published, spec: { officials: title.includes('Nghĩa') ? [NGHIA] : [] } }), at);
      if (tags.length) await updateClipping(ui.db, id, { note: '', tags }, at);
    };
    await save('Đồng chí Nguyễn Trọng Nghĩa làm việc tại Đà Nẵng', '2024-05-20', day(2024, 6, 1), ['Báo cáo quý']);
    await save('Ưu tiên thông tin đối ngoại', '2024-06-02', day(2024, 6, 3));
    await save('An ninh mạng', '2024-01-10', day(2024, 6, 5), ['báo cáo quý']);
  });
  afterEach(async () => {
    await ui.tearDown();
  });

  const search = () => $(ui.container, 'input[type="search"]') as HTMLInputElement;

  it('finds a name typed without diacritics, and a prefix', async () => {
    ui.show(<Library db={ui.db} />);
    await allLoaded(ui.container, 3);
    type(search(), 'nguyen trong nghia');
    await eventually(() => expect(titles(ui.container)).toEqual(['Đồng chí Nguyễn Trọng Nghĩa làm việc tại Đà Nẵng']));
    type(search(), 'da nang');
    await eventually(() => expect(titles(ui.container)).toEqual(['Đồng chí Nguyễn Trọng Nghĩa làm việc tại Đà Nẵng']));
    type(search(), 'uu tie');
    await eventually(() => expect(titles(ui.container)).toEqual(['Ưu tiên thông tin đối ngoại']));
    expect(search().getAttribute('aria-describedby')).toBe('search-hint');
    expect($(ui.container, '#search-hint').textContent).toContain('không dấu');
  });

  it('sorts by clipped, published or title, and says so to a screen reader', async () => {
    ui.show(<Library db={ui.db} />);
    await allLoaded(ui.container, 3);
    const sort = $(ui.container, 'select[name="sort"]') as HTMLSelectElement;
    expect(sort.closest('label')?.textContent).toContain('Sắp xếp');
    expect([...sort.options].map((o) => o.textContent)).toEqual(['Mới lưu trước', 'Mới đăng trước', 'Theo tiêu đề (A–Z)']);
    expect(titles(ui.container)).toEqual(['An ninh mạng', 'Ưu tiên thông tin đối ngoại', 'Đồng chí Nguyễn Trọng Nghĩa làm việc tại Đà Nẵng']);
    choose(sort, 'published');
    await eventually(() => expect(titles(ui.container)).toEqual(['Ưu tiên thông tin đối ngoại', 'Đồng chí Nguyễn Trọng Nghĩa làm việc tại Đà Nẵng', 'An ninh mạng']));
    choose(sort, 'title');
    // Vietnamese order: A, Đ (after D), Ư (after U).
    await eventually(() => expect(titles(ui.container)).toEqual(['An ninh mạng', 'Đồng chí Nguyễn Trọng Nghĩa làm việc tại Đà Nẵng', 'Ưu tiên thông tin đối ngoại']));
    expect(ui.container.querySelector('[aria-label="Các bài đã lưu, theo tiêu đề"]')).not.toBeNull();
  });

  it('filters by tag and by clipped and published dates, from a group a keyboard opens', async () => {
    ui.show(<Library db={ui.db} />);
    await allLoaded(ui.container, 3);
    const group = $(ui.container, 'details.more-filters') as HTMLDetailsElement;
    expect($(group, 'summary').textContent).toBe('Lọc theo nhãn và ngày');
    const tag = $(group, 'select[name="tag"]') as HTMLSelectElement;
    // Tags differing only in case are one entry.
    expect([...tag.options].map((o) => o.textContent)).toEqual(['Tất cả', 'báo cáo quý (2)']);
    choose(tag, tag.options[1]!.value);
    await eventually(() => expect(titles(ui.container)).toEqual(['An ninh mạng', 'Đồng chí Nguyễn Trọng Nghĩa làm việc tại Đà Nẵng']));
    expect($(group, 'summary').textContent).toBe('Lọc theo nhãn và ngày (1)');
    expect(group.open).toBe(true);

    type($(group, 'input[name="published-from"]') as HTMLInputElement, '2024-05-01');
    await eventually(() => expect(titles(ui.container)).toEqual(['Đồng chí Nguyễn Trọng Nghĩa làm việc tại Đà Nẵng']));
    button(ui.container, 'Bỏ lọc').click();
    await allLoaded(ui.container, 3);
    await eventually(() => expect(titles(ui.container)).toHaveLength(3));

    type($(group, 'input[name="clipped-from"]') as HTMLInputElement, '2024-06-02');
    type($(group, 'input[name="clipped-to"]') as HTMLInputElement, '2024-06-04');
    await eventually(() => expect(titles(ui.container)).toEqual(['Ưu tiên thông tin đối ngoại']));
    // Every control of the bar has a visible label (a date pair has its legend too).
    for (const control of ui.container.querySelectorAll('.filters input, .filters select')) {
      expect(control.closest('label')?.querySelector('span')?.textContent, control.outerHTML).toBeTruthy();
    }
    expect([...group.querySelectorAll('legend')].map((l) => l.textContent)).toEqual(['Ngày lưu', 'Ngày đăng']);
  });

  it('speaks English when the reader chose it', async () => {
    await fakeBrowser.storage.local.set({ settings: { lang: 'en' } });
    ui.show(<Library db={ui.db} />);
    await allLoaded(ui.container, 3);
    await eventually(() => expect($(ui.container, 'details.more-filters summary').textContent).toBe('Filter by tag and date'));
    const sort = $(ui.container, 'select[name="sort"]') as HTMLSelectElement;
    expect(sort.closest('label')?.textContent).toContain('Sort');
    expect([...sort.options].map((o) => o.textContent)).toEqual(['Newest clipped first', 'Newest published first', 'By title (A–Z)']);
    expect([...ui.container.querySelectorAll('.more-filters legend')].map((l) => l.textContent)).toEqual(['Clipped', 'Published']);
    expect($(ui.container, '#search-hint').textContent).toContain('without Vietnamese diacritics');
  });
});
