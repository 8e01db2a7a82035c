import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ANNOTATE_MENU_ID, annotateMenuItem, annotateTab } from '@/lib/background/annotate-tab';
import { isLoadAnnotator, loadAnnotator } from '@/lib/background/annotator-load';
import { CLIP_COMMAND, CLIP_MENU_ID, clipFromEntryPoint, clipMenuItem, type ClipEntryDeps } from '@/lib/background/clip-entry-points';
import {
  ALWAYS_MENU_ID,
  alwaysAnnotateSite,
  alwaysMenuItem,
  ANNOTATE_COMMAND,
  annotateExplicitly,
  annotateOrTogglePanel,
  type AlwaysDeps,
} from '@/lib/background/explicit';
import { requestScope } from '@/lib/site/permissions';
import { routedByLanguage, routeTab } from '@/lib/background/language-route';
import { grantedOrigins, serialSync, syncRegistration } from '@/lib/background/registration';
import { reinjectOpenTabs } from '@/lib/background/reinject';
import { createRouter } from '@/lib/background/router';
import { clipTab } from '@/lib/background/clip-tab';
import { QUOTE_MENU_ID, quoteFromMenu, quoteMenuItem, type QuoteMenuDeps } from '@/lib/background/quote-menu';
import { clipStatus } from '@/lib/store/clippings';
import { keepSelection } from '@/lib/store/quotes';
import { classifySender, originOf, type RawSender } from '@/lib/background/senders';
import { openOnboardingOnInstall } from '@/lib/background/onboarding';
import { refreshCollectionHead, secureCollectionHead } from '@/lib/collection/head';
import { analyze } from '@/lib/matcher/analyze';
import { reanalyseCollection } from '@/lib/store/reanalyse';
import { rebuildRows } from '@/lib/store/rebuild-rows';
import { indexSearch } from '@/lib/store/search-index';
import type { ContentRequest, Reply } from '@/lib/messaging/messages';
import { otherLanguageKey, tabStatus } from '@/lib/messaging/page-state';
import { uiLang } from '@/lib/i18n/lang';
import { getSettings, migrateSettings, watchSettings } from '@/lib/settings/settings';
import { contentScriptMatches } from '@/lib/site/sites';
import { AnnotatorDb } from '@/lib/store/db';
import { syncSchedule } from '@/lib/background/sync-schedule';
import { createSyncEngine } from '@/lib/sync/engine';
import { BrowserPouch, LOCAL_REPLICA } from '@/lib/sync/pouch-browser';
import { serverPermission } from '@/lib/sync/remote';
import { SYNC_STATUS_KEY } from '@/lib/sync/types';
import Dexie from 'dexie';

export default defineBackground(() => {
  const db = new AnnotatorDb();
  // First run: the onboarding page. Registered at the top level so the install event is not missed.
  browser.runtime.onInstalled.addListener((details) => void openOnboardingOnInstall(details));
  // Clippings stored by an older matcher or search folding are brought up to date in the
  // background, resumably: each job keeps a cursor and goes on at the next start if stopped;
  // so do the search words of an import that no page finished indexing.
  void reanalyseCollection(db, (text) => analyze(text))
    .then(() => rebuildRows(db))
    .then(() => indexSearch(db))
    .then(() => refreshCollectionHead(db))
    .catch((error: unknown) => console.warn('Bringing the collection up to date stopped; it resumes at the next start.', error));
  // Sync with the team's server (opt-in): see lib/background/sync-schedule.ts for when it runs.
  const engine = createSyncEngine({
    db,
    PouchDB: BrowserPouch,
    local: LOCAL_REPLICA,
    // Never a request to a server whose host permission the user has not granted.
    hasPermission: (origin) => browser.permissions.contains({ origins: [serverPermission(origin)] }),
    publish: async (status) => {
      await browser.storage.session?.set({ [SYNC_STATUS_KEY]: status });
    },
    collectionChanged: () => refreshCollectionHead(db),
    keepAwake: () => browser.runtime.getPlatformInfo(),
  });
  const sync = syncSchedule(engine, browser.alarms);
  browser.alarms.onAlarm.addListener((alarm) => sync.onAlarm(alarm));
  Dexie.on('storagemutated', (parts) => sync.onStorageMutated(parts));
  void sync.start();
  const action = browser.action ?? browser.browserAction;
  const route = createRouter({
    db,
    sync: sync.control,
    tabs: browser.tabs,
    setBadge: async (tabId, text, title) => {
      await action.setBadgeText({ tabId, text });
      // A watched name: the accent blue, and the names in the button's tooltip.
      await action.setBadgeBackgroundColor({ tabId, color: title ? '#1d4ed8' : '#9a3412' });
      if (title) await action.setTitle({ tabId, title });
    },
    openPage: async (path, besideTabId) => {
      const beside = besideTabId === null ? null : await browser.tabs.get(besideTabId).catch(() => null);
      await browser.tabs.create({ url: browser.runtime.getURL(path as '/research.html'), ...(beside ? { index: beside.index + 1, openerTabId: beside.id } : {}) });
    },
  });

  void secureCollectionHead();
  void migrateSettings();

  // Who asks decides what is answered (lib/background/senders.ts); other extensions get no answer at all.
  const self = { id: browser.runtime.id, origin: originOf(browser.runtime.getURL('/'))! };
  browser.runtime.onMessage.addListener((message, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    // The bootstrap found an article in its frame: bring the annotator there (loadAnnotator checks the sender is a web page's content script).
    if (isLoadAnnotator(message)) return loadAnnotator(browser.scripting, sender, browser.runtime.id, message);
    return route(message, classifySender(sender as RawSender, self));
  });

  // An update leaves orphaned content scripts in open tabs: give those tabs the new one.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'update' || import.meta.env.FIREFOX) return;
    void reinjectOpenTabs({ scripting: browser.scripting, tabsMatching: (url) => browser.tabs.query({ url }) }, contentScriptMatches());
  });

  // Granted sites beyond the installed list get the bootstrap by dynamic registration,
  // rebuilt from permissions.getAll() at every start-up and on every grant or removal.
  const declared = (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []);
  const syncScripts = serialSync(() => syncRegistration(browser.scripting, browser.permissions, declared));
  void syncScripts();
  browser.permissions.onAdded.addListener(() => void syncScripts());
  browser.permissions.onRemoved.addListener(() => void syncScripts());
  // "Vietnamese pages on every site": each loaded page the scripts above leave, routed by the language the browser found.
  const routeApis = { detectLanguage: (tabId: number) => browser.tabs.detectLanguage(tabId), scripting: browser.scripting, sessionSet: (items: Record<string, unknown>) => browser.storage.session.set(items) };
  const forget = (tabId: number) => void browser.storage.session.remove(otherLanguageKey(tabId)).catch(() => undefined);
  browser.tabs.onRemoved.addListener(forget);
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading') forget(tabId); // a note is for the page it was made on
    if (change.status !== 'complete' || !tab.url) return;
    const url = tab.url;
    void browser.permissions
      .getAll()
      .then(({ origins }) => (routedByLanguage(url, origins ?? [], declared) ? routeTab(routeApis, tabId) : null))
      .catch(() => undefined); // the tab closed or navigated on
  });

  const showFailure = async (tabId: number, title: string) => {
    await action.setBadgeText({ tabId, text: '!' });
    await action.setTitle({ tabId, title });
  };
  // The reader's pick, or the browser's languages (the service worker has navigator.languages too).
  const lang = async () => uiLang((await getSettings()).lang);
  const askTab = async <T>(tabId: number, message: ContentRequest): Promise<T | null> => {
    const reply = (await browser.tabs.sendMessage(tabId, message).catch(() => undefined)) as Reply<T> | undefined;
    return reply?.ok ? reply.value : null;
  };

  // Clip from the context menu and the keyboard shortcut: the background takes the article from the tab and writes it.
  const clipDeps: ClipEntryDeps = { clipTab: (tabId) => clipTab(tabId, browser.tabs, route), lang, showFailure };
  // "Keep as a quote" on a selection: on the page's clipping, clipped first if need be.
  const quoteDeps: QuoteMenuDeps = {
    clippedId: async (url) => (await clipStatus(db, url)).id,
    clipTab: (tabId) => clipTab(tabId, browser.tabs, route),
    keep: async (id, selection) => {
      const kept = await keepSelection(db, id, selection);
      await refreshCollectionHead(db);
      return kept !== null;
    },
    showFailure,
    lang,
  };
  // Explicit requests: annotate, or say why not.
  const explicitDeps: AlwaysDeps = {
    status: (tabId) =>
      tabStatus(
        {
          sendMessage: (id, message) => browser.tabs.sendMessage(id, message),
          executeScript: (injection) => browser.scripting.executeScript(injection) as Promise<{ result?: unknown }[]>,
          sessionGet: (key) => browser.storage.session.get(key),
        },
        tabId,
      ),
    togglePanel: async (tabId) => void (await askTab(tabId, { type: 'content:toggle-panel' })),
    annotate: (tabId) => annotateTab(browser.scripting, tabId),
    showFailure,
    lang,
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    request: (scope) => requestScope(browser.permissions, scope),
  };
  // The handlers, reachable from the service worker's console and the end-to-end tests
  // (headless Chromium cannot click a context menu or press a command).
  Object.assign(globalThis, {
    ttdnExplicit: { annotateExplicitly, annotateOrTogglePanel, deps: explicitDeps },
    ttdnClip: { clipFromEntryPoint, deps: clipDeps },
    ttdnQuote: { quoteFromMenu, deps: quoteDeps },
  });

  // The context menu: "clip this article" where the bootstrap runs, "annotate this page"
  // anywhere (the click grants activeTab for that tab), "always annotate this site" on web
  // pages. Rebuilt on every start, in the current language (menus persist in Chrome, not
  // always in Firefox), one rebuild after another so two never interleave.
  let menu = Promise.resolve();
  const rebuildMenu = () => {
    const build = async () => {
      const lang = uiLang((await getSettings()).lang);
      await browser.contextMenus.removeAll();
      // Where the bootstrap runs: the installed sites and every granted origin.
      const { origins = [] } = await browser.permissions.getAll().catch(() => ({ origins: [] as string[] }));
      const reads = [...contentScriptMatches(), ...grantedOrigins(origins, declared)];
      browser.contextMenus.create(clipMenuItem(lang, reads));
      browser.contextMenus.create(quoteMenuItem(lang, reads));
      browser.contextMenus.create(annotateMenuItem(lang));
      browser.contextMenus.create(alwaysMenuItem(lang));
    };
    menu = menu.then(build, build);
  };
  rebuildMenu();
  watchSettings(rebuildMenu);
  browser.permissions.onAdded.addListener(rebuildMenu);
  browser.permissions.onRemoved.addListener(rebuildMenu);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === CLIP_MENU_ID) void clipFromEntryPoint(tab?.id, clipDeps);
    else if (info.menuItemId === QUOTE_MENU_ID) void quoteFromMenu(tab, info.selectionText, quoteDeps);
    else if (info.menuItemId === ANNOTATE_MENU_ID) void annotateExplicitly(tab?.id, explicitDeps);
    else if (info.menuItemId === ALWAYS_MENU_ID) void alwaysAnnotateSite(tab, explicitDeps);
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (command === CLIP_COMMAND) await clipFromEntryPoint(tabId, clipDeps);
    else if (command === ANNOTATE_COMMAND) await annotateOrTogglePanel(tabId, explicitDeps);
  });
});
