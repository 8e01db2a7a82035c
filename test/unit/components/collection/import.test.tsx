/**
 * Import as the user sees it in the library: the report names each replaced
 * clipping and what changed in it, a long import shows its progress and
 * "Huỷ nhập" stops it with nothing changed; the repairs of an upgrade are
 * shown once.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Library } from '@/components/library/Library';
import { readRecords, saveClipping, updateClipping } from '@/lib/store/clippings';
import { importFile } from '@/lib/store/import';
import { EXPORT_FORMAT, toExported } from '@/lib/clipping/export-format';
import type { ExportedClipping } from '@/lib/clipping/types';
import type { UpgradeReportRow } from '@/lib/store/migrations/upgrade-v4';
import { clippingInput } from '../../../../scripts/support/clippings';
import { $, allLoaded, button, eventually, setUp, type } from '../../../helpers/harness';

const fileOf = (clippings: ExportedClipping[]) =>
  new File([JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: '2025-01-01T00:00:00.000Z', clippings })], 'bo-suu-tap.json', { type: 'application/json' });

function choose(root: ParentNode, file: File) {
  const input = $(root, 'input[type=file]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('importing in the library', () => {
  let ui: ReturnType<typeof setUp>;
  let id: string;
  beforeEach(async () => {
    ui = setUp();
    ({ id } = await saveClipping(ui.db, clippingInput({ title: 'Bài của tôi', canonicalUrl: 'https://baoquocte.vn/bai.html', url: 'https://baoquocte.vn/bai.html' }), Date.UTC(2024, 0, 1)));
    await updateClipping(ui.db, id, { note: 'Ghi chú của tôi', tags: ['TTĐN'] }, Date.UTC(2024, 0, 2));
  });
  afterEach(async () => {
    await ui.tearDown();
  });

  it('names the replaced clipping and says the note was kept with the file’s', async () => {
    const [mine] = await readRecords(ui.db);
    ui.show(<Library db={ui.db} />);
    await allLoaded(ui.container, 1);
    choose(ui.container, fileOf([toExported({ ...mine!, title: 'Bài của tôi (bản sửa)', note: 'Ghi chú máy khác', tags: ['Hội nghị'], updatedAt: Date.UTC(2024, 5, 1) })]));
    await eventually(() => expect($(ui.container, '.import-report').textContent).toContain('1 cập nhật'));
    const item = $(ui.container, '.import-report ul.changed li').textContent;
    expect(item).toContain('Bài của tôi (bản sửa)');
    expect(item).toContain('tiêu đề');
    expect(item).toContain('ghi chú: giữ cả ghi chú của bạn và ghi chú trong tệp');
    expect(item).toContain('thêm nhãn: Hội nghị');
  });

  it('shows progress and cancels a long import with nothing changed', async () => {
    const before = await readRecords(ui.db);
    const many = Array.from({ length: 6000 }, (_, i) =>
      toExported({ ...clippingInput({ text: `Bài ${i}.`, spec: {} }), id: `n-${i}`, clippedAt: Date.UTC(2024, 2, 1) + i, updatedAt: Date.UTC(2024, 2, 1) + i, note: '', tags: [] }),
    );
    ui.show(<Library db={ui.db} />);
    await allLoaded(ui.container, 1);
    choose(ui.container, fileOf(many));
    await eventually(() => expect($(ui.container, '.import-progress progress').getAttribute('max')).toBe('6000'));
    button(ui.container, 'Huỷ nhập').click();
    await eventually(() => expect($(ui.container, '[role=alert]').textContent).toBe('Đã huỷ nhập. Bộ sưu tập không thay đổi.'));
    expect(ui.container.querySelector('.import-progress')).toBeNull();
    expect(await readRecords(ui.db)).toEqual(before);
  });

  it('says search may miss clippings while they are indexed, then finds them all', async () => {
    const many = Array.from({ length: 400 }, (_, i) =>
      toExported({ ...clippingInput({ title: `Quần đảo Trường Sa số ${i}`, text: `Bài ${i}.`, spec: {} }), id: `n-${i}`, clippedAt: Date.UTC(2024, 2, 1) + i, updatedAt: Date.UTC(2024, 2, 1) + i, note: '', tags: [] }),
    );
    // Imported elsewhere (another page, closed before the words were indexed): this page goes on with the job.
    const report = await importFile(ui.db, await fileOf(many).text());
    expect(report.indexing).toBe(400);
    ui.show(<Library db={ui.db} />);
    type($(ui.container, 'input[type="search"]') as HTMLInputElement, 'truong sa');
    await eventually(() => expect($(ui.container, '.index-progress').textContent).toMatch(/^Đang lập chỉ mục tìm kiếm: [\d.]+\/400 bài — kết quả tìm kiếm có thể thiếu$/));
    await vi.waitFor(() => expect(ui.container.querySelector('.index-progress')).toBeNull(), { timeout: 30_000, interval: 50 });
    await eventually(() => expect($(ui.container, '.result-count').textContent).toContain('400 trên 401 bài'));
  });

  it('says in the import report that search finds the written clippings once indexed', async () => {
    const [mine] = await readRecords(ui.db);
    ui.show(<Library db={ui.db} />);
    await allLoaded(ui.container, 1);
    choose(ui.container, fileOf([toExported({ ...mine!, title: 'Bài của tôi (bản sửa)', updatedAt: Date.UTC(2024, 5, 1) })]));
    await eventually(() => expect($(ui.container, '.import-report').textContent).toContain('Tìm kiếm sẽ thấy 1 bài vừa ghi khi lập chỉ mục xong.'));
  });

  it('shows what an upgrade repaired, until dismissed', async () => {
    const report: UpgradeReportRow = { key: 'upgradeReport', at: 1, repairs: [{ id, title: 'Bài của tôi', kind: 'published', from: '2024-99-99', to: '2024-08-07' }] };
    await ui.db.meta.put(report);
    ui.show(<Library db={ui.db} />);
    await eventually(() => expect($(ui.container, '.upgrade-report').textContent).toContain('“Bài của tôi”: ngày đăng không hợp lệ, đã thay bằng 2024-08-07 (2024-99-99)'));
    button($(ui.container, '.upgrade-report'), 'Đóng').click();
    await eventually(() => expect(ui.container.querySelector('.upgrade-report')).toBeNull());
    await eventually(async () => expect(await ui.db.meta.get('upgradeReport')).toBeUndefined());
  });
});
