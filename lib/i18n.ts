/**
 * UI strings, Vietnamese first and English second. The UI language is a user
 * setting (default Vietnamese), not the browser's locale: readers of Vietnamese
 * news often run an English browser. Each surface keeps its strings next to its
 * components (components/<surface>/strings.ts) through defineStrings; the
 * manifest's name and description live here and are written to _locales at build.
 */
export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

export type Translate<K extends string> = (key: K) => string;

/** English must define every key Vietnamese defines: the types enforce it. */
export function defineStrings<K extends string>(vi: Record<K, string>, en: Record<K, string>) {
  const dictionaries: Record<Lang, Record<K, string>> = { vi, en };
  return (lang: Lang): Translate<K> =>
    (key) =>
      (dictionaries[lang] ?? vi)[key];
}

const manifestStrings = {
  vi: {
    extName: 'Chú giải tin thông tin đối ngoại',
    extDescription: 'Đánh dấu quan chức và văn bản chỉ đạo trong tin tức Việt Nam về thông tin đối ngoại; lưu và tra cứu bài viết.',
    clipCommand: 'Lưu bài đang đọc vào bộ sưu tập',
    annotateCommand: 'Chú giải trang này, hoặc hiện/ẩn bảng chú giải',
  },
  en: {
    extName: 'Foreign-information news annotator',
    extDescription: 'Highlights officials and directives in Vietnamese news about foreign-information work; clip and search articles.',
    clipCommand: 'Clip the article you are reading to the collection',
    annotateCommand: 'Annotate this page, or show/hide the annotation panel',
  },
};

/** The _locales/<lang>/messages.json files for the manifest's own strings. */
export function manifestLocales(): Record<Lang, Record<string, { message: string }>> {
  const pick = (lang: Lang) =>
    Object.fromEntries(Object.entries(manifestStrings[lang]).map(([key, message]) => [key, { message }]));
  return { vi: pick('vi'), en: pick('en') };
}
