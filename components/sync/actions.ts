/**
 * What the sync controls do beyond asking the background: asking for the
 * server's host permission on Save, and giving it back when sync stops or moves
 * to another server, unless a news scope needs the same host.
 */
import { browser } from 'wxt/browser';
import { request } from '@/lib/messaging/messages';
import { withDataConsent } from './data-consent';
import { checkServerAddress, permissionServesOthers, serverPattern } from '@/lib/sync/server-address';
import type { SyncProblem, SyncSetup, SyncStatus } from '@/lib/sync/types';

/** The content-script patterns the manifest declares (the installed news sites). */
export function declaredMatches(): string[] {
  return (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []);
}

/** Host permissions the manifest requires (a test build's server): the browser refuses to remove them. */
function requiredOrigins(): string[] {
  const manifest = browser.runtime.getManifest() as { host_permissions?: string[]; permissions?: string[] };
  return [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? [])];
}

/** Gives the server's host permission back, unless another scope covers that host; true when given back. */
export async function releaseServerPermission(url: string): Promise<boolean> {
  const pattern = serverPattern(url);
  if (!pattern || requiredOrigins().includes(pattern)) return false;
  const { origins = [] } = await browser.permissions.getAll();
  if (!origins.includes(pattern) || permissionServesOthers(url, origins, declaredMatches())) return false;
  return browser.permissions.remove({ origins: [pattern] });
}

/** Stops syncing (the local collection stays whole), then gives the server's permission back. */
export async function stopSync(server: SyncStatus['server']): Promise<SyncStatus> {
  const status = await request({ type: 'sync:stop' });
  if (server) await releaseServerPermission(server.url).catch(() => false);
  return status;
}

/**
 * "Sync now", from the click handler. When the server's permission is what stops
 * sync (withdrawn in the browser's settings), it is asked for again first, in the
 * same gesture; refused, nothing is sent.
 */
export function syncNowStep(status: SyncStatus | null): Promise<SyncStatus | 'refused'> {
  const pattern = status?.server && status.problem?.code === 'permission-refused' ? serverPattern(status.server.url) : null;
  if (!pattern) return request({ type: 'sync:now' });
  const asked = browser.permissions.request(withDataConsent([pattern]));
  return asked.then((granted): Promise<SyncStatus | 'refused'> => (granted ? request({ type: 'sync:now' }) : Promise.resolve('refused')));
}

export type SaveOutcome =
  /** Refused before anything was sent: the address, or the permission. */
  | { kind: 'refused'; problem: SyncProblem }
  /** The background's answer to 'sync:configure': connected, or its problem. */
  | { kind: 'answered'; status: SyncStatus }
  /** The background did not answer. */
  | { kind: 'failed' };

export type SaveStep = { kind: 'invalid'; problem: SyncProblem; credentials: boolean } | { kind: 'asked'; done: Promise<SaveOutcome> };

/**
 * Save, from the form's submit handler. The address is checked first; then the
 * permission for that server's origin only is requested *synchronously*, before
 * any await: Chrome and Firefox open the prompt only inside the user's gesture.
 * Refused: nothing is sent. Granted: 'sync:configure' tests the connection.
 */
export function saveSetup(setup: SyncSetup, previous: SyncStatus['server']): SaveStep {
  const address = checkServerAddress(setup.url);
  if (!address.ok) return { kind: 'invalid', problem: { code: address.code, detail: '' }, credentials: address.credentials === true };
  const origins = [address.pattern];
  const heldBefore = browser.permissions.contains({ origins }).catch(() => false);
  const asked = browser.permissions.request(withDataConsent(origins));
  return { kind: 'asked', done: afterPermission(asked, heldBefore, { url: address.url, database: setup.database.trim(), username: setup.username.trim(), password: setup.password }, address.pattern, previous) };
}

async function afterPermission(
  asked: Promise<boolean>,
  heldBefore: Promise<boolean>,
  setup: SyncSetup,
  pattern: string,
  previous: SyncStatus['server'],
): Promise<SaveOutcome> {
  if (!(await asked.catch(() => false))) return { kind: 'refused', problem: { code: 'permission-refused', detail: '' } };
  let status: SyncStatus;
  try {
    status = await request({ type: 'sync:configure', setup });
  } catch {
    if (!(await heldBefore)) await releaseServerPermission(setup.url).catch(() => false);
    return { kind: 'failed' };
  }
  const now = status.server ? serverPattern(status.server.url) : null;
  // A server that did not take: its permission, asked for just now, goes back.
  if (now !== pattern && !(await heldBefore)) await releaseServerPermission(setup.url).catch(() => false);
  // Moved to another server: the old one's permission goes back.
  if (previous && now === pattern && serverPattern(previous.url) !== pattern) await releaseServerPermission(previous.url).catch(() => false);
  return { kind: 'answered', status };
}
