/**
 * The context menu item and the keyboard shortcut that clip the current tab.
 * The clip itself is passed in (clip-tab.ts: the background takes the article
 * from the tab and writes it), so this stays testable; the page's panel shows the
 * clipped state, and a failure is shown on the toolbar button of that tab.
 */
import type { LangSetting } from '../i18n/lang';
import { RequestError } from '../messaging/messages';
import { backgroundStrings } from './strings';

export const CLIP_MENU_ID = 'ttdn-clip';
/** The manifest `commands` name (wxt.config.ts). */
export const CLIP_COMMAND = 'clip-article';

export interface ClipEntryDeps {
  clipTab(tabId: number): Promise<unknown>;
  /** Marks the tab's toolbar button with a failure and its explanation. */
  showFailure(tabId: number, title: string): Promise<void>;
  /** The language setting ('auto' follows the browser's languages, read in the worker). */
  lang(): Promise<LangSetting>;
}

/** The menu item, in the user's language, only on pages the content script reads. */
export function clipMenuItem(lang: LangSetting, documentUrlPatterns: string[]) {
  return {
    id: CLIP_MENU_ID,
    title: backgroundStrings(lang)('clipMenu'),
    contexts: ['page', 'selection'] as ['page', 'selection'],
    documentUrlPatterns,
  };
}

/** Why a clip failed, in our own sentence: never the browser's error text. */
export function failureWhy(error: unknown, t: ReturnType<typeof backgroundStrings>): string {
  const code = error instanceof RequestError ? error.code : undefined;
  return code === 'unsupported' || code === 'quota' || code === 'disconnected' || code === 'no-answer' || code === 'forbidden' ? t(code) : t('other');
}

export async function clipFromEntryPoint(tabId: number | undefined, deps: ClipEntryDeps): Promise<void> {
  if (tabId === undefined || tabId < 0) return;
  try {
    await deps.clipTab(tabId);
  } catch (error) {
    const t = backgroundStrings(await deps.lang());
    await deps.showFailure(tabId, `${t('clipFailed')}: ${failureWhy(error, t)}`);
  }
}
