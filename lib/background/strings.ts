import { defineStrings } from '../i18n/i18n';

/** Words the background shows: the context menu items, and the toolbar tooltip when a clip or an explicit request fails. */
export const backgroundStrings = defineStrings(
  {
    clipMenu: 'Lưu bài này vào bộ sưu tập',
    clipFailed: 'Không lưu được bài',
    unsupported: 'Trang này không có bài báo để lưu (hoặc cần tải lại trang).',
    quota: 'Bộ nhớ đầy: bài chưa được lưu; các bài đã lưu vẫn còn nguyên.',
    disconnected: 'Trang này mở từ trước khi tiện ích được cập nhật; hãy tải lại trang.',
    'no-answer': 'Tiện ích không trả lời; hãy thử lại sau giây lát.',
    forbidden: 'Tiện ích không nhận yêu cầu này.',
    other: 'Đã có lỗi; bài chưa được lưu.',
    alwaysMenu: 'Luôn chú giải trang này',
    notAllowed: 'Trình duyệt không cho tiện ích chạy trên trang này (trang của trình duyệt, cửa hàng tiện ích hoặc tệp trên máy).',
    nothingToRead: 'Trang này không có bài viết hay đoạn văn nào để chú giải.',
    annotateFailed: 'Không chú giải được trang này; hãy tải lại trang rồi thử lại.',
    quoteMenu: 'Giữ làm trích dẫn',
    quoteFailed: 'Không giữ được trích dẫn',
    quoteNotFound: 'Đoạn đã chọn không nằm trong bài báo.',
  },
  {
    clipMenu: 'Clip this article to the collection',
    clipFailed: 'Could not clip the article',
    unsupported: 'This page has no article to clip (or needs a reload).',
    quota: 'Storage is full: the article was not saved; everything saved before is intact.',
    disconnected: 'This page was opened before the extension was updated; reload the page.',
    'no-answer': 'The extension did not answer; try again in a moment.',
    forbidden: 'The extension does not take this request.',
    other: 'Something went wrong; the article was not saved.',
    alwaysMenu: 'Always annotate this site',
    notAllowed: 'The browser does not let extensions run on this page (a browser page, the extension store or a local file).',
    nothingToRead: 'This page has no article or text to annotate.',
    annotateFailed: 'Could not annotate this page; reload it and try again.',
    quoteMenu: 'Keep as a quote',
    quoteFailed: 'Could not keep the quote',
    quoteNotFound: 'The selected passage is not in the article.',
  },
);
