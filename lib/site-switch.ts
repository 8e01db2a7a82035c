/**
 * Whether annotation is on for a site, from the settings alone. Kept apart from
 * settings.ts (which brings the storage layer) so the bootstrap every page evaluates
 * can ask without loading it.
 */
import type { Settings } from './settings';

/** Whether the content script annotates a site by itself (the user can still ask for any page). */
export function annotatesSite(settings: Pick<Settings, 'paused' | 'disabledSites'>, site: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(site);
}
