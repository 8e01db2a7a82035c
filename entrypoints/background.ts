import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter } from '@/lib/background/router';
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
});
