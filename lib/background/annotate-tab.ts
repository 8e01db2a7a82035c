/**
 * Bringing the annotator into a tab. The annotator (matcher, painter, panel) is
 * never declared in the manifest: the background injects it where the small
 * bootstrap found an article, or where the user asked ("Annotate this page" from
 * the context menu, the popup or the keyboard command; that click grants activeTab
 * for the tab, so no host permission is needed).
 */
import { defineStrings } from '../i18n';
import type { LangSetting } from '../lang';

export const ANNOTATE_MENU_ID = 'ttdn-annotate-page';
/** The annotator and its stylesheet, as WXT builds them from entrypoints/annotator.content.ts. */
export const ANNOTATOR_FILE = '/content-scripts/annotator.js';
export const ANNOTATOR_STYLE_FILE = '/content-scripts/annotator.css';
/** Global the injected run reads: this run was asked for by the user, whatever the site settings say. */
export const REQUESTED_FLAG = '__ttdnAnnotateRequested';
/** Global holding the running annotator, so a second injection reuses it (and the bootstrap stays quiet). */
export const ANNOTATOR_INSTANCE = '__ttdnContent';

export const menuStrings = defineStrings({ annotate: 'Chú giải trang này' }, { annotate: 'Annotate this page' });

export interface Target {
  tabId: number;
  frameIds?: number[];
}

export interface Scripting {
  executeScript(injection: { target: Target; func?: () => void; files?: string[] }): Promise<unknown>;
  insertCSS(injection: { target: Target; files: string[] }): Promise<unknown>;
}

/** The menu item, in the user's language, on every page. */
export function annotateMenuItem(lang: LangSetting) {
  return { id: ANNOTATE_MENU_ID, title: menuStrings(lang)('annotate'), contexts: ['page'] as ['page'] };
}

/** Adds the stylesheet, then runs the annotator in the frame (a running one is reused). */
export async function injectAnnotator(scripting: Scripting, target: Target): Promise<void> {
  await scripting.insertCSS({ target, files: [ANNOTATOR_STYLE_FILE] });
  await scripting.executeScript({ target, files: [ANNOTATOR_FILE] });
}

/** The user asked: flags the request, then runs the annotator in the tab (a running one just takes the request). */
export async function annotateTab(scripting: Scripting, tabId: number): Promise<void> {
  await scripting.executeScript({
    target: { tabId },
    func: () => {
      (globalThis as Record<string, unknown>)['__ttdnAnnotateRequested'] = true;
    },
  });
  await injectAnnotator(scripting, { tabId });
}
