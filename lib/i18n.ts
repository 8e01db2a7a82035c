/**
 * UI strings, Vietnamese first and English second. The UI language is a user
 * setting (default Vietnamese), not the browser's locale: readers of Vietnamese
 * news often run an English browser. The manifest's name and description are
 * generated from the `manifest` entries into _locales at build time.
 */
export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

const vi = {
  extName: 'Chú giải tin thông tin đối ngoại',
  extDescription: 'Đánh dấu quan chức và văn bản chỉ đạo trong tin tức Việt Nam về thông tin đối ngoại; lưu và tra cứu bài viết.',
  popupTitle: 'Thông tin đối ngoại',
  currentPage: 'Trang hiện tại',
  notAnalysed: 'Trang này chưa được phân tích.',
  recentPages: 'Trang đã phân tích gần đây',
  noRecent: 'Chưa có trang nào.',
  officials: 'Quan chức',
  directives: 'Văn bản',
  verdictYes: 'Về thông tin đối ngoại',
  verdictNo: 'Không về thông tin đối ngoại',
  score: 'Điểm',
  loadError: 'Không đọc được dữ liệu',
};

const en: Record<keyof typeof vi, string> = {
  extName: 'Foreign-information news annotator',
  extDescription: 'Highlights officials and directives in Vietnamese news about foreign-information work; clip and search articles.',
  popupTitle: 'Foreign information',
  currentPage: 'This page',
  notAnalysed: 'This page has not been analysed.',
  recentPages: 'Recently analysed pages',
  noRecent: 'No pages yet.',
  officials: 'Officials',
  directives: 'Directives',
  verdictYes: 'About foreign information',
  verdictNo: 'Not about foreign information',
  score: 'Score',
  loadError: 'Could not read the data',
};

export type MessageKey = keyof typeof vi;
export const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { vi, en };

export function translator(lang: Lang): (key: MessageKey) => string {
  const dict = DICTIONARIES[lang] ?? vi;
  return (key) => dict[key];
}

/** The _locales/<lang>/messages.json files for the manifest's own strings. */
export function manifestLocales(): Record<Lang, Record<string, { message: string }>> {
  const pick = (lang: Lang) => ({
    extName: { message: DICTIONARIES[lang].extName },
    extDescription: { message: DICTIONARIES[lang].extDescription },
  });
  return { vi: pick('vi'), en: pick('en') };
}
