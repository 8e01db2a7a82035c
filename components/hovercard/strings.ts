import { defineStrings } from '@/lib/i18n/i18n';

export const cardStrings = defineStrings(
  {
    official: 'Quan chức',
    directive: 'Văn bản chỉ đạo',
    titles: 'Chức danh',
    noTitles: 'Chưa rõ chức danh',
    kind: 'Loại',
    issuer: 'Cơ quan ban hành',
    date: 'Ngày ban hành',
    subject: 'Trích yếu',
    unknown: 'chưa rõ',
    mentions: 'Số lần nhắc trong bài',
    fromReference: 'theo danh mục tham chiếu',
    openProfile: 'Mở hồ sơ',
    openProfileLabel: 'Mở hồ sơ trong thẻ mới:',
    referenceNote: 'Bài này không nêu các chi tiết có ghi “theo danh mục tham chiếu”: chúng lấy từ các bài mẫu mà tiện ích được xây dựng từ đó.',
  },
  {
    official: 'Official',
    directive: 'Directive',
    titles: 'Titles',
    noTitles: 'No title found',
    kind: 'Kind',
    issuer: 'Issued by',
    date: 'Date',
    subject: 'Subject',
    unknown: 'unknown',
    mentions: 'Mentions in this article',
    fromReference: 'from the reference list',
    openProfile: 'Open profile',
    openProfileLabel: 'Open the profile in a new tab:',
    referenceNote: 'This article does not give the particulars marked “from the reference list”: they come from the sample articles the extension was built from.',
  },
);
export type CardKey = Parameters<ReturnType<typeof cardStrings>>[0];
