import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '@/lib/i18n/i18n';
import { uiLang } from '@/lib/i18n/lang';
import { getSettings, watchSettings } from '@/lib/settings/settings';

/**
 * The UI language, following the setting live: the reader's pick, else the
 * browser's preferred languages (which also decide the first frame, before the
 * setting is read, so an English browser never flashes Vietnamese).
 */
export function useLang(): Lang {
  const [lang, setLang] = useState<Lang>(() => uiLang('auto'));
  useEffect(() => {
    let live = true;
    void getSettings().then((s) => live && setLang(uiLang(s.lang)));
    const stop = watchSettings((s) => setLang(uiLang(s.lang)));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return lang;
}
