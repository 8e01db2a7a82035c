/** The options page lists where the extension runs, and gives back what the user granted. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from '@/components/options/Options';
import { contentScriptMatches, NEWS_SITES } from '@/lib/site/sites';
import { $, button, eventually, setUp } from '../../../helpers/harness';

describe('options: where the extension runs', () => {
  let ui: ReturnType<typeof setUp>;
  let granted: string[];
  beforeEach(() => {
    ui = setUp();
    granted = [...contentScriptMatches(), '*://*.vn/*', '*://tin.example.org/*'];
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ content_scripts: [{ matches: contentScriptMatches(), js: ['bootstrap.js'] }] } as never);
    for (const event of [fakeBrowser.permissions.onAdded, fakeBrowser.permissions.onRemoved]) {
      vi.spyOn(event, 'addListener').mockImplementation(() => undefined);
      vi.spyOn(event, 'removeListener').mockImplementation(() => undefined);
    }
    vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(async () => ({ origins: [...granted], permissions: [] }));
    vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async (p: { origins?: string[] }) => {
      granted = granted.filter((o) => !p.origins?.includes(o));
      return true;
    });
  });
  afterEach(async () => {
    await ui.tearDown();
  });

  it('says how many sites come installed and lists each granted scope, never the installed ones', async () => {
    ui.show(<Options />);
    await eventually(() => expect($(ui.container, '.scopes').textContent).toContain(`Khi cài: ${NEWS_SITES.length} trang báo`));
    await eventually(() => expect([...ui.container.querySelectorAll('.scopes li')].map((li) => li.getAttribute('data-scope'))).toEqual(['*.vn', 'tin.example.org']));
    expect($(ui.container, '.scopes li[data-scope="*.vn"]').textContent).toContain('Mọi trang .vn');
    // Already granted: no offer to grant it again.
    expect(() => button(ui.container, 'Bật cho mọi trang .vn')).toThrow();
  });

  it('"Remove this permission" gives back exactly that scope', async () => {
    const remove = vi.mocked(fakeBrowser.permissions.remove);
    ui.show(<Options />);
    await eventually(() => expect(ui.container.querySelector('.scopes li[data-scope="tin.example.org"]')).not.toBeNull());
    button($(ui.container, '.scopes li[data-scope="tin.example.org"]'), 'Bỏ quyền này').click();
    await eventually(() => expect(remove).toHaveBeenCalledWith({ origins: ['*://tin.example.org/*'] }));
    await eventually(() => expect([...ui.container.querySelectorAll('.scopes li')].map((li) => li.getAttribute('data-scope'))).toEqual(['*.vn']));
    expect($(ui.container, '.scopes [role="status"]').textContent).toContain('Đã bỏ quyền');
  });

  it('offers all of .vn with its reason when it is not granted, and asks for exactly that', async () => {
    granted = [...contentScriptMatches()];
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    ui.show(<Options />);
    await eventually(() => expect($(ui.container, '.scopes').textContent).toContain('Chưa cho phép thêm trang nào.'));
    expect($(ui.container, '.scopes').textContent).toContain('vì .vn là cả một tên miền quốc gia');
    button(ui.container, 'Bật cho mọi trang .vn').click();
    await eventually(() => expect(request).toHaveBeenCalledWith({ origins: ['*://*.vn/*'] }));
    await eventually(() => expect($(ui.container, '.scopes [role="alert"]').textContent).toBe('Chưa được cho phép; không có gì thay đổi.'));
  });
});
