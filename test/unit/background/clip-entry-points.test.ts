import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clipFromEntryPoint, clipMenuItem, type ClipEntryDeps } from '@/lib/background/clip-entry-points';
import { clipTab } from '@/lib/messaging/clip-tab';
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

  it('asks the tab to clip and shows nothing on success', async () => {
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

describe('clipTab', () => {
  it('sends content:clip to the tab and returns the content script’s answer', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: { id: 'abc', created: false } });
    await expect(clipTab(9)).resolves.toEqual({ id: 'abc', created: false });
    expect(send).toHaveBeenCalledWith(9, { type: 'content:clip' });
  });

  it('turns a tab without a content script into an "unsupported" error', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(clipTab(9)).rejects.toMatchObject({ code: 'unsupported' });
  });

  it('passes on the background’s refusal with its code', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: false, error: 'Storage is full', code: 'quota' });
    await expect(clipTab(9)).rejects.toMatchObject({ code: 'quota', message: 'Storage is full' });
  });
});
