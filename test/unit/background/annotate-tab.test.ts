import { describe, expect, it } from 'vitest';
import { annotateMenuItem, annotateTab, ANNOTATE_MENU_ID, ANNOTATOR_FILE, ANNOTATOR_STYLE_FILE, ARTICLE_FILE, MATCHER_FILE, MATCHER_LANGUAGE_FILE } from '@/lib/background/annotate-tab';
import { REQUESTED_FLAG } from '@/lib/messaging/page-state';

describe('"Annotate this page" on an unlisted site', () => {
  it('flags the request, adds the stylesheet, then runs the annotator in that tab', async () => {
    const calls: string[] = [];
    const scope: Record<string, unknown> = {};
    await annotateTab(
      {
        async executeScript({ target, func, files }) {
          if (func) {
            // Run the injected function against a stand-in for the tab's isolated world.
            func.call(scope);
            calls.push(`func@${target.tabId}`);
          } else calls.push(`${files!.join()}@${target.tabId}`);
        },
        async insertCSS({ target, files }) {
          calls.push(`css:${files.join()}@${target.tabId}`);
        },
      },
      7,
    );
    expect(calls).toEqual(['func@7', `css:${ANNOTATOR_STYLE_FILE}@7`, `${ARTICLE_FILE},${MATCHER_LANGUAGE_FILE}@7`, `${MATCHER_FILE}@7`, `${ANNOTATOR_FILE}@7`]);
    expect((globalThis as Record<string, unknown>)[REQUESTED_FLAG]).toBe(true);
    delete (globalThis as Record<string, unknown>)[REQUESTED_FLAG];
  });

  it('names the menu item in the user\'s language and offers it on every page', () => {
    expect(annotateMenuItem('vi')).toEqual({ id: ANNOTATE_MENU_ID, title: 'Chú giải trang này', contexts: ['page'] });
    expect(annotateMenuItem('en').title).toBe('Annotate this page');
    // No documentUrlPatterns: the point is the sites the content script is not declared on.
    expect(annotateMenuItem('en')).not.toHaveProperty('documentUrlPatterns');
  });
});
