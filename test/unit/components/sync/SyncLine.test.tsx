/**
 * The sync line of the popup and the library: nothing when sync is not set up,
 * the state from storage.session followed live, problems in plain words with
 * "Sync now", in the reader's language.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Library } from '@/components/library/Library';
import { Popup } from '@/components/popup/Popup';
import { SYNC_OFF, SYNC_STATUS_KEY, type SyncStatus } from '@/lib/sync/types';
import { setBrowserLanguages } from '../../../helpers/languages';
import { saveClipping } from '@/lib/store/clippings';
import { clippingInput } from '../../../../scripts/support/clippings';
import { $, allLoaded, button, eventually, setUp, titles } from '../../../helpers/harness';
import { fakeSync, setUpStatus } from '../../../helpers/sync-fake';

const line = (root: HTMLElement) => root.querySelector<HTMLElement>('.sync-line');

describe('the sync line', () => {
  let ui: ReturnType<typeof setUp>;
  let sync: ReturnType<typeof fakeSync>;

  const start = async (status: SyncStatus, { stored = true, engine = true } = {}) => {
    sync = fakeSync(status);
    if (stored) await fakeBrowser.storage.session.set({ [SYNC_STATUS_KEY]: status });
    ui = setUp(engine ? { sync: sync.control } : {});
  };

  beforeEach(() => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 42, url: 'https://www.vietnamplus.vn/bai.vnp' } as never]);
    vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
  });
  afterEach(async () => {
    await ui.tearDown();
  });

  it('is absent from the popup when sync is not set up', async () => {
    await start(SYNC_OFF);
    ui.show(<Popup db={ui.db} />);
    await eventually(() => expect(sync.control.status).toHaveBeenCalled());
    await eventually(() => expect(ui.container.querySelector('#collection-heading')).not.toBeNull());
    expect(ui.container.querySelector('.sync-line section, section.sync-line')).toBeNull();
    expect(ui.container.textContent).not.toMatch(/đồng bộ/i);
  });

  it('is absent where the background has no sync at all, and the library offers no set-up then', async () => {
    await start(SYNC_OFF, { stored: false, engine: false });
    ui.show(<Library db={ui.db} />);
    await eventually(() => expect(ui.container.querySelector('#collection-heading')).not.toBeNull());
    expect(line(ui.container)).toBeNull();
  });

  it('offers a discreet link in the library to set sync up, which opens the options', async () => {
    await start(SYNC_OFF);
    ui.show(<Library db={ui.db} />);
    await eventually(() => button(ui.container, 'Đồng bộ bộ sưu tập với nhóm…'));
    button(ui.container, 'Đồng bộ bộ sưu tập với nhóm…').click();
    expect(fakeBrowser.runtime.openOptionsPage).toHaveBeenCalledTimes(1);
  });

  it('shows when the popup last synced and what waits, and follows the background live', async () => {
    await start(setUpStatus());
    ui.show(<Popup db={ui.db} />);
    await eventually(() => expect($(ui.container, '.sync-state').textContent).toBe('Đã đồng bộ 2 phút trước · 3 thay đổi đang chờ'));

    await sync.publish(setUpStatus({ running: true }));
    await eventually(() => expect($(ui.container, '.sync-state').textContent).toBe('Đang đồng bộ… · 3 thay đổi đang chờ'));
    expect(button(line(ui.container)!, 'Đồng bộ ngay').disabled).toBe(true);
    expect($(ui.container, '.sync-line [role="status"]').textContent).toBe('Đang đồng bộ… · 3 thay đổi đang chờ');

    await sync.publish(setUpStatus({ lastSyncedAt: Date.now(), pending: 0, conflicts: 2 }));
    await eventually(() => expect($(ui.container, '.sync-state').textContent).toBe('Đã đồng bộ vừa xong'));
    expect($(ui.container, '.sync-conflicts').textContent).toBe(' · 2 bài có ghi chú của hai người — xem');
    button($(ui.container, '.sync-conflicts'), 'xem').click();
    expect(fakeBrowser.tabs.create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/library\.html#sync-settle$/) });
  });

  it('lists in the library the clippings sync kept words in, and finds one in the collection', async () => {
    await start(setUpStatus({ conflicts: 1, restored: 1 }));
    const two = await saveClipping(ui.db, clippingInput({ title: 'Hai ghi chú về Kết luận 57', url: 'https://nhandan.vn/hai-ghi-chu' }), 1_000);
    const kept = await saveClipping(ui.db, clippingInput({ title: 'Bài được giữ lại', url: 'https://nhandan.vn/giu-lai' }), 2_000);
    await saveClipping(ui.db, clippingInput({ title: 'Bài khác', url: 'https://nhandan.vn/bai-khac' }), 3_000);
    await ui.db.syncDocs.bulkPut([
      { docId: 'a', id: two.id, rev: '2-a', conflict: 'words' },
      { docId: 'b', id: kept.id, rev: '3-b', conflict: 'deleted' },
    ]);
    ui.show(<Library db={ui.db} />);
    await allLoaded(ui.container, 3);
    const see = () => button($(ui.container, '.sync-conflicts'), 'xem');
    await eventually(() => expect($(ui.container, '.sync-conflicts').textContent).toBe(' · 1 bài có ghi chú của hai người · 1 bài bị xoá trong lúc có người sửa: đã giữ bản sửa — xem'));
    expect(see().getAttribute('aria-expanded')).toBe('false');
    see().click();
    await eventually(() => expect([...ui.container.querySelectorAll('.sync-settle li')].map((li) => li.textContent)).toEqual([
      'Bài được giữ lại — bị xoá ở nơi khác trong lúc được sửa, đã giữ bản sửa',
      'Hai ghi chú về Kết luận 57 — ghi chú của hai người được giữ cạnh nhau',
    ]));
    expect(see().getAttribute('aria-expanded')).toBe('true');
    button($(ui.container, '.sync-settle'), 'Hai ghi chú về Kết luận 57').click();
    await eventually(() => expect(titles(ui.container)).toEqual(['Hai ghi chú về Kết luận 57']));
    expect(($(ui.container, 'input[type="search"]') as HTMLInputElement).value).toBe('Hai ghi chú về Kết luận 57');
  });

  it('opens the library with the list open when the popup’s "xem" sent it there', async () => {
    await start(setUpStatus({ conflicts: 1 }));
    const two = await saveClipping(ui.db, clippingInput({ title: 'Hai ghi chú', url: 'https://nhandan.vn/hai' }), 1_000);
    await ui.db.syncDocs.put({ docId: 'a', id: two.id, rev: '2-a', conflict: 'words' });
    location.hash = '#sync-settle';
    try {
      ui.show(<Library db={ui.db} />);
      await eventually(() => expect([...ui.container.querySelectorAll('.sync-settle li button')].map((b) => b.textContent)).toEqual(['Hai ghi chú']));
      expect(button($(ui.container, '.sync-conflicts'), 'xem').getAttribute('aria-expanded')).toBe('true');
    } finally {
      location.hash = '';
    }
  });

  it('says a problem in plain words, the detail small, and "Sync now" asks the background', async () => {
    await start(setUpStatus({ problem: { code: 'forbidden', detail: '403 You are not allowed to access this db.' } }));
    ui.show(<Popup db={ui.db} />);
    await eventually(() => expect($(ui.container, '.sync-problem-sentence').textContent).toBe('Tài khoản này không phải thành viên của cơ sở dữ liệu. Hãy nhờ người quản trị máy chủ thêm bạn vào.'));
    expect($(ui.container, '.sync-problem .sync-detail').textContent).toBe('403 You are not allowed to access this db.');
    expect(line(ui.container)!.classList.contains('has-problem')).toBe(true);
    button(line(ui.container)!, 'Đồng bộ ngay').click();
    await eventually(() => expect(sync.control.syncNow).toHaveBeenCalledTimes(1));
    await eventually(() => expect($(ui.container, '.sync-state').textContent).toBe('Đã đồng bộ vừa xong'));
    button(line(ui.container)!, 'Cài đặt đồng bộ').click();
    expect(fakeBrowser.runtime.openOptionsPage).toHaveBeenCalled();
  });

  it('asks for the server’s permission again, inside the click, when its withdrawal is what stops sync', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    await start(setUpStatus({ problem: { code: 'permission-refused', detail: '' } }));
    ui.show(<Popup db={ui.db} />);
    await eventually(() => expect($(ui.container, '.sync-problem-sentence').textContent).toContain('Bạn chưa cho phép tiện ích kết nối tới máy chủ này'));
    button(line(ui.container)!, 'Đồng bộ ngay').click();
    expect(request).toHaveBeenCalledWith({ origins: ['https://couch.example.org/*'] });
    await eventually(() => expect($(ui.container, '.sync-line [role="alert"]').textContent).toContain('nên chưa có gì được gửi đi'));
    expect(sync.control.syncNow).not.toHaveBeenCalled();

    request.mockResolvedValue(true);
    button(line(ui.container)!, 'Đồng bộ ngay').click();
    await eventually(() => expect(sync.control.syncNow).toHaveBeenCalledTimes(1));
    expect(request).toHaveBeenCalledTimes(2);
  });

  it('asks the background on open even when storage.session holds nothing yet', async () => {
    await start(setUpStatus(), { stored: false });
    ui.show(<Popup db={ui.db} />);
    await eventually(() => expect($(ui.container, '.sync-state').textContent).toBe('Đã đồng bộ 2 phút trước · 3 thay đổi đang chờ'));
  });

  it('keeps a state published while its question to the background was on the way, when the older answer arrives last', async () => {
    await start(setUpStatus(), { stored: false });
    let answer!: (status: SyncStatus) => void;
    vi.mocked(sync.control.status).mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    ui.show(<Popup db={ui.db} />);
    await eventually(() => expect(sync.control.status).toHaveBeenCalled());
    await fakeBrowser.storage.session.set({ [SYNC_STATUS_KEY]: setUpStatus({ running: true }) });
    await eventually(() => expect($(ui.container, '.sync-state').textContent).toBe('Đang đồng bộ… · 3 thay đổi đang chờ'));
    answer(setUpStatus());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect($(ui.container, '.sync-state').textContent).toBe('Đang đồng bộ… · 3 thay đổi đang chờ');
  });

  it('speaks English to an English browser', async () => {
    setBrowserLanguages(['en-US', 'en']);
    await start(setUpStatus({ pending: 1, problem: { code: 'unreachable', detail: '' } }));
    ui.show(<Library db={ui.db} />);
    await eventually(() => expect($(ui.container, '.sync-state').textContent).toBe('Synced 2 min ago · 1 change waiting'));
    expect($(ui.container, '.sync-problem-sentence').textContent).toMatch(/^Could not reach the server/);
    expect(ui.container.querySelector('.sync-problem .sync-detail')).toBeNull();
  });

  it.each([
    ['popup', () => <Popup db={ui.db} />],
    ['library', () => <Library db={ui.db} />],
  ] as const)('stops from the %s only after the confirmation, and then shows that the collection stays', async (_where, surface) => {
    vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: [], permissions: [] });
    vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true);
    await start(setUpStatus());
    ui.show(surface());
    await eventually(() => button(line(ui.container)!, 'Ngừng đồng bộ'));
    button(line(ui.container)!, 'Ngừng đồng bộ').click();
    await eventually(() => expect($(ui.container, '.sync-confirm').textContent).toContain('Bộ sưu tập trên máy này vẫn giữ nguyên vẹn'));
    expect(sync.control.stop).not.toHaveBeenCalled();
    button($(ui.container, '.sync-confirm'), 'Ngừng đồng bộ').click();
    await eventually(() => expect($(ui.container, '.sync-off [role="status"]').textContent).toBe('Đã ngừng đồng bộ. Bộ sưu tập trên máy này vẫn giữ nguyên vẹn.'));
    expect(sync.control.stop).toHaveBeenCalledTimes(1);
  });
});
