import { describe, expect, it, vi } from 'vitest';
import { clipFromEntryPoint, clipMenuItem, type ClipEntryDeps } from '@/lib/background/clip-entry-points';
import { RequestError } from '@/lib/messaging/messages';

const deps = (clip: ClipEntryDeps['clipTab'], lang: 'vi' | 'en' = 'vi') => ({
  clipTab: vi.fn(clip),
  showFailure: vi.fn(async () => {}),
  lang: async () => lang,
});

describe('clipping from the context menu and the keyboard shortcut', () => {
  it('offers the menu item in the user’s language, only on pages the extension reads', () => {
    expect(clipMenuItem('vi', ['*://nhandan.vn/*'])).toMatchObject({ title: 'Lưu bài này vào bộ sưu tập', documentUrlPatterns: ['*://nhandan.vn/*'] });
    expect(clipMenuItem('en', []).title).toBe('Clip this article to the collection');
  });

  it('clips the tab and shows nothing on success', async () => {
    const d = deps(async () => ({ id: 'x', created: true }));
    await clipFromEntryPoint(12, d);
    expect(d.clipTab).toHaveBeenCalledWith(12);
    expect(d.showFailure).not.toHaveBeenCalled();
  });

  it('explains on the toolbar button why a page could not be clipped', async () => {
    const unsupported = deps(async () => Promise.reject(new RequestError('no receiver', 'unsupported')));
    await clipFromEntryPoint(5, unsupported);
    expect(unsupported.showFailure).toHaveBeenCalledWith(5, 'Không lưu được bài: Trang này không có bài báo để lưu (hoặc cần tải lại trang).');

    const full = deps(async () => Promise.reject(new RequestError('Storage is full', 'quota')), 'en');
    await clipFromEntryPoint(6, full);
    expect(full.showFailure).toHaveBeenCalledWith(6, expect.stringContaining('Storage is full: the article was not saved'));
 
    const raw = deps(async () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')), 'en');
    await clipFromEntryPoint(7, raw);
    expect(raw.showFailure).toHaveBeenCalledWith(7, 'Could not clip the article: Something went wrong; the article was not saved.');
  });

  it('ignores a click with no tab (e.g. devtools)', async () => {
    const d = deps(async () => ({ id: 'x', created: true }));
    await clipFromEntryPoint(undefined, d);
    expect(d.clipTab).not.toHaveBeenCalled();
  });
});
