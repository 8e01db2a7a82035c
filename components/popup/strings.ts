import { defineStrings } from '@/lib/i18n';

export const popupStrings = defineStrings(
  {
    popupTitle: 'Thông tin đối ngoại',
    recentPages: 'Trang đã phân tích gần đây',
    noRecent: 'Chưa có trang nào.',
    officials: 'Quan chức',
    directives: 'Văn bản',
    loadError: 'Không đọc được dữ liệu',
  },
  {
    popupTitle: 'Foreign information',
    recentPages: 'Recently analysed pages',
    noRecent: 'No pages yet.',
    officials: 'Officials',
    directives: 'Directives',
    loadError: 'Could not read the data',
  },
);
