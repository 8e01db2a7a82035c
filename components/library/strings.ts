import { defineStrings } from '@/lib/i18n';

export const libraryStrings = defineStrings(
  {
    libraryTitle: 'Thư viện bài đã lưu',
    tabTitle: 'Thư viện bài đã lưu — Thông tin đối ngoại',
    facetsLabel: 'Tra cứu theo quan chức, văn bản và trang báo',
    officials: 'Quan chức',
    directives: 'Văn bản chỉ đạo',
    sites: 'Trang báo',
    articles: 'bài',
    showAll: 'Xem tất cả',
    showFewer: 'Thu gọn',
    noneYet: 'Chưa có.',
    persisted: 'Trình duyệt đã cam kết giữ bộ sưu tập kể cả khi đĩa gần đầy.',
    notPersisted: 'Trình duyệt chưa cam kết giữ bộ sưu tập khi đĩa gần đầy: hãy xuất ra tệp định kỳ.',
  },
  {
    libraryTitle: 'Library of clipped articles',
    tabTitle: 'Library of clipped articles — Foreign information',
    facetsLabel: 'Browse by official, directive and site',
    officials: 'Officials',
    directives: 'Directives',
    sites: 'Sites',
    articles: 'articles',
    showAll: 'Show all',
    showFewer: 'Show fewer',
    noneYet: 'None yet.',
    persisted: 'The browser has promised to keep the collection even when the disk runs low.',
    notPersisted: 'The browser has not promised to keep the collection when the disk runs low: export it now and then.',
  },
);
