import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ANNOTATE_MENU_ID, annotateMenuItem, annotateTab } from '@/lib/background/annotate-tab';
import { CLIP_COMMAND, CLIP_MENU_ID, clipFromEntryPoint, clipMenuItem, type ClipEntryDeps } from '@/lib/background/clip-entry-points';
import { reinjectOpenTabs } from '@/lib/background/reinject';
import { createRouter } from '@/lib/background/router';
import { classifySender, originOf, type RawSender } from '@/lib/background/senders';
import { secureCollectionHead } from '@/lib/collection-head';
import { clipTab } from '@/lib/clip-tab';
import { getSettings, watchSettings } from '@/lib/settings';
import { contentScriptMatches } from '@/lib/sites';
import { AnnotatorDb } from '@/lib/store/db';

export default defineBackground(() => {
  const db = new AnnotatorDb();
  const action = browser.action ?? browser.browserAction;
  const route = createRouter({
    db,
    setBadge: async (tabId, text) => {
      await action.setBadgeText({ tabId, text });
      await action.setBadgeBackgroundColor({ tabId, color: '#9a3412' });
    },
  });

  void secureCollectionHead();

  // Who asks decides what is answered (lib/background/senders.ts); other extensions get no answer at all.
  const self = { id: browser.runtime.id, origin: originOf(browser.runtime.getURL('/'))! };
  browser.runtime.onMessage.addListener((message, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    return route(message, classifySender(sender as RawSender, self));
  });

  // An update leaves orphaned content scripts in open tabs: give those tabs the new one.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'update' || import.meta.env.FIREFOX) return;
    void reinjectOpenTabs({ scripting: browser.scripting, tabsMatching: (url) => browser.tabs.query({ url }) }, contentScriptMatches());
  });

  // Clip from the context menu and the keyboard shortcut.
  const clipDeps: ClipEntryDeps = {
    clipTab,
    lang: async () => (await getSettings()).lang,
    showFailure: async (tabId, title) => {
      await action.setBadgeText({ tabId, text: '!' });
      await action.setTitle({ tabId, title });
    },
  };
  // The context menu: "clip this article" on the listed sites, "annotate this page"
  // anywhere (the click grants activeTab for that tab). Rebuilt on every start, in the
  // current language (menus persist in Chrome, not always in Firefox), one rebuild after
  // another so two never interleave.
  let menu = Promise.resolve();
  const rebuildMenu = () => {
    const build = async () => {
      const { lang } = await getSettings();
      await browser.contextMenus.removeAll();
      browser.contextMenus.create(clipMenuItem(lang, contentScriptMatches()));
      browser.contextMenus.create(annotateMenuItem(lang));
    };
    menu = menu.then(build, build);
  };
  rebuildMenu();
  watchSettings(rebuildMenu);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === CLIP_MENU_ID) void clipFromEntryPoint(tab?.id, clipDeps);
    else if (info.menuItemId === ANNOTATE_MENU_ID && tab?.id !== undefined) void annotateTab(browser.scripting, tab.id);
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== CLIP_COMMAND) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    await clipFromEntryPoint(tabId, clipDeps);
  });
});
