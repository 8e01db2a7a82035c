/**
 * The words of sync, on every surface that shows it (options, popup, library):
 * Vietnamese first, English second. Each problem the engine reports
 * (lib/sync/types.ts SyncProblemCode) has its sentence here, keyed `problem:<code>`.
 */
import { defineStrings } from '@/lib/i18n/i18n';
import type { SyncProblemCode, SetAsideReason, SyncProblem } from '@/lib/sync/types';

export const syncStrings = defineStrings(
  {
    heading: 'Đồng bộ giữa các máy',
    offIntro:
      'Đồng bộ đang tắt. Không có gì được gửi đi đâu cho tới khi bạn thiết lập máy chủ ở đây.',
    what:
      'Khi bật, bộ sưu tập (bài đã lưu, ghi chú, nhãn và những chỉnh sửa của bạn) được đồng bộ hai chiều với máy chủ CouchDB của nhóm bạn, để các máy và đồng nghiệp dùng chung một bộ sưu tập.',
    serverUrl: 'Địa chỉ máy chủ',
    serverUrlHelp: 'Bắt đầu bằng https://. Chỉ máy chủ trên chính máy này (localhost, 127.0.0.1, [::1]) mới được dùng http://.',
    database: 'Cơ sở dữ liệu',
    username: 'Tên người dùng',
    password: 'Mật khẩu',
    passwordHelp: 'Mật khẩu chỉ được giữ trong tiện ích, không trang web nào đọc được.',
    save: 'Lưu và kết nối',
    saving: 'Đang kết nối tới máy chủ…',
    cancelEdit: 'Huỷ',
    missing: 'Hãy điền đủ các ô: {fields}.',
    urlCredentials: 'Đừng ghi tên người dùng hay mật khẩu vào địa chỉ; hãy điền vào các ô bên dưới.',
    connected: 'Đã kết nối. Bộ sưu tập sẽ được đồng bộ khoảng mỗi phút khi trình duyệt đang mở.',
    server: 'Máy chủ',
    signedInAs: 'Người dùng',
    permissionNote: 'Tiện ích chỉ được phép kết nối tới máy chủ này để đồng bộ; ngừng đồng bộ sẽ trả lại quyền đó.',
    edit: 'Đổi máy chủ hoặc tài khoản',
    syncNow: 'Đồng bộ ngay',
    stop: 'Ngừng đồng bộ',
    stopConfirm:
      'Ngừng đồng bộ? Tiện ích sẽ quên máy chủ và mật khẩu. Bộ sưu tập trên máy này vẫn giữ nguyên vẹn, và không có gì bị xoá trên máy chủ.',
    stopYes: 'Ngừng đồng bộ',
    stopNo: 'Tiếp tục đồng bộ',
    stopped: 'Đã ngừng đồng bộ. Bộ sưu tập trên máy này vẫn giữ nguyên vẹn.',
    running: 'Đang đồng bộ…',
    never: 'Chưa đồng bộ lần nào',
    synced: 'Đã đồng bộ {ago}',
    syncedDone: 'Đã đồng bộ xong',
    pending: '{n} thay đổi đang chờ',
    pendingOne: '1 thay đổi đang chờ',
    conflicts: '{n} bài có ghi chú của hai người',
    conflictsOne: '1 bài có ghi chú của hai người',
    restored: '{n} bài bị xoá trong lúc có người sửa: đã giữ bản sửa',
    restoredOne: '1 bài bị xoá trong lúc có người sửa: đã giữ bản sửa',
    seeConflicts: 'xem',
    settleHeading: 'Bài cần xem lại sau khi đồng bộ',
    settleHint: 'Bấm tên bài để tìm nó trong bộ sưu tập; sửa ghi chú hoặc nhãn của bài sẽ bỏ dấu này.',
    settleNone: 'Không còn bài nào cần xem lại.',
    settleWords: 'ghi chú của hai người được giữ cạnh nhau',
    settleDeleted: 'bị xoá ở nơi khác trong lúc được sửa, đã giữ bản sửa',
    problemLabel: 'Đồng bộ gặp trục trặc',
    requestFailed: 'Không liên lạc được với phần nền của tiện ích. Hãy đóng trang này rồi mở lại.',
    setUpLink: 'Đồng bộ bộ sưu tập với nhóm…',
    settingsLink: 'Cài đặt đồng bộ',
    'problem:bad-url': 'Đây không phải địa chỉ máy chủ. Hãy nhập đầy đủ, ví dụ https://couchdb.example.org.',
    'problem:insecure-url':
      'Địa chỉ phải bắt đầu bằng https:// để mật khẩu và bài viết không đi qua mạng ở dạng đọc được; http:// chỉ dùng được cho máy chủ trên chính máy này.',
    'problem:permission-refused': 'Bạn chưa cho phép tiện ích kết nối tới máy chủ này, nên chưa có gì được gửi đi. Bấm lưu lần nữa và chọn cho phép.',
    'problem:unreachable':
      'Không kết nối được tới máy chủ: hãy kiểm tra địa chỉ và mạng, hoặc máy chủ đang tắt. Bộ sưu tập trên máy này vẫn an toàn.',
    'problem:unauthorized': 'Sai tên người dùng hoặc mật khẩu.',
    'problem:forbidden': 'Tài khoản này không phải thành viên của cơ sở dữ liệu. Hãy nhờ người quản trị máy chủ thêm bạn vào.',
    'problem:no-database': 'Máy chủ không có cơ sở dữ liệu này. Hãy kiểm tra lại tên, hoặc nhờ người quản trị máy chủ tạo.',
    'problem:server-error': 'Máy chủ gặp lỗi. Tiện ích sẽ thử lại; nếu vẫn lỗi, hãy báo người quản trị máy chủ.',
    'problem:storage-full': 'Ổ đĩa máy này đã đầy nên không nhận thêm được bài từ máy chủ. Hãy giải phóng dung lượng; đồng bộ sẽ tiếp tục.',
    'problem:redirected':
      'Máy chủ chuyển yêu cầu sang một địa chỉ khác, nên tiện ích không gửi tên người dùng, mật khẩu hay bài viết tới đó. Hãy nhập đúng địa chỉ của chính máy chủ CouchDB.',
    'problem:timeout': 'Máy chủ không trả lời trong {n} giây. Tiện ích sẽ thử lại; bộ sưu tập trên máy này vẫn an toàn.',
    'problem:constraint':
      'Một bài từ máy chủ trùng với một bài khác trong bộ sưu tập nên không lưu được. Các bài khác vẫn được đồng bộ; hãy báo người quản trị máy chủ.',
    setAside: '{n} tài liệu từ máy chủ không được áp dụng; gần nhất: {reason}',
    setAsideOne: '1 tài liệu từ máy chủ không được áp dụng: {reason}',
    'aside:wrong-id': 'mã của nó không khớp với địa chỉ bài viết',
    'aside:url-changed': 'nó đổi địa chỉ của một bài đã có ở đây',
    'aside:unreadable': 'nó không phải một bài lưu hợp lệ',
    'aside:constraint': 'nó trùng với một bài khác trong bộ sưu tập',
    'aside:failed': 'bộ sưu tập không lưu được nó',
    'aside:too-many': 'danh sách theo dõi đã đủ số mục tối đa',
    settleAside: 'tài liệu từ máy chủ không được áp dụng',
    untitled: '(không có tiêu đề)',
  },
  {
    heading: 'Sync between browsers',
    offIntro: 'Sync is off. Nothing is sent anywhere until you set up a server here.',
    what:
      'Once on, your collection (clippings, notes, tags and your corrections) syncs both ways with your team’s CouchDB server, so several browsers and colleagues share one collection.',
    serverUrl: 'Server address',
    serverUrlHelp: 'Starts with https://. Only a server on this machine (localhost, 127.0.0.1, [::1]) may use http://.',
    database: 'Database',
    username: 'User name',
    password: 'Password',
    passwordHelp: 'The password stays inside the extension; no web page can read it.',
    save: 'Save and connect',
    saving: 'Connecting to the server…',
    cancelEdit: 'Cancel',
    missing: 'Fill in every field: {fields}.',
    urlCredentials: 'Do not write the user name or password into the address; use the fields below.',
    connected: 'Connected. The collection syncs about every minute while the browser is open.',
    server: 'Server',
    signedInAs: 'User',
    permissionNote: 'The extension may reach this server only to sync; stopping sync gives that permission back.',
    edit: 'Change server or account',
    syncNow: 'Sync now',
    stop: 'Stop syncing',
    stopConfirm:
      'Stop syncing? The extension forgets the server and the password. The collection on this machine stays whole, and nothing is deleted on the server.',
    stopYes: 'Stop syncing',
    stopNo: 'Keep syncing',
    stopped: 'Sync stopped. The collection on this machine stays whole.',
    running: 'Syncing…',
    never: 'Not synced yet',
    synced: 'Synced {ago}',
    syncedDone: 'Sync done',
    pending: '{n} changes waiting',
    pendingOne: '1 change waiting',
    conflicts: '{n} clippings have notes from two people',
    conflictsOne: '1 clipping has notes from two people',
    restored: '{n} clippings were deleted while someone edited them: the edits were kept',
    restoredOne: '1 clipping was deleted while someone edited it: the edit was kept',
    seeConflicts: 'see',
    settleHeading: 'Clippings to look at after sync',
    settleHint: 'Press a title to find it in the collection; editing its note or tags clears the mark.',
    settleNone: 'Nothing left to look at.',
    settleWords: 'two people’s notes kept side by side',
    settleDeleted: 'deleted elsewhere while being edited, the edit kept',
    problemLabel: 'Sync has a problem',
    requestFailed: 'Could not reach the extension’s background. Close this page and open it again.',
    setUpLink: 'Sync the collection with your team…',
    settingsLink: 'Sync settings',
    'problem:bad-url': 'That is not a server address. Type it in full, for example https://couchdb.example.org.',
    'problem:insecure-url':
      'The address must start with https://, so your password and clippings never cross the network readable; http:// only works for a server on this machine.',
    'problem:permission-refused': 'You did not allow the extension to reach this server, so nothing was sent. Save again and choose Allow.',
    'problem:unreachable':
      'Could not reach the server: check the address and your connection, or the server is down. The collection on this machine is safe.',
    'problem:unauthorized': 'Wrong user name or password.',
    'problem:forbidden': 'This account is not a member of the database. Ask the server’s administrator to add you.',
    'problem:no-database': 'The server has no database by that name. Check the name, or ask the server’s administrator to create it.',
    'problem:server-error': 'The server failed. The extension will try again; if it keeps failing, tell the server’s administrator.',
    'problem:storage-full': 'This machine’s disk is full, so clippings from the server cannot be stored. Free some space and sync carries on.',
    'problem:redirected':
      'The server sent the request on to another address, so the extension sent no user name, password or clipping there. Enter the CouchDB server’s own address.',
    'problem:timeout': 'The server did not answer in {n} s. The extension will try again; the collection on this machine is safe.',
    'problem:constraint':
      'A clipping from the server clashes with another clipping in this collection, so it could not be stored. The others still sync; tell the server’s administrator.',
    setAside: '{n} documents from the server were not applied; the latest: {reason}',
    setAsideOne: '1 document from the server was not applied: {reason}',
    'aside:wrong-id': 'its id does not match its article’s address',
    'aside:url-changed': 'it would change the address of a clipping held here',
    'aside:unreadable': 'it is not a valid clipping',
    'aside:constraint': 'it clashes with another clipping in the collection',
    'aside:failed': 'the collection could not store it',
    'aside:too-many': 'the watch list already holds as many subjects as it can',
    settleAside: 'document from the server, not applied',
    untitled: '(no title)',
  },
);

export type SyncText = ReturnType<typeof syncStrings>;

/** Every problem code, spelled out so the compiler says when the contract gains one this file does not explain. */
const CODES: Record<SyncProblemCode, true> = {
  'bad-url': true,
  'insecure-url': true,
  'permission-refused': true,
  unreachable: true,
  unauthorized: true,
  forbidden: true,
  'no-database': true,
  'server-error': true,
  'storage-full': true,
  redirected: true,
  timeout: true,
  constraint: true,
};
export const SYNC_PROBLEM_CODES = Object.keys(CODES) as SyncProblemCode[];

/** The problem's sentence; a deadline's names its seconds. */
export const problemSentence = (t: SyncText, problem: Pick<SyncProblem, 'code' | 'seconds'>): string =>
  t(`problem:${problem.code}`).replace('{n}', String(problem.seconds ?? ''));

/** Why a document from the server was not applied, as the end of a sentence. */
export const setAsideReason = (t: SyncText, reason: SetAsideReason): string => t(`aside:${reason}`);
