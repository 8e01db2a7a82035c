import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { annotateTab, ANNOTATE_MENU_ID, createAnnotateMenu } from '@/lib/background/annotate-tab';
import { createRouter } from '@/lib/background/router';
import { getSettings, watchSettings } from '@/lib/settings';
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

  browser.runtime.onMessage.addListener((message, sender) => {
    // Only our own extension's scripts may talk to us.
    if (sender.id !== browser.runtime.id) return undefined;
    return route(message, { tabId: sender.tab?.id });
  });

  // "Annotate this page" on any site: the click grants activeTab for that tab.
  const menus = browser.contextMenus;
  void getSettings().then((settings) => createAnnotateMenu(menus, settings.lang));
  watchSettings((settings) => void createAnnotateMenu(menus, settings.lang));
  menus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === ANNOTATE_MENU_ID && tab?.id !== undefined) void annotateTab(browser.scripting, tab.id);
  });
});
