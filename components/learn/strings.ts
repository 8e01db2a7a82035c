import { defineStrings } from '@/lib/i18n/i18n';

export const learnStrings = defineStrings(
  {
    fromCollection: 'Từ bộ sưu tập của bạn',
    fromCollectionNote: 'Chỉ hiện ở đây, không đánh dấu trên trang: tiện ích nhận ra nhờ các bài bạn đã lưu.',
    inClippings: '{n} bài đã lưu',
    knownParticulars: 'Bộ sưu tập biết thêm',
    kind: 'loại',
    issuer: 'cơ quan ban hành',
    date: 'ngày ban hành',
    subject: 'trích yếu',
    markWrong: 'Sai',
    markWrongLabel: 'Đánh dấu sai',
    looking: 'Đang đối chiếu với bộ sưu tập…',
    failed: 'Không đối chiếu được với bộ sưu tập.',
  },
  {
    fromCollection: 'From your collection',
    fromCollectionNote: 'Shown here only, never on the page: recognised from the articles you clipped.',
    inClippings: '{n} clipping|{n} clippings',
    knownParticulars: 'The collection also knows',
    kind: 'kind',
    issuer: 'issuer',
    date: 'date',
    subject: 'subject',
    markWrong: 'Wrong',
    markWrongLabel: 'Mark as wrong',
    looking: 'Checking against your collection…',
    failed: 'Could not check against your collection.',
  },
);

export type LearnText = ReturnType<typeof learnStrings>;
