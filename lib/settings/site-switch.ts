/**
 * Whether annotation is on for a site, from the settings alone. Kept apart from
 * settings.ts (which brings the storage layer) and from sites.ts (whose list of
 * hosts would weigh on every page) so the scripts in pages can ask cheaply.
 */
/** A page's own site key: its host name without "www.". The background files clippings under sites.ts `siteOf` instead. */
export function hostSite(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * Whether the content script annotates a site by itself (the user can still ask for any
 * page). A site switched off is off with its subdomains: the switch stores the listed
 * domain (vietnamplus.vn) while the page may be on m.vietnamplus.vn.
 */
export function annotatesSite(settings: { paused: boolean; disabledSites: readonly string[] }, site: string): boolean {
  return !settings.paused && !settings.disabledSites.some((off) => site === off || site.endsWith(`.${off}`));
}
