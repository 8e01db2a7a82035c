/**
 * What the user sees of a document from the server that was not applied: the
 * sync line says so in each language, the library lists it where clippings are
 * settled, and nothing the server or a member wrote is rendered as markup.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Library } from '@/components/library/Library';
import { syncLineWords } from '@/components/sync/status-line';
import { SYNC_STATUS_KEY, type SyncStatus } from '@/lib/sync/types';
import { $, button, eventually, setUp } from '../../helpers/harness';
import { fakeSync, setUpStatus } from '../../helpers/sync-fake';

describe('the sync line, about documents not applied', () => {
  it('says how many and why, in Vietnamese and in English', () => {
    const one = setUpStatus({ setAside: { count: 1, latest: 'wrong-id' } });
    expect(syncLineWords(one, Date.now(), 'vi').conflicts).toBe('1 tài liệu từ máy chủ không được áp dụng: mã của nó không khớp với địa chỉ bài viết');
    expect(syncLineWords(one, Date.now(), 'en').conflicts).toBe('1 document from the server was not applied: its id does not match its article’s address');
    const three = setUpStatus({ conflicts: 1, setAside: { count: 3, latest: 'constraint' } });
    expect(syncLineWords(three, Date.now(), 'en').conflicts).toBe(
      '1 clipping has notes from two people · 3 documents from the server were not applied; the latest: it clashes with another clipping in the collection',
    );
    expect(syncLineWords(setUpStatus({ setAside: { count: 0, latest: null } }), Date.now(), 'vi').conflicts).toBeNull();
  });

  it('names a deadline’s seconds and a constraint failure in each language', () => {
    const late = setUpStatus({ problem: { code: 'timeout', detail: '', seconds: 30 } });
    expect(syncLineWords(late, Date.now(), 'vi').problem?.sentence).toMatch(/^Máy chủ không trả lời trong 30 giây\./);
    expect(syncLineWords(late, Date.now(), 'en').problem?.sentence).toMatch(/^The server did not answer in 30 s\./);
    expect(syncLineWords(setUpStatus({ problem: { code: 'redirected', detail: '' } }), Date.now(), 'en').problem?.sentence).toMatch(/^The server sent the request on to another address/);
    expect(syncLineWords(setUpStatus({ problem: { code: 'constraint', detail: '' } }), Date.now(), 'vi').problem?.sentence).toMatch(/^Một bài từ máy chủ trùng với một bài khác/);
  });
});

describe('the library', () => {
  let ui: ReturnType<typeof setUp>;
  const markup = '<img src=x onerror="alert(1)"><b>tiêu đề</b>';

  beforeEach(() => {
    vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
  });
  afterEach(async () => {
    await ui.tearDown();
  });

  it('lists the document set aside with its reason, and shows the server’s words as text', async () => {
    const status: SyncStatus = setUpStatus({ setAside: { count: 1, latest: 'wrong-id' }, problem: { code: 'server-error', detail: markup } });
    await fakeBrowser.storage.session.set({ [SYNC_STATUS_KEY]: status });
    ui = setUp({ sync: fakeSync(status).control });
    await ui.db.sync.put({ key: 'set-aside', docs: [{ docId: 'clip-a-copy', rev: '1-a', reason: 'wrong-id', title: markup, at: 1 }] } as never);
    ui.show(<Library db={ui.db} />);
    await eventually(() => expect($(ui.container, '.sync-conflicts').textContent).toContain('1 tài liệu từ máy chủ không được áp dụng'));
    button($(ui.container, '.sync-conflicts'), 'xem').click();
    await eventually(() =>
      expect([...ui.container.querySelectorAll('.sync-settle li')].map((li) => li.textContent)).toEqual([
        `${markup} — tài liệu từ máy chủ không được áp dụng: mã của nó không khớp với địa chỉ bài viết`,
      ]),
    );
    expect($(ui.container, '.sync-detail').textContent).toBe(markup);
    expect(ui.container.querySelector('.sync-line img, .sync-line b')).toBeNull();
  });
});
