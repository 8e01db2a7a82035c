/**
 * Which language the UI speaks. Until the reader picks one in the options the
 * setting is 'auto', and the UI follows the browser's preferred languages:
 * Vietnamese when a Vietnamese tag comes before any English one, English
 * otherwise (a reader whose browser prefers neither gets the second locale,
 * which more of them read than Vietnamese).
 */
/** The languages the UI speaks (i18n.ts holds their strings). */
export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

/** The stored setting: a language the reader picked, or 'auto' (follow the browser). */
export type LangSetting = Lang | 'auto';
export const LANG_SETTINGS: readonly LangSetting[] = ['auto', 'vi', 'en'];

/** The browser's preferred languages, best first; empty where there is no navigator. */
export function preferredLanguages(): readonly string[] {
  const nav = (globalThis as { navigator?: { languages?: readonly string[]; language?: string } }).navigator;
  if (nav?.languages?.length) return nav.languages;
  return nav?.language ? [nav.language] : [];
}

/** vi when a `vi` tag (vi, vi-VN) comes first among the Vietnamese and English ones, en otherwise. */
export function browserLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (primary === 'vi') return 'vi';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

/** The language to render in: the reader's pick, or the browser's when they have not picked. */
export function uiLang(setting: LangSetting | undefined, languages: readonly string[] = preferredLanguages()): Lang {
  return setting === 'vi' || setting === 'en' ? setting : browserLang(languages);
}
