/**
 * A wide grant offered with one sentence on why, what it reads and what the browser will
 * say: "all of .vn" (options page and first-run page), "Vietnamese pages on every site"
 * and each foreign service's Vietnamese section (options page). The browser shows its
 * own prompt, which only a click may open, so the request runs straight from the click.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { holdsScope, requestScope, type Scope } from '@/lib/site/permissions';
import type { Lang } from '@/lib/i18n/i18n';
import { optionsStrings } from './strings';

interface Words {
  enable: string;
  why: string;
  granted: string;
}

/** `held`: whether the grant is already given, when the caller knows; otherwise the browser is asked. */
export function EnableScope({ lang, scope, words, held: known, onChange }: { lang: Lang; scope: Scope; words: Words; held?: boolean; onChange?: () => void }) {
  const t = optionsStrings(lang);
  const [asked, setHeld] = useState<boolean | null>(null);
  const [refused, setRefused] = useState(false);
  const [justGranted, setJustGranted] = useState(false);
  const held = known ?? asked;

  useEffect(() => {
    if (known === undefined) void holdsScope(browser.permissions, scope).then(setHeld, () => setHeld(false));
  }, [known]);

  const enable = async () => {
    const granted = await requestScope(browser.permissions, scope).catch(() => false);
    setHeld(granted);
    setRefused(!granted);
    setJustGranted(granted);
    onChange?.();
  };

  if (held === null) return null;
  // Where the caller lists the grant itself, only a grant just made is said again.
  if (held) return justGranted || known === undefined ? <p role="status">{words.granted}</p> : null;
  return (
    <p>
      <button type="button" onClick={() => void enable()}>
        {words.enable}
      </button>{' '}
      {words.why}
      {refused && ' '}
      {refused && (
        <span role="alert" class="refused">
          {t('refused')}
        </span>
      )}
    </p>
  );
}

/** The "all of .vn" grant. */
export function EnableAllVn({ lang, held, onChange }: { lang: Lang; held?: boolean; onChange?: () => void }) {
  const t = optionsStrings(lang);
  const words = { enable: t('enableVn'), why: t('vnWhy'), granted: t('vnGranted') };
  return <EnableScope lang={lang} scope={{ kind: 'all-vn' }} words={words} held={held} onChange={onChange} />;
}
