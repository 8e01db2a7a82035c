/**
 * "Giữ làm trích dẫn" on a selection in an article: the passage is kept as a
 * quote on the page's clipping (the article is clipped first when it is not
 * yet). The comment is written afterwards in the popup or the clipping page,
 * never in the page. A failure is shown on the tab's toolbar button.
 */
import type { LangSetting } from '../i18n/lang';
import { failureWhy } from './clip-entry-points';
import { backgroundStrings } from './strings';

export const QUOTE_MENU_ID = 'ttdn-quote';

export interface QuoteMenuDeps {
  /** The clipping of the tab's address, when it is clipped. */
  clippedId(url: string): Promise<string | undefined>;
  clipTab(tabId: number): Promise<{ id: string }>;
  /** Keeps the selected text as a quote; false when it is not in the clipping's text. */
  keep(id: string, selection: string): Promise<boolean>;
  showFailure(tabId: number, title: string): Promise<void>;
  lang(): Promise<LangSetting>;
}

/** The menu item, on a selection, only on pages the content script reads. */
export function quoteMenuItem(lang: LangSetting, documentUrlPatterns: string[]) {
  return { id: QUOTE_MENU_ID, title: backgroundStrings(lang)('quoteMenu'), contexts: ['selection'] as ['selection'], documentUrlPatterns };
}

export async function quoteFromMenu(tab: { id?: number; url?: string } | undefined, selection: string | undefined, deps: QuoteMenuDeps): Promise<void> {
  const tabId = tab?.id;
  if (tabId === undefined || tabId < 0 || !selection?.trim()) return;
  let why: string | null;
  const t = async () => backgroundStrings(await deps.lang());
  try {
    const id = (tab?.url && (await deps.clippedId(tab.url))) || (await deps.clipTab(tabId)).id;
    why = (await deps.keep(id, selection)) ? null : (await t())('quoteNotFound');
  } catch (error) {
    why = failureWhy(error, await t());
  }
  if (why) await deps.showFailure(tabId, `${(await t())('quoteFailed')}: ${why}`);
}
