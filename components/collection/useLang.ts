import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '@/lib/i18n';
import { getSettings, watchSettings } from '@/lib/settings';

/** The UI language setting (Vietnamese until it is read), following changes live. */
export function useLang(): Lang {
  const [lang, setLang] = useState<Lang>('vi');
  useEffect(() => {
    let live = true;
    void getSettings().then((s) => live && setLang(s.lang));
    const stop = watchSettings((s) => setLang(s.lang));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return lang;
}
