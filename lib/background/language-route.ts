/**
 * Under "Vietnamese pages on every site" the background, not a script on every page,
 * decides what a page outside the other scripts' sites gets: a content script of ours
 * on a page costs it about 2 ms for its first call into `document` alone (README, "Where
 * the long tasks were"), which a French or an English page should not pay. After the
 * tab's load the background asks the browser the language it found there
 * (`tabs.detectLanguage`, the detector its translation offer runs on every page
 * anyway): a page in Vietnamese gets the bootstrap, as a listed site's page does; one
 * the browser cannot place ("und", or no answer) gets the in-page language check
 * (entrypoints/vietnamese-bootstrap.ts), which reads its `lang` and letters; any other
 * language nothing at all: the decision is noted in storage.session for the popup
 * (lib/messaging/page-state.ts tabStatus). The top frame only, as the registered scripts run.
 */
import { patternCoversHost } from '../sync/server-address';
import { EVERY_HOST_ORIGINS } from '../site/sites';
import { otherLanguageKey } from '../messaging/page-state';
import type { Scripting } from './annotate-tab';
import { BOOTSTRAP_FILE, grantedOrigins, VIETNAMESE_BOOTSTRAP_FILE } from './registration';

/** What a page gets: the bootstrap, the in-page language check, or only the popup's mark. */
export type LanguageRoute = 'bootstrap' | 'check' | 'other-language';

export interface RouteApis {
  detectLanguage(tabId: number): Promise<string>;
  scripting: Scripting;
  /** storage.session's set: the note the popup reads for a page in another language (otherLanguageKey). */
  sessionSet(items: Record<string, unknown>): Promise<void>;
}

/**
 * Whether the every-host grant is held and neither the manifest's script nor a granted
 * site's covers the page (a foreign service's grant covers its whole host, as the
 * registered script's exclusions did).
 */
export function routedByLanguage(url: string, granted: readonly string[], declared: readonly string[]): boolean {
  if (!/^https?:\/\//.test(url)) return false;
  const origins = grantedOrigins(granted, declared);
  if (!origins.some((origin) => EVERY_HOST_ORIGINS.includes(origin))) return false;
  const sites = origins.filter((origin) => !EVERY_HOST_ORIGINS.includes(origin));
  return ![...declared, ...sites].some((pattern) => patternCoversHost(pattern, url));
}

/** The route for the browser's answer: a language code ("vi", "vi-VN", "fr", "und") or null when it gave none. */
export function routeFor(language: string | null): LanguageRoute {
  if (!language || language === 'und') return 'check';
  return language.toLowerCase().split('-')[0] === 'vi' ? 'bootstrap' : 'other-language';
}

/** Asks the browser the tab's language and gives its top frame what that calls for. */
export async function routeTab(apis: RouteApis, tabId: number): Promise<LanguageRoute> {
  const language = await apis.detectLanguage(tabId).catch(() => null);
  const route = routeFor(language);
  const target = { tabId, frameIds: [0] };
  if (route === 'other-language') await apis.sessionSet({ [otherLanguageKey(tabId)]: true });
  else await apis.scripting.executeScript({ target, files: [route === 'bootstrap' ? BOOTSTRAP_FILE : VIETNAMESE_BOOTSTRAP_FILE] });
  return route;
}
