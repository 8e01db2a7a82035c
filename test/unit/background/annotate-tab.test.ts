import { describe, expect, it } from 'vitest';
import { annotateTab, ANNOTATE_MENU_ID, CONTENT_SCRIPT_FILE, CONTENT_STYLE_FILE, createAnnotateMenu, REQUESTED_FLAG } from '@/lib/background/annotate-tab';

describe('"Annotate this page" on an unlisted site', () => {
  it('flags the request, adds the stylesheet, then runs the content script in that tab', async () => {
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
    expect(calls).toEqual(['func@7', `css:${CONTENT_STYLE_FILE}@7`, `${CONTENT_SCRIPT_FILE}@7`]);
    expect((globalThis as Record<string, unknown>)[REQUESTED_FLAG]).toBe(true);
    delete (globalThis as Record<string, unknown>)[REQUESTED_FLAG];
  });

  it('names the menu item in the user\'s language, replacing any earlier one', async () => {
    const made: { id: string; title: string }[] = [];
    let cleared = 0;
    const menus = { removeAll: async () => void cleared++, create: (p: { id: string; title: string }) => made.push(p) };
    await createAnnotateMenu(menus, 'vi');
    await createAnnotateMenu(menus, 'en');
    expect(cleared).toBe(2);
    expect(made).toEqual([
      { id: ANNOTATE_MENU_ID, title: 'Chú giải trang này', contexts: ['page'] },
      { id: ANNOTATE_MENU_ID, title: 'Annotate this page', contexts: ['page'] },
    ]);
  });
});
