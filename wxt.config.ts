import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { manifestLocales } from './lib/i18n';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    // storage: settings; the database itself is IndexedDB in the extension origin.
    // activeTab + scripting + contextMenus: "Annotate this page" on a site that is not listed,
    // granted per tab by the user's click, instead of a broad host permission.
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    browser_specific_settings: {
      gecko: {
        id: 'ttdn-annotator@ttdn.local',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
  hooks: {
    // Locale files are generated from lib/i18n.ts so the strings live in one place.
    'build:publicAssets': (_wxt, files) => {
      for (const [lang, messages] of Object.entries(manifestLocales())) {
        files.push({ relativeDest: `_locales/${lang}/messages.json`, contents: JSON.stringify(messages, null, 2) });
      }
    },
  },
});
