/**
 * Content scripts for the origins the user granted beyond the installed list (all of
 * .vn, or one site at a time, a foreign service only on its Vietnamese sections). The
 * every-host grant registers none: the background decides those pages' language
 * (./language-route.ts). The browser drops dynamic registrations on update, and a
 * permission may be granted before start-up (by policy, or in the test build), so the
 * background calls syncRegistration at every start-up and on every permission change:
 * the registration then always matches permissions.getAll(), no more, no less.
 */

import { serviceForOrigin, serviceMatches } from '../site/foreign-services';
import { EVERY_HOST_ORIGINS } from '../site/sites';

/** The granted sites' registration. */
export const GRANTED_SCRIPT_ID = 'ttdn-granted-sites';
/** The bootstrap, as WXT builds entrypoints/bootstrap/index.ts (the same file the manifest declares). */
export const BOOTSTRAP_FILE = 'bootstrap.js';
/** The in-page language check (entrypoints/vietnamese-bootstrap.ts), for a page whose language the browser cannot tell. */
export const VIETNAMESE_BOOTSTRAP_FILE = 'vietnamese-bootstrap.js';

export interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  persistAcrossSessions?: boolean;
}

/** The parts of browser.scripting this needs (passed in, so it is testable). */
export interface RegistrationApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredScript[]>;
  registerContentScripts(scripts: RegisteredScript[]): Promise<unknown>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<unknown>;
}

export interface PermissionsApi {
  getAll(): Promise<{ origins?: string[] }>;
}

/**
 * Granted reading scopes the manifest's own content script does not already cover.
 * Reading scopes are asked for as "*://host/*" (lib/site/sites.ts originPattern, all of
 * .vn); the sync server's permission names its scheme ("https://host/*",
 * lib/sync/server-address.ts), and no news script runs on the team's server.
 */
export function grantedOrigins(granted: readonly string[], declared: readonly string[]): string[] {
  const covered = new Set(declared);
  return [...new Set(granted)].filter((origin) => origin.startsWith('*://') && !covered.has(origin)).sort();
}

const sameList = (a: readonly string[] = [], b: readonly string[] = []) => a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

/** Makes one registration match what is wanted (nothing, when its matches are empty). */
async function syncScript(scripting: RegistrationApi, wanted: RegisteredScript): Promise<void> {
  const [current] = await scripting.getRegisteredContentScripts({ ids: [wanted.id] });
  if (current && sameList(current.matches, wanted.matches) && sameList(current.js, wanted.js)) return;
  if (current) await scripting.unregisterContentScripts({ ids: [wanted.id] });
  if (!wanted.matches?.length) return;
  await scripting.registerContentScripts([wanted]);
}

/**
 * Makes the dynamic registrations match the granted origins; returns where the granted
 * sites' bootstrap now runs (a foreign service's origin stands for its Vietnamese sections).
 */
export async function syncRegistration(scripting: RegistrationApi, permissions: PermissionsApi, declared: readonly string[]): Promise<string[]> {
  const granted = grantedOrigins((await permissions.getAll()).origins ?? [], declared);
  const sites = granted.filter((origin) => !EVERY_HOST_ORIGINS.includes(origin));
  const matches = sites.flatMap((origin) => {
    const service = serviceForOrigin(origin);
    return service ? serviceMatches(service) : [origin];
  });
  // Re-registered at every start-up anyway: nothing stale survives an update.
  await syncScript(scripting, { id: GRANTED_SCRIPT_ID, matches, js: [BOOTSTRAP_FILE], runAt: 'document_idle', persistAcrossSessions: false });
  return matches;
}

/** Runs one sync after another, so a start-up and a grant arriving together never interleave. */
export function serialSync(sync: () => Promise<unknown>): () => Promise<void> {
  let queue: Promise<void> = Promise.resolve();
  return () => {
    const next = queue.then(sync, sync).then(
      () => undefined,
      (error: unknown) => console.warn('[ttdn] content script registration failed', error),
    );
    queue = next;
    return next;
  };
}
