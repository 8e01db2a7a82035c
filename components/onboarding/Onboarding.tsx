import { useEffect, useMemo } from 'preact/hooks';
import { backgroundStrings } from '@/lib/background/strings';
import { LANGS, type Lang } from '@/lib/i18n/i18n';
import { analyze } from '@/lib/matcher/analyze';
import { DEFAULT_THRESHOLD } from '@/lib/matcher/threshold';
import { EXPORT_KINDS } from '@/lib/export/to-file';
import { panelStrings } from '@/components/panel/strings';
import { EnableAllVn } from '@/components/options/EnableAllVn';
import { exportStrings } from '@/components/research/export-strings';
import { SampleArticle, verdictWords } from './SampleArticle';
import { SiteSearch } from './SiteSearch';
import { samplePassage } from './sample';
import { fill, LANGUAGE_NAMES, onboardingStrings } from './strings';

export interface OnboardingProps {
  lang: Lang;
  /** Called when the reader picks the other language (the page then follows the setting). */
  onLang: (lang: Lang) => void;
}

/**
 * The first-run page, one screen until the reader opens more: what the extension does
 * and the live sample's verdict in one line; the annotated sample, where it works (the
 * site list as a search), how to clip and export, how to pin, and privacy each behind
 * a disclosure.
 */
export function Onboarding({ lang, onLang }: OnboardingProps) {
  const t = onboardingStrings(lang);
  // The real matcher on the passage, once: what the reader sees is what a news page would get.
  const sample = useMemo(() => {
    const text = samplePassage();
    return { text, analysis: analyze(text) };
  }, []);
  const verdict = verdictWords(lang, sample.analysis.foreignInfo, DEFAULT_THRESHOLD);

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

        {/* One screen: what it does and the sample's verdict in one line; the annotated sample and the rest open on demand. */}
        <section class="sample-section" aria-labelledby="sample-heading">
          <h2 id="sample-heading">{t('sampleHeading')}</h2>
          <p class={`sample-verdict ${sample.analysis.foreignInfo.isForeignInfo ? 'yes' : 'no'}`}>
            <strong>{verdict.verdict}.</strong> {verdict.score}.
          </p>
          <details class="sample-open">
            <summary>{t('sampleOpen')}</summary>
            <p>{t('sampleIntro')}</p>
            <SampleArticle lang={lang} text={sample.text} analysis={sample.analysis} threshold={DEFAULT_THRESHOLD} />
          </details>
        </section>

        <details class="topic">
          <summary>
            <h2 id="where-heading">{t('whereHeading')}</h2>
          </summary>
          <p>{t('whereListed')}</p>
          <SiteSearch lang={lang} />
          <ul>
            <li>{t('whereAlways')}</li>
            <li>{t('whereVn')}</li>
            <li>{t('whereOnce')}</li>
          </ul>
          <EnableAllVn lang={lang} />
          <p>{t('whereOff')}</p>
        </details>

        <details class="topic">
          <summary>
            <h2 id="clip-heading">{t('clipHeading')}</h2>
          </summary>
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
          <p>{t('clipLibrary')}</p>
          {/* Every format of the library's export menu, in its words: a new format shows here by itself. */}
          <ul class="exports">
            {EXPORT_KINDS.map((kind) => (
              <li key={kind}>{exportStrings(lang)(kind)}</li>
            ))}
          </ul>
          <p>
            <a href="/library.html">{t('openLibrary')}</a>
          </p>
        </details>

        <details class="topic">
          <summary>
            <h2 id="pin-heading">{t('pinHeading')}</h2>
          </summary>
          <p>{t('pinWhy')}</p>
          <ul>
            <li>{t('pinChrome')}</li>
            <li>{t('pinFirefox')}</li>
          </ul>
        </details>

        <details class="topic">
          <summary>
            <h2 id="privacy-heading">{t('privacyHeading')}</h2>
          </summary>
          <p>{t('privacy')}</p>
        </details>

        <p class="settings">
          {t('settings')} <a href="/options.html">{t('openSettings')}</a>
        </p>
      </main>
    </div>
  );
}
