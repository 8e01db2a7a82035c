import { defineStrings } from '@/lib/i18n/i18n';

/** Words of the quote list (popup and clipping page): Vietnamese first. */
export const quoteStrings = defineStrings(
  {
    quotes: 'Trích dẫn của tôi',
    show: 'Hiện trích dẫn của tôi',
    shown: 'Đã tô màu các trích dẫn tìm thấy trên trang.',
    showFailed: 'Không hiện được trích dẫn: trang chưa được chú giải.',
    keep: 'Giữ làm trích dẫn',
    kept: 'Đã giữ trích dẫn.',
    selectFirst: 'Hãy chọn một đoạn trong bài trước.',
    comment: 'Bình luận',
    save: 'Lưu bình luận',
    saved: 'Đã lưu bình luận.',
    failed: 'Không lưu được:',
    missing: 'không còn tìm thấy trên trang',
    remove: 'Xoá trích dẫn',
    removeNamed: 'Xoá trích dẫn: {quote}',
    removed: 'Đã xoá trích dẫn.',
    removeFailed: 'Không xoá được:',
  },
  {
    quotes: 'My quotes',
    show: 'Show my quotes',
    shown: 'The quotes found on the page are highlighted.',
    showFailed: 'Could not show the quotes: the page is not annotated.',
    keep: 'Keep as a quote',
    kept: 'Quote kept.',
    selectFirst: 'Select a passage of the article first.',
    comment: 'Comment',
    save: 'Save comment',
    saved: 'Comment saved.',
    failed: 'Could not save:',
    missing: 'no longer found on the page',
    remove: 'Delete quote',
    removeNamed: 'Delete quote: {quote}',
    removed: 'Quote deleted.',
    removeFailed: 'Could not delete:',
  },
);

export type QuoteText = ReturnType<typeof quoteStrings>;
