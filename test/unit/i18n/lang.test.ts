import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { panelStrings } from '@/components/panel/strings';
import { browserLang, uiLang } from '@/lib/i18n/lang';
import { DEFAULT_SETTINGS, getSettings, migrateSettings } from '@/lib/settings/settings';
import { setBrowserLanguages } from '../../helpers/languages';

describe('the UI language', () => {
  it('is Vietnamese when a vi tag comes before any English one, English otherwise', () => {
    expect(browserLang(['vi-VN', 'en-US'])).toBe('vi');
    expect(browserLang(['vi'])).toBe('vi');
    expect(browserLang(['fr-FR', 'vi', 'en'])).toBe('vi');
    expect(browserLang(['en-US', 'vi-VN'])).toBe('en');
    expect(browserLang(['en-GB'])).toBe('en');
    expect(browserLang(['fr-FR', 'de'])).toBe('en');
    expect(browserLang([])).toBe('en');
    expect(browserLang(['VI_vn'])).toBe('vi');
  });

  it('follows the browser until the reader picks one', () => {
    expect(DEFAULT_SETTINGS.lang).toBe('auto');
    expect(uiLang('auto', ['en-US'])).toBe('en');
    expect(uiLang('auto', ['vi-VN'])).toBe('vi');
    expect(uiLang('vi', ['en-US'])).toBe('vi');
    expect(uiLang('en', ['vi-VN'])).toBe('en');
  });

  it('translates with the stored setting: auto reads the browser’s languages', () => {
    setBrowserLanguages(['en-US', 'en']);
    expect(panelStrings('auto')('clip')).toBe('Clip article');
    setBrowserLanguages(['vi-VN']);
    expect(panelStrings('auto')('clip')).toBe('Lưu bài viết');
    expect(panelStrings('en')('clip')).toBe('Clip article');
  });

  it('turns the old default Vietnamese into "follow the browser", and keeps an English pick', async () => {
    // Stored by version 1, which wrote no version mark; the migration runs when the extension starts.
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, lang: 'vi', paused: true } });
    // Read before the migration has run, it already says 'auto'.
    expect((await getSettings()).lang).toBe('auto');
    await migrateSettings();
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: 2 } });
    const settings = await getSettings();
    expect(settings.lang).toBe('auto');
    expect(settings.paused).toBe(true);
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, lang: 'en' }, 'settings$': { v: 1 } });
    await migrateSettings();
    expect((await getSettings()).lang).toBe('en');
    // A reader who picks Vietnamese after the upgrade keeps it.
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, lang: 'vi' }, 'settings$': { v: 2 } });
    await migrateSettings();
    expect((await getSettings()).lang).toBe('vi');
  });
});
