import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { manifestLocales } from './lib/i18n/i18n';
import { languageFromGlobal } from './scripts/support/matcher-language-split';
import { ALL_VN_ORIGINS, contentScriptMatches, OPTIONAL_ORIGINS } from './lib/site/sites';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // PouchDB's design-document filters evaluate code (lib/sync/no-changes-filter.ts says why they are left out).
    resolve: { alias: { 'pouchdb-changes-filter': resolve(import.meta.dirname, 'lib/sync/no-changes-filter.ts') } },
  }),
  // `wxt build --mode e2e` (into .output/chrome-mv3-e2e): the production manifest plus the
  // "all of .vn" grant already held, as if the user had accepted it, because headless
  // Chromium cannot click a permission prompt. Production manifests grant no local host.
  manifest: ({ mode, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    // storage: settings; the database itself is IndexedDB in the extension origin.
    // unlimitedStorage: 10 000 clipped articles outgrow the default quota, and it
    // exempts the collection from eviction when the disk runs low.
    // contextMenus: "clip this article" where the bootstrap runs, "annotate this page"
    // anywhere, "always annotate this site" on web pages.
    // activeTab + scripting: "annotate this page" (menu, popup, keyboard) on any site,
    // granted per tab by the user's action instead of a broad host permission; the
    // background injects the finder and the annotator into covered pages and registers
    // the bootstrap for granted origins; activeTab also lets the popup learn the address
    // of the tab it was opened over. Under the every-host grant the background asks the
    // browser a loaded page's language (tabs.detectLanguage, which needs the host's
    // permission and no other) before giving it anything.
    // alarms: the team sync (opt-in) runs every minute while a server is set up; the
    // service worker sleeps, and an alarm is what wakes it.
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'activeTab', 'scripting', 'alarms'],
    // The installed news sites (the install warning reads "a number of websites"), where
    // the bootstrap runs by itself.
    host_permissions: [...contentScriptMatches(), ...(mode === 'e2e' ? ALL_VN_ORIGINS : [])],
    // The bootstrap (entrypoints/bootstrap/index.ts), plain script: it brings the annotator only to articles.
    content_scripts: [{ matches: contentScriptMatches(), js: ['bootstrap.js'], run_at: 'document_idle' }],
    // Asked for at the user's click, never at install: all of .vn in one grant, or one site
    // at a time ("Always annotate this site").
    // Manifest V2 (Firefox) lists optional hosts among optional_permissions.
    ...(manifestVersion === 3 ? { optional_host_permissions: [...OPTIONAL_ORIGINS] } : { optional_permissions: [...OPTIONAL_ORIGINS] }),
    commands: {
      'clip-article': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_clipCommand__',
      },
      'annotate-page': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_annotateCommand__',
      },
    },
    browser_specific_settings: {
      gecko: {
        id: 'ttdn-annotator@ttdn.local',
        strict_min_version: '142.0',
        // Nothing leaves the machine until the user sets up team sync; sync then sends the team's
        // server the addresses of clipped articles (browsingActivity), their text and titles
        // (websiteContent), the user's notes and tags, which the team reads (personalCommunications),
        // and the sign-in name and password (authenticationInfo). Optional: asked for in Save's
        // prompt with the server's origin (components/sync/data-consent.ts).
        data_collection_permissions: { required: ['none'], optional: ['browsingActivity', 'websiteContent', 'personalCommunications', 'authenticationInfo'] },
      },
    },
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      // The matcher reads its language tables from matcher-language.js, injected in a task
      // before it (scripts/support/matcher-language-split.ts).
      if (entrypoints.some((e) => e.name === 'matcher')) config.plugins = [languageFromGlobal(), ...(config.plugins ?? [])];
      // The annotator, brought to every article page, calls the browser's own API (Chrome MV3's
      // promises, Firefox's `browser`) instead of the polyfill, 2.4 KB gzipped it would not use:
      // it only sends messages, reads storage and answers with sendResponse (entrypoints/annotator).
      if (!entrypoints.some((e) => e.name === 'annotator')) return;
      const alias = { find: 'wxt/browser', replacement: '@wxt-dev/browser' };
      const current = config.resolve?.alias;
      const rest = Array.isArray(current) ? current : Object.entries(current ?? {}).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [alias, ...rest] };
    },
    // Locale files are generated from lib/i18n/i18n.ts so the strings live in one place.
    'build:publicAssets': (_wxt, files) => {
      for (const [lang, messages] of Object.entries(manifestLocales())) {
        files.push({ relativeDest: `_locales/${lang}/messages.json`, contents: JSON.stringify(messages, null, 2) });
      }
    },
  },
});
