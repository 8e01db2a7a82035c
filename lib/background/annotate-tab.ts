/**
 * Bringing the annotator into a tab. The annotator (matcher, painter, panel) is
 * never declared in the manifest: the background injects it where the small
 * bootstrap found an article, or where the user asked ("Annotate this page" from
 * the context menu, the popup or the keyboard command; that click grants activeTab
 * for the tab, so no host permission is needed).
 */
import { defineStrings } from '../i18n/i18n';
import type { LangSetting } from '../i18n/lang';

export const ANNOTATE_MENU_ID = 'ttdn-annotate-page';
/** The annotator and its default highlight colours, as WXT builds entrypoints/annotator/index.ts and highlights.css. */
export const ANNOTATOR_FILE = '/annotator.js';
export const ANNOTATOR_STYLE_FILE = '/assets/highlights.css';
/** The article finder the finder and the annotator share (entrypoints/article.ts), injected before either. */
export const ARTICLE_FILE = '/article.js';
/** The matcher's language tables (entrypoints/matcher-language.ts), which the matcher reads. */
export const MATCHER_LANGUAGE_FILE = '/matcher-language.js';
/** The matcher the annotator reads (entrypoints/matcher.ts). */
export const MATCHER_FILE = '/matcher.js';
/**
 * The annotator's scripts, one executeScript call per list: the page evaluates the
 * files of one call in one task, so the article finder with the matcher's tables, the
 * matcher and the annotator are three tasks, and no evaluation alone is a long one.
 */
export const ANNOTATOR_INJECTIONS = [[ARTICLE_FILE, MATCHER_LANGUAGE_FILE], [MATCHER_FILE], [ANNOTATOR_FILE]] as const;

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
  for (const files of ANNOTATOR_INJECTIONS) await scripting.executeScript({ target, files: [...files] });
}

/** The user asked: flags the request, then runs the annotator in the tab (a running one just takes the request). */
export async function annotateTab(scripting: Scripting, tabId: number): Promise<void> {
  await scripting.executeScript({
    target: { tabId },
    func: () => {
      // Runs in the tab, so it names the global itself (REQUESTED_FLAG in lib/messaging/page-state.ts).
      (globalThis as Record<string, unknown>)['__ttdnAnnotateRequested'] = true;
    },
  });
  await injectAnnotator(scripting, { tabId });
}
