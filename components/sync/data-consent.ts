/**
 * Firefox's built-in consent for data an extension sends away. What sync sends
 * to the team's server (article addresses, the articles' text and the reader's
 * notes and tags, the sign-in name and password) is declared as optional data
 * collection in the Firefox manifest (wxt.config.ts), and asked for in the same
 * prompt as the server's origin, in Save's own gesture: one answer grants both
 * or neither, and nothing is sent without it. Chromium has no such consent
 * (its manifest also carries the key, so the build, not the manifest, decides).
 */
import { browser } from 'wxt/browser';

type Gecko = { browser_specific_settings?: { gecko?: { data_collection_permissions?: { optional?: string[] } } } };

/** The permission request for these origins, with the optional data collection on Firefox. */
export function withDataConsent(origins: string[]): { origins: string[] } {
  if (!import.meta.env.FIREFOX) return { origins };
  const optional = (browser.runtime.getManifest() as Gecko).browser_specific_settings?.gecko?.data_collection_permissions?.optional ?? [];
  return optional.length ? ({ origins, data_collection: [...optional] } as { origins: string[] }) : { origins };
}
