import { useEffect } from 'preact/hooks';
import type { Lang } from '@/lib/i18n/i18n';

/** The tab's title and the page's lang attribute follow the UI language (the HTML file's title is only the first frame's). */
export function useTabTitle(title: string, lang: Lang): void {
  useEffect(() => {
    document.title = title;
    document.documentElement.lang = lang;
  }, [title, lang]);
}
