/**
 * Content scripts for the origins the user granted beyond the installed list (all of
 * .vn, or one site at a time). The browser drops dynamic registrations on update, and a
 * permission may be granted before start-up (by policy, or in the test build), so the
 * background calls syncRegistration at every start-up and on every permission change:
 * the registration then always matches permissions.getAll(), no more, no less.
 */

/** Our one dynamic registration. */
export const GRANTED_SCRIPT_ID = 'ttdn-granted-sites';
/** The bootstrap, as WXT builds entrypoints/bootstrap.ts (the same file the manifest declares). */
export const BOOTSTRAP_FILE = 'bootstrap.js';

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

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Makes the dynamic registration match the granted origins; returns the origins it now covers. */
export async function syncRegistration(scripting: RegistrationApi, permissions: PermissionsApi, declared: readonly string[]): Promise<string[]> {
  const wanted = grantedOrigins((await permissions.getAll()).origins ?? [], declared);
  const [current] = await scripting.getRegisteredContentScripts({ ids: [GRANTED_SCRIPT_ID] });
  if (current && sameList([...(current.matches ?? [])].sort(), wanted)) return wanted;
  if (current) await scripting.unregisterContentScripts({ ids: [GRANTED_SCRIPT_ID] });
  if (wanted.length === 0) return wanted;
  await scripting.registerContentScripts([
    // Re-registered at every start-up anyway: nothing stale survives an update.
    { id: GRANTED_SCRIPT_ID, matches: wanted, js: [BOOTSTRAP_FILE], runAt: 'document_idle', persistAcrossSessions: false },
  ]);
  return wanted;
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
