/**
 * Which site a URL belongs to, as the browser's own site boundary sees it: its
 * registrable domain under the Public Suffix List (private suffixes included, so
 * two blogs on blogspot.com are two sites). A page may only speak for URLs of its
 * own site: a canonical link to another site is the page's claim, not a fact.
 */
import { parse } from 'tldts';

/** "https://m.vietnamplus.vn/x" -> "vietnamplus.vn"; IP addresses and bare hosts are their own site; null for non-http(s). */
export function registrableDomain(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  const info = parse(host, { allowPrivateDomains: true });
  return info.domain ?? host;
}

/** Both URLs are http(s) and on the same registrable domain. */
export function sameSite(a: string, b: string): boolean {
  const left = registrableDomain(a);
  return left !== null && left === registrableDomain(b);
}

/** The same document: the same URL once the fragment is dropped. */
export function samePage(a: string, b: string): boolean {
  try {
    const left = new URL(a);
    const right = new URL(b);
    left.hash = right.hash = '';
    return left.href === right.href;
  } catch {
    return false;
  }
}
