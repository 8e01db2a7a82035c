/**
 * "Annotate this page" for sites the content script is not declared on. The
 * context-menu click grants activeTab for that tab only; the background then
 * injects the content script file there. No host permission is needed.
 */
import { defineStrings } from '../i18n';
import type { LangSetting } from '../lang';

export const ANNOTATE_MENU_ID = 'ttdn-annotate-page';
/** The content script and its stylesheet, as WXT builds them from entrypoints/content/. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
export const CONTENT_STYLE_FILE = '/content-scripts/content.css';
/** Global the injected run reads: this run was asked for by the user, whatever the site settings say. */
export const REQUESTED_FLAG = '__ttdnAnnotateRequested';

export const menuStrings = defineStrings({ annotate: 'Chú giải trang này' }, { annotate: 'Annotate this page' });

export interface Scripting {
  executeScript(injection: { target: { tabId: number }; func?: () => void; files?: string[] }): Promise<unknown>;
  insertCSS(injection: { target: { tabId: number }; files: string[] }): Promise<unknown>;
}

/** The menu item, in the user's language, on every page. */
export function annotateMenuItem(lang: LangSetting) {
  return { id: ANNOTATE_MENU_ID, title: menuStrings(lang)('annotate'), contexts: ['page'] as ['page'] };
}

/** Flags the request, then runs the content script in the tab (a running one just takes the request). */
export async function annotateTab(scripting: Scripting, tabId: number): Promise<void> {
  await scripting.executeScript({
    target: { tabId },
    func: () => {
      (globalThis as Record<string, unknown>)['__ttdnAnnotateRequested'] = true;
    },
  });
  await scripting.insertCSS({ target: { tabId }, files: [CONTENT_STYLE_FILE] });
  await scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
}
