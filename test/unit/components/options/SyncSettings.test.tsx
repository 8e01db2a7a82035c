/**
 * The options' sync section: off by default, the address checked before anything
 * is asked, the permission for that one server asked in the click, nothing sent
 * when it is refused, the outcome in plain words, and Stop asked twice.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from '@/components/options/Options';
import { contentScriptMatches } from '@/lib/site/sites';
import { SYNC_OFF, SYNC_STATUS_KEY } from '@/lib/sync/types';
import { $, button, eventually, setUp, type } from '../../../helpers/harness';
import { fakeSync, setUpStatus } from '../../../helpers/sync-fake';

const field = (root: HTMLElement, name: string) => $(root, `input[name="sync-${name}"]`) as HTMLInputElement;
const section = (root: HTMLElement) => $(root, 'fieldset.sync');

function fill(root: HTMLElement, values: { url: string; database?: string; username?: string; password?: string }) {
  type(field(root, 'url'), values.url);
  type(field(root, 'database'), values.database ?? 'ttdn-nhom');
  type(field(root, 'username'), values.username ?? 'lan');
  type(field(root, 'password'), values.password ?? 'mật-khẩu-bí-mật');
}

describe('options: sync', () => {
  let ui: ReturnType<typeof setUp>;
  let sync: ReturnType<typeof fakeSync>;
  let granted: string[];
  let grant: boolean;

  const start = async (status = SYNC_OFF) => {
    sync = fakeSync(status);
    if (status.server) await fakeBrowser.storage.session.set({ [SYNC_STATUS_KEY]: status });
    ui = setUp({ sync: sync.control });
    ui.show(<Options />);
    await eventually(() => expect(ui.container.querySelector('fieldset.sync')).not.toBeNull());
  };

  beforeEach(() => {
    granted = [...contentScriptMatches()];
    grant = true;
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ content_scripts: [{ matches: contentScriptMatches(), js: ['bootstrap.js'] }] } as never);
    for (const event of [fakeBrowser.permissions.onAdded, fakeBrowser.permissions.onRemoved]) {
      vi.spyOn(event, 'addListener').mockImplementation(() => undefined);
      vi.spyOn(event, 'removeListener').mockImplementation(() => undefined);
    }
    vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(async () => ({ origins: [...granted], permissions: [] }));
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async (p: { origins?: string[] }) => (p.origins ?? []).every((o) => granted.includes(o)));
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async (p: { origins?: string[] }) => {
      if (grant) granted.push(...(p.origins ?? []));
      return grant;
    });
    vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async (p: { origins?: string[] }) => {
      granted = granted.filter((o) => !p.origins?.includes(o));
      return true;
    });
  });
  afterEach(async () => {
    await ui.tearDown();
  });

  it('is off by default, saying nothing is sent anywhere until it is set up, with a labelled field for each credential', async () => {
    await start();
    await eventually(() => expect(section(ui.container).textContent).toContain('Không có gì được gửi đi đâu cho tới khi bạn thiết lập máy chủ ở đây.'));
    for (const [name, label] of [['url', 'Địa chỉ máy chủ'], ['database', 'Cơ sở dữ liệu'], ['username', 'Tên người dùng'], ['password', 'Mật khẩu']]) {
      const input = field(ui.container, name!);
      expect($(ui.container, `label[for="${input.id}"]`).textContent).toBe(label);
    }
    expect(field(ui.container, 'password').type).toBe('password');
    expect(field(ui.container, 'password').getAttribute('autocomplete')).toBe('current-password');
    expect(field(ui.container, 'username').getAttribute('autocomplete')).toBe('username');
  });

  it('refuses http:// off this machine, says why, and asks for no permission', async () => {
    await start();
    fill(ui.container, { url: 'http://couch.example.org:5984' });
    button(ui.container, 'Lưu và kết nối').click();
    await eventually(() => expect($(ui.container, '.sync-message [role="alert"]').textContent).toContain('Địa chỉ phải bắt đầu bằng https://'));
    expect(field(ui.container, 'url').getAttribute('aria-invalid')).toBe('true');
    expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();
    expect(sync.control.configure).not.toHaveBeenCalled();
  });

  it('refuses what is not an address, and empty fields, naming them', async () => {
    await start();
    fill(ui.container, { url: 'couch.example.org' });
    button(ui.container, 'Lưu và kết nối').click();
    await eventually(() => expect($(ui.container, '.sync-message [role="alert"]').textContent).toContain('Đây không phải địa chỉ máy chủ.'));
    fill(ui.container, { url: 'https://couch.example.org', database: ' ', password: '' });
    button(ui.container, 'Lưu và kết nối').click();
    await eventually(() => expect($(ui.container, '.sync-message [role="alert"]').textContent).toBe('Hãy điền đủ các ô: Cơ sở dữ liệu, Mật khẩu.'));
    expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();
    expect(sync.control.configure).not.toHaveBeenCalled();
  });

  it('asks, within the click, for the permission of that one loopback server, then connects and says so', async () => {
    await start();
    fill(ui.container, { url: 'http://127.0.0.1:5984/', database: 'ttdn-nhom', username: 'lan', password: 'mật-khẩu-bí-mật' });
    button(ui.container, 'Lưu và kết nối').click();
    // Synchronously: the browser opens its prompt only inside the user's gesture.
    expect(fakeBrowser.permissions.request).toHaveBeenCalledTimes(1);
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
    await eventually(() => expect(sync.control.configure).toHaveBeenCalledWith({ url: 'http://127.0.0.1:5984', database: 'ttdn-nhom', username: 'lan', password: 'mật-khẩu-bí-mật' }));
    await eventually(() => expect(section(ui.container).textContent).toContain('Đã kết nối.'));
    expect($(ui.container, '.sync-server dd[data-field="url"]').textContent).toBe('http://127.0.0.1:5984');
    expect($(ui.container, '.sync .sync-state').textContent).toBe('Đã đồng bộ vừa xong');
    // The password is shown nowhere, not even kept in a field.
    expect(ui.container.textContent).not.toContain('mật-khẩu-bí-mật');
    expect([...ui.container.querySelectorAll('input')].map((i) => i.value)).not.toContain('mật-khẩu-bí-mật');
    expect(granted).toContain('http://127.0.0.1/*');
  });

  it('sends nothing when the permission is refused, and says so', async () => {
    grant = false;
    await start();
    fill(ui.container, { url: 'https://couch.example.org' });
    button(ui.container, 'Lưu và kết nối').click();
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['https://couch.example.org/*'] });
    await eventually(() => expect($(ui.container, '.sync-message [role="alert"]').textContent).toContain('Bạn chưa cho phép tiện ích kết nối tới máy chủ này, nên chưa có gì được gửi đi.'));
    expect(sync.control.configure).not.toHaveBeenCalled();
    expect(sync.control.status).toHaveBeenCalled();
  });

  it('says what the server refused in plain words, the server’s words small below, and gives the new permission back', async () => {
    await start();
    sync.answerWith(() => ({ ...SYNC_OFF, problem: { code: 'unauthorized', detail: '401: Name or password is incorrect.' } }));
    fill(ui.container, { url: 'https://couch.example.org', password: 'sai' });
    button(ui.container, 'Lưu và kết nối').click();
    await eventually(() => expect($(ui.container, '.sync-message [role="alert"]').textContent).toContain('Sai tên người dùng hoặc mật khẩu.'));
    expect($(ui.container, '.sync-message .sync-detail').textContent).toBe('401: Name or password is incorrect.');
    await eventually(() => expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://couch.example.org/*'] }));
    // The form stays, to correct and try again.
    expect(field(ui.container, 'url').value).toBe('https://couch.example.org');
  });

  it('once set up shows the server, database and user, and keeps the server out of the news sites', async () => {
    granted.push('https://couch.example.org/*', '*://tin.example.net/*');
    await start(setUpStatus());
    await eventually(() => expect($(ui.container, '.sync-server dd[data-field="database"]').textContent).toBe('ttdn-nhom'));
    expect($(ui.container, '.sync-server dd[data-field="username"]').textContent).toBe('lan');
    expect($(ui.container, '.sync .sync-state').textContent).toBe('Đã đồng bộ 2 phút trước · 3 thay đổi đang chờ');
    expect(ui.container.querySelector('input[name="sync-password"]')).toBeNull();
    await eventually(() => expect([...ui.container.querySelectorAll('.scopes li')].map((li) => li.getAttribute('data-scope'))).toEqual(['tin.example.net']));
  });

  it('moving to another server asks for the new one only, and gives the old one’s permission back once connected', async () => {
    granted.push('https://couch.example.org/*');
    await start(setUpStatus());
    await eventually(() => button(section(ui.container), 'Đổi máy chủ hoặc tài khoản'));
    button(section(ui.container), 'Đổi máy chủ hoặc tài khoản').click();
    // The form starts from the server set up, without its password.
    await eventually(() => expect(field(ui.container, 'url').value).toBe('https://couch.example.org'));
    expect(field(ui.container, 'password').value).toBe('');
    fill(ui.container, { url: 'https://couchdb.nhom-moi.example.net/couch/' });
    button(ui.container, 'Lưu và kết nối').click();
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['https://couchdb.nhom-moi.example.net/*'] });
    await eventually(() => expect($(ui.container, '.sync-server dd[data-field="url"]').textContent).toBe('https://couchdb.nhom-moi.example.net/couch'));
    await eventually(() => expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://couch.example.org/*'] }));
    expect(granted).toContain('https://couchdb.nhom-moi.example.net/*');
    expect(granted).not.toContain('https://couch.example.org/*');
  });

  it('asks for the user name and password in their fields, not in the address', async () => {
    await start();
    fill(ui.container, { url: 'https://lan:bi-mat@couch.example.org' });
    button(ui.container, 'Lưu và kết nối').click();
    await eventually(() => expect($(ui.container, '.sync-message [role="alert"]').textContent).toBe('Đừng ghi tên người dùng hay mật khẩu vào địa chỉ; hãy điền vào các ô bên dưới.'));
    expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();
  });

  it('"Sync now" asks the background and shows its answer', async () => {
    await start(setUpStatus());
    await eventually(() => button(section(ui.container), 'Đồng bộ ngay'));
    button(section(ui.container), 'Đồng bộ ngay').click();
    await eventually(() => expect($(ui.container, '.sync .sync-state').textContent).toBe('Đã đồng bộ vừa xong'));
    expect(sync.control.syncNow).toHaveBeenCalledTimes(1);
  });

  it('"Stop syncing" asks first, saying the local collection stays whole; confirmed, it stops and gives the permission back', async () => {
    granted.push('https://couch.example.org/*');
    await start(setUpStatus());
    await eventually(() => button(section(ui.container), 'Ngừng đồng bộ'));
    button(section(ui.container), 'Ngừng đồng bộ').click();
    await eventually(() => expect($(ui.container, '.sync-confirm').textContent).toContain('Bộ sưu tập trên máy này vẫn giữ nguyên vẹn'));
    expect(sync.control.stop).not.toHaveBeenCalled();
    // The safe answer has the focus.
    await eventually(() => expect(document.activeElement?.textContent).toBe('Tiếp tục đồng bộ'));
    button($(ui.container, '.sync-confirm'), 'Tiếp tục đồng bộ').click();
    await eventually(() => expect(ui.container.querySelector('.sync-confirm')).toBeNull());
    expect(document.activeElement).toBe(button(section(ui.container), 'Ngừng đồng bộ'));
    // Escape closes it too.
    button(section(ui.container), 'Ngừng đồng bộ').click();
    await eventually(() => expect(document.activeElement?.textContent).toBe('Tiếp tục đồng bộ'));
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await eventually(() => expect(ui.container.querySelector('.sync-confirm')).toBeNull());
    expect(sync.control.stop).not.toHaveBeenCalled();

    button(section(ui.container), 'Ngừng đồng bộ').click();
    await eventually(() => button($(ui.container, '.sync-confirm'), 'Ngừng đồng bộ'));
    button($(ui.container, '.sync-confirm'), 'Ngừng đồng bộ').click();
    await eventually(() => expect(sync.control.stop).toHaveBeenCalledTimes(1));
    await eventually(() => expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://couch.example.org/*'] }));
    await eventually(() => expect($(ui.container, '.sync-message [role="status"]').textContent).toBe('Đã ngừng đồng bộ. Bộ sưu tập trên máy này vẫn giữ nguyên vẹn.'));
    expect(section(ui.container).textContent).toContain('Đồng bộ đang tắt.');
  });

  it('keeps the permission when stopping if a news scope needs that host too', async () => {
    const server = { url: 'https://dongbo.tuyengiao.vn', database: 'ttdn', username: 'lan' };
    granted.push('https://dongbo.tuyengiao.vn/*', '*://*.vn/*');
    await start(setUpStatus({ server }));
    await eventually(() => button(section(ui.container), 'Ngừng đồng bộ'));
    button(section(ui.container), 'Ngừng đồng bộ').click();
    await eventually(() => button($(ui.container, '.sync-confirm'), 'Ngừng đồng bộ'));
    button($(ui.container, '.sync-confirm'), 'Ngừng đồng bộ').click();
    await eventually(() => expect(section(ui.container).textContent).toContain('Đã ngừng đồng bộ.'));
    expect(sync.control.stop).toHaveBeenCalledTimes(1);
    expect(fakeBrowser.permissions.remove).not.toHaveBeenCalled();
  });
});
