/**
 * After an update (or a reload in development) the content scripts already in
 * open tabs belong to the old extension: they can no longer reach the
 * background, and Chromium does not replace them. The background injects the
 * new annotator into every open tab it may read (the listed news sites); it
 * retires the orphan it finds there. Firefox injects declared content
 * scripts into open tabs by itself, so it is not done twice there.
 */
import { injectAnnotator, type Scripting } from './annotate-tab';

export interface ReinjectDeps {
  scripting: Scripting;
  /** Open tabs on these match patterns (tabs.query with url). */
  tabsMatching(patterns: string[]): Promise<{ id?: number }[]>;
}

/** Injects the content script into each open matching tab; tabs that refuse (no access, closing) are skipped. Returns how many took it. */
export async function reinjectOpenTabs(deps: ReinjectDeps, patterns: string[]): Promise<number> {
  const tabs = await deps.tabsMatching(patterns).catch(() => []);
  let injected = 0;
  for (const { id } of tabs) {
    if (id === undefined || id < 0) continue;
    try {
      // The annotator itself, not the bootstrap: it retires the orphan it finds, and finds no article where there is none.
      await injectAnnotator(deps.scripting, { tabId: id });
      injected++;
    } catch {
      // A tab we may not script (an error page, a closed tab): it keeps the "reload" notice.
    }
  }
  return injected;
}
