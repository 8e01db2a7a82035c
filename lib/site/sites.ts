/**
 * Where the extension runs by itself, and what it may ask for beyond that.
 *
 * - NEWS_SITES: the installed scope, the hosts of the Vietnamese press and state
 *   information system (lib/site/press-hosts.ts), each with its subdomains. Declared
 *   as host permissions, so the install warning reads "a number of websites".
 * - ALL_VN_ORIGINS: the optional "all of .vn" scope, asked for with one click; a
 *   country-wide pattern makes the browser warn "all websites", so it is never part
 *   of the install. (National outlets on other domains are in the installed list.)
 * - EVERY_HOST_ORIGINS: "Vietnamese pages on every site", one click, warned "all websites".
 * - Any other origin: asked for one site at a time ("Always annotate this site"), or a
 *   foreign service's Vietnamese sections (lib/site/foreign-services.ts).
 *
 * Add a site to lib/site/press-hosts.ts (its registrable host, no scheme, no www.) and
 * rebuild: the manifest's match patterns and the popup's site labels come from that list.
 */
import { PRESS_HOSTS } from './press-hosts';

export const NEWS_SITES: readonly string[] = PRESS_HOSTS;

/**
 * The optional "all of .vn" grant: every .vn host (.com.vn, .gov.vn, .org.vn… included).
 * The national outlets on other domains (vnexpress.net, baomoi.com) are in the installed list.
 */
export const ALL_VN_ORIGINS: readonly string[] = ['*://*.vn/*'];

/**
 * The optional "Vietnamese pages on every site" grant: every host, the browser warns "all
 * websites"; no script is registered for it: the background gives the bootstrap to the
 * pages the browser finds in Vietnamese (lib/background/language-route.ts).
 */
export const EVERY_HOST_ORIGINS: readonly string[] = ['*://*/*'];

/** Optional host permissions: all of .vn, every host (Vietnamese pages), or any one site ("Always annotate this site"). */
export const OPTIONAL_ORIGINS: readonly string[] = [...ALL_VN_ORIGINS, ...EVERY_HOST_ORIGINS];

/** Match patterns for the manifest: every listed site and its subdomains. Never a local host. */
export function contentScriptMatches(): string[] {
  return NEWS_SITES.flatMap((domain) => [`*://${domain}/*`, `*://*.${domain}/*`]);
}

function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.hostname.toLowerCase();
  } catch {
    return null;
  }
}

const listedDomain = (host: string) => NEWS_SITES.find((domain) => host === domain || host.endsWith(`.${domain}`));

/** The listed site a URL belongs to, or its bare host name for any other page. */
export function siteOf(url: string): string {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
  return listedDomain(host) ?? host.replace(/^www\./, '');
}

/** True when the declared content script runs on this URL (no grant needed). */
export function isListedSite(url: string): boolean {
  const host = hostOf(url);
  return host !== null && listedDomain(host) !== undefined;
}

/** A page the "all of .vn" grant would cover. */
export function isVnSite(url: string): boolean {
  const host = hostOf(url);
  return host !== null && host.endsWith('.vn');
}

/** The one-site grant for a page: its host's match pattern ("*://www.example.com/*"; match patterns ignore the port). */
export function originPattern(url: string): string | null {
  const host = hostOf(url);
  return host ? `*://${host}/*` : null;
}
