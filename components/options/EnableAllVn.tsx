/**
 * The "all of .vn" grant, offered with one sentence on why and what it reads: on the
 * options page and on the first-run page. The browser shows its own prompt, which
 * only a click may open, so the request runs straight from the click handler.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { holdsScope, requestScope } from '@/lib/site/permissions';
import type { Lang } from '@/lib/i18n/i18n';
import { optionsStrings } from './strings';

/** `held`: whether the grant is already given, when the caller knows; otherwise the browser is asked. */
export function EnableAllVn({ lang, held: known, onChange }: { lang: Lang; held?: boolean; onChange?: () => void }) {
  const t = optionsStrings(lang);
  const [asked, setHeld] = useState<boolean | null>(null);
  const [refused, setRefused] = useState(false);
  const [justGranted, setJustGranted] = useState(false);
  const held = known ?? asked;

  useEffect(() => {
    if (known === undefined) void holdsScope(browser.permissions, { kind: 'all-vn' }).then(setHeld, () => setHeld(false));
  }, [known]);

  const enable = async () => {
    const granted = await requestScope(browser.permissions, { kind: 'all-vn' }).catch(() => false);
    setHeld(granted);
    setRefused(!granted);
    setJustGranted(granted);
    onChange?.();
  };

  if (held === null) return null;
  // Where the caller lists the grant itself, only a grant just made is said again.
  if (held) return justGranted || known === undefined ? <p role="status">{t('vnGranted')}</p> : null;
  return (
    <p>
      <button type="button" onClick={() => void enable()}>
        {t('enableVn')}
      </button>{' '}
      {t('vnWhy')}
      {refused && ' '}
      {refused && (
        <span role="alert" class="refused">
          {t('refused')}
        </span>
      )}
    </p>
  );
}
