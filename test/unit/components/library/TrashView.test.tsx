/**
 * The library's trash and the collection's undo, as the reader sees them: the
 * undo after the article was clipped again says the words were merged; the
 * trash lists a teammate's delete with its note, restores it and says so, and
 * empties only on a second press. Invented articles and notes.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '@/components/library/Library';
import { deleteRows, getRecord, saveClipping, trashTables, updateClipping } from '@/lib/store/clippings';
import { putInTrash } from '@/lib/store/trash';
import { clippingInput } from '../../../../scripts/support/clippings';
import { $, allLoaded, button, eventually, setUp, titles } from '../../../helpers/harness';

const URL_A = 'https://baoquocte.vn/toa-dam-doi-ngoai.html';
const article = clippingInput({ canonicalUrl: URL_A, url: URL_A, title: 'Tọa đàm đối ngoại' });

describe('trash and undo in the library', () => {
  let ui: ReturnType<typeof setUp>;
  beforeEach(() => {
    ui = setUp();
  });
  afterEach(async () => {
    await ui.tearDown();
  });

  it('undo after the article was clipped again merges the note into the new clipping, and says so', async () => {
    const { id } = await saveClipping(ui.db, article, 1);
    await updateClipping(ui.db, id, { note: 'Ghi chú cần giữ', tags: ['TTĐN'] }, 2);
    ui.show(<Library db={ui.db} />);
    await allLoaded(ui.container, 1);
    button(ui.container, 'Xoá bài “Tọa đàm đối ngoại”').click();
    await eventually(() => expect(titles(ui.container)).toEqual([]));
    const again = await saveClipping(ui.db, article, 3);

    button(ui.container, 'Hoàn tác').click();

    await eventually(() =>
      expect($(ui.container, '.notices [role="status"]').textContent).toBe(
        '“Tọa đàm đối ngoại” đã được lưu lại sau khi xoá; ghi chú, nhãn và chỉnh sửa của bản đã xoá được gộp vào bài đó.',
      ),
    );
    await expect(getRecord(ui.db, again.id)).resolves.toMatchObject({ note: 'Ghi chú cần giữ', tags: ['TTĐN'] });
  });

  it('lists a teammate’s delete with its note, restores it from the list, and empties only on a second press', async () => {
    const { id } = await saveClipping(ui.db, article, 1);
    await updateClipping(ui.db, id, { note: 'Ghi chú của tôi', tags: [] }, 2);
    const mine = (await getRecord(ui.db, id))!;
    // As the sync bridge leaves it: the clipping gone, its copy in the trash.
    await ui.db.transaction('rw', trashTables(ui.db), async () => {
      await deleteRows(ui.db, mine, 'sync');
      await putInTrash(ui.db, [{ record: mine, reason: 'deleted-elsewhere' }], Date.now());
    });
    await ui.db.transaction('rw', ui.db.trash, () => putInTrash(ui.db, [{ record: { ...mine, id: 'other', title: 'Bài khác' }, reason: 'note-emptied' }], Date.now()));
    ui.show(<Library db={ui.db} />);
    const toggle = button(ui.container, 'Xem thùng rác');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await eventually(() => expect($(ui.container, '#trash-heading').textContent).toBe('Thùng rác (2)'));
    const entry = $(ui.container, '#trash li:last-child');
    expect(entry.textContent).toContain('Tọa đàm đối ngoại — đồng đội đã xoá');
    expect($(entry, '.trash-note').textContent).toBe('Ghi chú của tôi');
    expect($(ui.container, '#trash li:first-child').textContent).toContain('Bài khác — đồng đội đã xoá trắng ghi chú');

    button(entry, 'Khôi phục: Tọa đàm đối ngoại').click();
    await eventually(() => expect($(ui.container, '#trash [role="status"]').textContent).toBe('Đã khôi phục “Tọa đàm đối ngoại”.'));
    await eventually(() => expect($(ui.container, '#trash-heading').textContent).toBe('Thùng rác (1)'));
    // The keyboard is not left on a row that went away.
    expect(document.activeElement?.id).toBe('trash-heading');
    await expect(getRecord(ui.db, id)).resolves.toEqual(mine);

    button(ui.container, 'Dọn sạch thùng rác').click();
    await expect(ui.db.trash.count()).resolves.toBe(1);
    button(ui.container, 'Xoá hẳn').click();
    await eventually(() => expect($(ui.container, '#trash').textContent).toContain('Thùng rác trống.'));
    await expect(ui.db.trash.count()).resolves.toBe(0);
  });
});
