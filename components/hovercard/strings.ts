import { defineStrings } from '@/lib/i18n';

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
    clippedCount: 'Bài đã lưu nhắc đến',
    mentions: 'Số lần nhắc trong bài',
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
    clippedCount: 'Clipped articles mentioning it',
    mentions: 'Mentions in this article',
  },
);
export type CardKey = Parameters<ReturnType<typeof cardStrings>>[0];
