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

  it('names the menu item in the user\'s language, replacing only its own earlier item', async () => {
    const items = new Map<string, string>([['other-item', 'Lưu bài này']]);
    const menus = {
      remove: async (id: string) => {
        if (!items.delete(id)) throw new Error(`no item ${id}`);
      },
      create: (p: { id: string; title: string }) => {
        if (items.has(p.id)) throw new Error(`duplicate id ${p.id}`);
        items.set(p.id, p.title);
      },
    };
    await createAnnotateMenu(menus, 'vi');
    expect(items.get(ANNOTATE_MENU_ID)).toBe('Chú giải trang này');
    await createAnnotateMenu(menus, 'en');
    expect([...items]).toEqual([
      ['other-item', 'Lưu bài này'],
      [ANNOTATE_MENU_ID, 'Annotate this page'],
    ]);
  });
});
