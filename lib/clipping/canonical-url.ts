/**
 * The dedupe key of a clipping is its canonical URL, tidied so that the same
 * article reached through a share link or an anchor is recognised: the fragment
 * and tracking parameters go, nothing else changes.
 */
const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|zarsrc|gidzl)$/i;

export function canonicalUrlKey(raw: string): string {
  const url = new URL(raw);
  url.hash = '';
  const tracking = [...url.searchParams.keys()].filter((key) => TRACKING_PARAM.test(key));
  // Only rewrite the query when there is something to drop: rewriting re-encodes it.
  for (const key of tracking) url.searchParams.delete(key);
  return url.href;
}
