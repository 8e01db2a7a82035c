import { useEffect, useMemo } from 'preact/hooks';
import { backgroundStrings } from '@/lib/background/strings';
import { LANGS, type Lang } from '@/lib/i18n/i18n';
import { analyze } from '@/lib/matcher/analyze';
import { DEFAULT_THRESHOLD } from '@/lib/matcher/threshold';
import { NEWS_SITES } from '@/lib/site/sites';
import { panelStrings } from '@/components/panel/strings';
import { EnableAllVn } from '@/components/options/EnableAllVn';
import { SampleArticle } from './SampleArticle';
import { samplePassage } from './sample';
import { fill, LANGUAGE_NAMES, onboardingStrings } from './strings';

export interface OnboardingProps {
  lang: Lang;
  /** Called when the reader picks the other language (the page then follows the setting). */
  onLang: (lang: Lang) => void;
}

/** The first-run page: what the extension does, a live sample, where it works, how to clip and pin, privacy. */
export function Onboarding({ lang, onLang }: OnboardingProps) {
  const t = onboardingStrings(lang);
  // The real matcher on the passage, once: what the reader sees is what a news page would get.
  const sample = useMemo(() => {
    const text = samplePassage();
    return { text, analysis: analyze(text) };
  }, []);

  useEffect(() => {
    document.title = t('tabTitle');
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <div class="onboarding">
      <header>
        <img class="logo" src="/icon/128.png" width="64" height="64" alt="" />
        <h1>{t('heading')}</h1>
        <div class="lang-switch" role="group" aria-label={t('language')}>
          {LANGS.map((l) => (
            <button key={l} type="button" lang={l} aria-pressed={l === lang} onClick={() => onLang(l)}>
              {LANGUAGE_NAMES[l]}
            </button>
          ))}
        </div>
      </header>

      <main>
        <p class="intro">{t('intro')}</p>

        <section aria-labelledby="sample-heading">
          <h2 id="sample-heading">{t('sampleHeading')}</h2>
          <p>{t('sampleIntro')}</p>
          <SampleArticle lang={lang} text={sample.text} analysis={sample.analysis} threshold={DEFAULT_THRESHOLD} />
        </section>

        <section aria-labelledby="where-heading">
          <h2 id="where-heading">{t('whereHeading')}</h2>
          <p>{t('whereListed')}</p>
          <ul class="sites">
            {NEWS_SITES.map((site) => (
              <li key={site}>{site}</li>
            ))}
          </ul>
          <ul>
            <li>{t('whereAlways')}</li>
            <li>{t('whereVn')}</li>
            <li>{t('whereOnce')}</li>
          </ul>
          <EnableAllVn lang={lang} />
          <p>{t('whereOff')}</p>
        </section>

        <section aria-labelledby="clip-heading">
          <h2 id="clip-heading">{t('clipHeading')}</h2>
          <p>{t('clipIntro')}</p>
          <ul>
            <li>{fill(t('clipPanel'), { button: panelStrings(lang)('clip') })}</li>
            <li>{fill(t('clipMenu'), { item: backgroundStrings(lang)('clipMenu') })}</li>
            <li>
              {t('clipKey')
                .split('{key}')
                .flatMap((part, i) => (i === 0 ? [part] : [<kbd key={i}>Alt+Shift+L</kbd>, part]))}
            </li>
          </ul>
          <p>
            {t('clipLibrary')} <a href="/library.html">{t('openLibrary')}</a>
          </p>
        </section>

        <section aria-labelledby="pin-heading">
          <h2 id="pin-heading">{t('pinHeading')}</h2>
          <p>{t('pinWhy')}</p>
          <ul>
            <li>{t('pinChrome')}</li>
            <li>{t('pinFirefox')}</li>
          </ul>
        </section>

        <section aria-labelledby="privacy-heading">
          <h2 id="privacy-heading">{t('privacyHeading')}</h2>
          <p>{t('privacy')}</p>
        </section>

        <p class="settings">
          {t('settings')} <a href="/options.html">{t('openSettings')}</a>
        </p>
      </main>
    </div>
  );
}
