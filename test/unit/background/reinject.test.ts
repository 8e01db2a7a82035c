import { describe, expect, it, vi } from 'vitest';
import { ANNOTATOR_FILE, ANNOTATOR_STYLE_FILE, ARTICLE_FILE, MATCHER_FILE, MATCHER_LANGUAGE_FILE } from '@/lib/background/annotate-tab';
import { reinjectOpenTabs } from '@/lib/background/reinject';

describe('after an update, open news tabs get the new content script', () => {
  it('injects the style and the script into every matching tab, skipping tabs that refuse', async () => {
    const executeScript = vi.fn(async ({ target }: { target: { tabId: number } }) => {
      if (target.tabId === 2) throw new Error('Cannot access contents of the page');
    });
    const insertCSS = vi.fn(async () => undefined);
    const tabsMatching = vi.fn(async () => [{ id: 1 }, { id: 2 }, {}, { id: 3 }]);
    const injected = await reinjectOpenTabs({ scripting: { executeScript, insertCSS }, tabsMatching }, ['*://nhandan.vn/*']);
    expect(tabsMatching).toHaveBeenCalledWith(['*://nhandan.vn/*']);
    expect(injected).toBe(2);
    expect(executeScript.mock.calls.map(([injection]) => injection)).toEqual([
      { target: { tabId: 1 }, files: [ARTICLE_FILE, MATCHER_LANGUAGE_FILE] },
      { target: { tabId: 1 }, files: [MATCHER_FILE] },
      { target: { tabId: 1 }, files: [ANNOTATOR_FILE] },
      { target: { tabId: 2 }, files: [ARTICLE_FILE, MATCHER_LANGUAGE_FILE] },
      { target: { tabId: 3 }, files: [ARTICLE_FILE, MATCHER_LANGUAGE_FILE] },
      { target: { tabId: 3 }, files: [MATCHER_FILE] },
      { target: { tabId: 3 }, files: [ANNOTATOR_FILE] },
    ]);
    expect(insertCSS).toHaveBeenCalledWith({ target: { tabId: 3 }, files: [ANNOTATOR_STYLE_FILE] });
  });

  it('a failing tab query injects nothing and does not throw', async () => {
    const executeScript = vi.fn();
    await expect(
      reinjectOpenTabs({ scripting: { executeScript, insertCSS: vi.fn() }, tabsMatching: async () => Promise.reject(new Error('no')) }, []),
    ).resolves.toBe(0);
    expect(executeScript).not.toHaveBeenCalled();
  });
});
