/**
 * Explicit requests never stay silent: "Annotate this page" (context menu), the
 * annotate-or-show-panel keyboard command and "Always annotate this site" either
 * annotate (the article, or the page's main text when the finder sees none) or show,
 * on the tab's toolbar button, why not, in the user's language. The browser calls
 * are passed in, so this is testable.
 */
import type { Lang } from '../i18n/i18n';
import type { ContentStatus } from '../messaging/messages';
import type { Scope } from '../site/permissions';
import { backgroundStrings } from './strings';

/** The manifest `commands` name of the annotate-or-show-panel shortcut (wxt.config.ts). */
export const ANNOTATE_COMMAND = 'annotate-page';
export const ALWAYS_MENU_ID = 'ttdn-always-annotate-site';

export interface ExplicitDeps {
  /** The tab's content status, or null when nothing of ours runs there. */
  status(tabId: number): Promise<ContentStatus | null>;
  togglePanel(tabId: number): Promise<void>;
  /** Injects the annotator in "asked for" mode (activeTab covers the tab). */
  annotate(tabId: number): Promise<void>;
  showFailure(tabId: number, title: string): Promise<void>;
  lang(): Promise<Lang>;
  /** Pause between looks at the tab's status. */
  wait(ms: number): Promise<void>;
}

export type Outcome = 'shown' | 'annotated' | 'nothing-to-read' | 'not-allowed' | 'failed';

/** How long to watch the annotator start before saying what happened (it reads in idle slices). */
const LOOKS = 40;
const LOOK_MS = 250;

async function explain(tabId: number, deps: ExplicitDeps, key: 'notAllowed' | 'nothingToRead' | 'annotateFailed'): Promise<void> {
  const t = backgroundStrings(await deps.lang());
  await deps.showFailure(tabId, t(key));
}

/** Annotates the tab as asked, then watches until the annotation shows or a reason can be given. */
export async function annotateExplicitly(tabId: number | undefined, deps: ExplicitDeps): Promise<Outcome> {
  if (tabId === undefined || tabId < 0) return 'failed';
  try {
    await deps.annotate(tabId);
  } catch {
    // The browser refuses scripts on its own pages, the web store, other extensions, local files without access.
    await explain(tabId, deps, 'notAllowed');
    return 'not-allowed';
  }
  for (let look = 0; look < LOOKS; look++) {
    const status = await deps.status(tabId).catch(() => null);
    if (status?.state === 'ready') return 'annotated';
    if (status?.state === 'no-article') {
      await explain(tabId, deps, 'nothingToRead');
      return 'nothing-to-read';
    }
    if (status?.state === 'error') break;
    await deps.wait(LOOK_MS);
  }
  await explain(tabId, deps, 'annotateFailed');
  return 'failed';
}

/** The keyboard command: shows or hides the panel where it is up, annotates otherwise. */
export async function annotateOrTogglePanel(tabId: number | undefined, deps: ExplicitDeps): Promise<Outcome> {
  if (tabId === undefined || tabId < 0) return 'failed';
  const status = await deps.status(tabId).catch(() => null);
  if (status?.state === 'ready') {
    await deps.togglePanel(tabId);
    return 'shown';
  }
  return annotateExplicitly(tabId, deps);
}

export interface AlwaysDeps extends ExplicitDeps {
  request(scope: Scope): Promise<boolean>;
}

/** "Always annotate this site": asks for that origin only, then annotates the page now. */
export async function alwaysAnnotateSite(tab: { id?: number; url?: string } | undefined, deps: AlwaysDeps): Promise<Outcome> {
  if (tab?.id === undefined || !/^https?:\/\//.test(tab.url ?? '')) {
    if (tab?.id !== undefined) await explain(tab.id, deps, 'notAllowed');
    return 'not-allowed';
  }
  const granted = await deps.request({ kind: 'site', url: tab.url! }).catch(() => false);
  if (!granted) return 'not-allowed'; // the user said no in the browser's own prompt: nothing more to say
  return annotateExplicitly(tab.id, deps);
}

/** The context menu item, in the user's language, on web pages. */
export function alwaysMenuItem(lang: Lang) {
  return {
    id: ALWAYS_MENU_ID,
    title: backgroundStrings(lang)('alwaysMenu'),
    contexts: ['page'] as ['page'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  };
}
