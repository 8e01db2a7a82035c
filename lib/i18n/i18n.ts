/**
 * UI strings, Vietnamese first and English second. The UI language follows the
 * browser's preferred languages until the reader picks one in the options
 * (lang.ts): one language at a time, never a mix. Each surface keeps its strings next to its
 * components (components/<surface>/strings.ts) through defineStrings; the
 * manifest's name and description live here and are written to _locales at build.
 */
import { type Lang, type LangSetting, uiLang } from './lang';

export { LANGS, type Lang } from './lang';

export type Translate<K extends string> = (key: K) => string;

/** Every dictionary defineStrings made, for the completeness test. */
export const DICTIONARIES: { vi: Record<string, string>; en: Record<string, string> }[] = [];

/**
 * English must define every key Vietnamese defines: the types enforce it. The
 * translator takes the setting as stored ('auto' follows the browser).
 */
export function defineStrings<K extends string>(vi: Record<K, string>, en: Record<K, string>) {
  const dictionaries: Record<Lang, Record<K, string>> = { vi, en };
  DICTIONARIES.push(dictionaries);
  return (lang: Lang | LangSetting): Translate<K> => {
    const dictionary = dictionaries[uiLang(lang)];
    return (key) => dictionary[key];
  };
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
