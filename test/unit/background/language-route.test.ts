import { describe, expect, it } from 'vitest';
import type { Scripting, Target } from '@/lib/background/annotate-tab';
import { routedByLanguage, routeTab } from '@/lib/background/language-route';
import { BOOTSTRAP_FILE, VIETNAMESE_BOOTSTRAP_FILE } from '@/lib/background/registration';
import { otherLanguageKey } from '@/lib/messaging/page-state';
import { contentScriptMatches } from '@/lib/site/sites';

const declared = contentScriptMatches();
const EVERY = ['*://*/*'];

/** What the background injected, and where. */
function fakeApis(detect: () => Promise<string>) {
  const injected: { target: Target; what: string }[] = [];
  const session: Record<string, unknown> = {};
  const scripting: Scripting = {
    async executeScript({ target, files, func }) {
      injected.push({ target, what: files ? files.join() : String(func) });
    },
    async insertCSS() {},
  };
  return { apis: { detectLanguage: detect, scripting, sessionSet: async (items: Record<string, unknown>) => void Object.assign(session, items) }, injected, session };
}

describe('"Vietnamese pages on every site": which pages the background routes', () => {
  it('every page the other scripts leave, once every host is granted', () => {
    expect(routedByLanguage('https://www.tinkieubao-mau.com/tin.html', [...declared, ...EVERY], declared)).toBe(true);
    expect(routedByLanguage('http://thoisu-mau.blogspot.com/2025/07/a.html', [...declared, ...EVERY], declared)).toBe(true);
  });

  it('none without the grant, and no listed site, granted site or browser page', () => {
    expect(routedByLanguage('https://www.tinkieubao-mau.com/tin.html', [...declared, '*://*.vn/*'], declared)).toBe(false);
    expect(routedByLanguage('https://baohatinh.vn/a.html', [...declared, ...EVERY], declared)).toBe(false);
    expect(routedByLanguage('https://www.example.com/a', [...declared, ...EVERY, '*://www.example.com/*'], declared)).toBe(false);
    // A foreign service's grant covers its whole host: its other sections stay as they were.
    expect(routedByLanguage('https://www.bbc.com/news/world', [...declared, ...EVERY, '*://www.bbc.com/*'], declared)).toBe(false);
    expect(routedByLanguage('chrome://newtab/', [...declared, ...EVERY], declared)).toBe(false);
  });
});

describe('what a routed page gets, by the language the browser found', () => {
  it('a Vietnamese page the bootstrap, in its top frame', async () => {
    for (const language of ['vi', 'vi-VN']) {
      const { apis, injected } = fakeApis(async () => language);
      await expect(routeTab(apis, 7)).resolves.toBe('bootstrap');
      expect(injected).toEqual([{ target: { tabId: 7, frameIds: [0] }, what: BOOTSTRAP_FILE }]);
    }
  });

  it('a page the browser cannot place, or would not answer for, the in-page language check', async () => {
    for (const detect of [async () => 'und', async () => Promise.reject(new Error('Language detection is not supported for this page.'))]) {
      const { apis, injected } = fakeApis(detect);
      await expect(routeTab(apis, 7)).resolves.toBe('check');
      expect(injected).toEqual([{ target: { tabId: 7, frameIds: [0] }, what: VIETNAMESE_BOOTSTRAP_FILE }]);
    }
  });

  it('a French or an English page nothing at all: the decision is noted for the popup', async () => {
    for (const language of ['fr', 'en']) {
      const { apis, injected, session } = fakeApis(async () => language);
      await expect(routeTab(apis, 7)).resolves.toBe('other-language');
      expect(injected).toEqual([]);
      expect(session).toEqual({ [otherLanguageKey(7)]: true });
    }
  });
});
