/**
 * The sync server's address as the options page checks it before anything is
 * sent: https, or http on this machine only (a password and the collection never
 * cross a network in clear text), and the one host permission it needs. Pure.
 */
import type { SyncProblemCode } from './types';

/** Hosts that never leave the machine, where plain http is allowed (URL.hostname writes IPv6 in brackets). */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export type ServerAddress =
  | {
      ok: true;
      /** The address to connect to: scheme, host, port and path, without a trailing slash, query or fragment. */
      url: string;
      /**
       * The host permission to ask for: this server's scheme and host only. No port:
       * Firefox match patterns cannot hold one, and Chrome's then match every port.
       */
      pattern: string;
    }
  /** 'credentials': a user name or password written into the address, where the form has fields for them. */
  | { ok: false; code: Extract<SyncProblemCode, 'bad-url' | 'insecure-url'>; credentials?: true };

export function checkServerAddress(input: string): ServerAddress {
  let parsed: URL;
  try {
    parsed = new URL(input.trim());
  } catch {
    return { ok: false, code: 'bad-url' };
  }
  if ((parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || !parsed.hostname) return { ok: false, code: 'bad-url' };
  if (parsed.username || parsed.password) return { ok: false, code: 'bad-url', credentials: true };
  if (parsed.protocol === 'http:' && !LOOPBACK.has(parsed.hostname)) return { ok: false, code: 'insecure-url' };
  const path = parsed.pathname.replace(/\/+$/, '');
  return { ok: true, url: `${parsed.origin}${path}`, pattern: `${parsed.protocol}//${parsed.hostname}/*` };
}

/** The permission pattern of a server already set up (null when its address no longer checks). */
export function serverPattern(url: string): string | null {
  const address = checkServerAddress(url);
  return address.ok ? address.pattern : null;
}

/** Whether a match pattern ("*://*.vn/*", "https://host/*") covers a URL's scheme and host (ports and paths aside). */
export function patternCoversHost(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/([^/]+)\//.exec(pattern);
  if (!m) return false;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  const scheme = m[1]!;
  if (scheme === '*' ? target.protocol !== 'http:' && target.protocol !== 'https:' : `${scheme}:` !== target.protocol) return false;
  const host = m[2]!.replace(/:\d+$/, '');
  if (host === '*') return true;
  if (host.startsWith('*.')) {
    const domain = host.slice(2);
    return target.hostname === domain || target.hostname.endsWith(`.${domain}`);
  }
  return target.hostname === host;
}

/**
 * Whether the server's host permission must stay when sync stops: another grant
 * (a news site the user allowed, all of .vn) or the installed list also covers
 * that host, and giving the sync pattern back could take that away too.
 */
export function permissionServesOthers(url: string, granted: readonly string[], declared: readonly string[]): boolean {
  const own = serverPattern(url);
  return [...granted, ...declared].some((pattern) => pattern !== own && patternCoversHost(pattern, url));
}
