import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '@/lib/i18n/i18n';
import { LANG_SETTINGS, uiLang, type LangSetting } from '@/lib/i18n/lang';
import { DEFAULT_SETTINGS, getSettings, updateSettings, watchSettings, type Category, type Settings } from '@/lib/settings/settings';
import { Scopes } from './Scopes';
import { SyncSettings } from './SyncSettings';
import { useSyncStatus } from '@/components/sync/useSyncStatus';
import { serverPattern } from '@/lib/sync/server-address';
import { optionsStrings } from './strings';

const CATEGORIES: Category[] = ['officials', 'directives'];
const LANG_NAMES: Record<Lang, string> = { vi: 'Tiếng Việt', en: 'English' };
/** Shown when the user first overrides the calibrated threshold. */
const DEFAULT_OVERRIDE = 0.5;

/** The options page: every change is saved at once and reaches open pages live. */
export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  // Which failure to explain; the browser's own error text is never shown.
  const [error, setError] = useState<'loadError' | 'saveError' | null>(null);
  const [saved, setSaved] = useState(false);
  const sync = useSyncStatus();

  useEffect(() => {
    getSettings().then(setSettings, () => setError('loadError'));
    return watchSettings(setSettings);
  }, []);

  const lang = uiLang(settings?.lang);
  const t = optionsStrings(lang);
  if (error === 'loadError') return <p role="alert">{t('loadError')}</p>;
  if (!settings) return null;

  const save = (patch: Partial<Settings>) => {
    setSettings({ ...settings, ...patch });
    updateSettings(patch).then(
      () => setSaved(true),
      () => setError('saveError'),
    );
  };

  return (
    <main lang={lang}>
      <h1>{t('title')}</h1>
      {error === 'saveError' && <p role="alert">{t('saveError')}</p>}
      <label>
        {t('language')}{' '}
        <select value={settings.lang} onChange={(e) => save({ lang: e.currentTarget.value as LangSetting })}>
          {LANG_SETTINGS.map((choice) => (
            <option key={choice} value={choice}>
              {choice === 'auto' ? t('langAuto') : LANG_NAMES[choice]}
            </option>
          ))}
        </select>
      </label>

      <fieldset>
        <legend>{t('annotation')}</legend>
        <label>
          <input type="checkbox" name="paused" checked={settings.paused} onChange={(e) => save({ paused: e.currentTarget.checked })} /> {t('paused')}
        </label>
        <h2>{t('disabledSites')}</h2>
        {settings.disabledSites.length === 0 ? (
          <p>{t('noDisabledSites')}</p>
        ) : (
          <ul aria-label={t('disabledSites')}>
            {settings.disabledSites.map((site) => (
              <li key={site} data-site={site}>
                {site}{' '}
                <button type="button" onClick={() => save({ disabledSites: settings.disabledSites.filter((s) => s !== site) })}>
                  {t('enableSite')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <p>{t('annotateOther')}</p>
      </fieldset>

      {/*
        Both once the sync state is known: the sync server's own permission is the sync
        section's, never listed as a news site even for a moment, and a server already set
        up never flashes the empty form.
      */}
      {sync.known && <Scopes lang={lang} syncPattern={sync.status?.server ? serverPattern(sync.status.server.url) : null} />}
      {sync.known && <SyncSettings lang={lang} status={sync.status} setStatus={sync.setStatus} />}

      <fieldset>
        <legend>{t('categories')}</legend>
        {CATEGORIES.map((category) => (
          <div key={category} class="category">
            <label>
              <input
                type="checkbox"
                name={`show-${category}`}
                checked={settings.categories[category]}
                onChange={(e) => save({ categories: { ...settings.categories, [category]: e.currentTarget.checked } })}
              />{' '}
              {t(category)}
            </label>{' '}
            <label>
              <input
                type="color"
                name={`color-${category}`}
                value={settings.colors[category]}
                aria-label={`${t('colors')}: ${t(category)}`}
                onChange={(e) => save({ colors: { ...settings.colors, [category]: e.currentTarget.value } })}
              />
            </label>
          </div>
        ))}
        <button type="button" onClick={() => save({ colors: DEFAULT_SETTINGS.colors })}>
          {t('resetColors')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('threshold')}</legend>
        <label>
          <input
            type="checkbox"
            name="threshold-default"
            checked={settings.topicThreshold === null}
            onChange={(e) => save({ topicThreshold: e.currentTarget.checked ? null : DEFAULT_OVERRIDE })}
          />{' '}
          {t('thresholdDefault')}
        </label>
        {settings.topicThreshold !== null && (
          <label>
            <input
              type="range"
              name="threshold"
              min="0"
              max="1"
              step="0.05"
              value={settings.topicThreshold}
              onInput={(e) => save({ topicThreshold: Number(e.currentTarget.value) })}
            />{' '}
            <output>{settings.topicThreshold.toFixed(2)}</output>
          </label>
        )}
        <p>{t('thresholdHelp')}</p>
      </fieldset>
      {saved && <p role="status">{t('saved')}</p>}
    </main>
  );
}
