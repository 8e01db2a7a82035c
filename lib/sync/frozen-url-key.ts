/**
 * The canonical-URL rule that names replicated documents, frozen. A document's
 * id is a hash of its article's canonical URL (doc.ts), and every member checks
 * that id against the URL before applying it; if the id followed the live rule
 * (lib/store/canonical-url.ts), a later change to that rule would orphan every
 * document on every server. So this is a copy of the rule as it stood when sync
 * shipped, pinned by test/unit/sync/frozen-url-key.test.ts. Never edit it: a
 * new rule needs a new document kind and a migration.
 */
const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|zarsrc|gidzl)$/i;

export function frozenUrlKey(raw: string): string {
  const url = new URL(raw);
  url.hash = '';
  const tracking = [...url.searchParams.keys()].filter((key) => TRACKING_PARAM.test(key));
  for (const key of tracking) url.searchParams.delete(key);
  return url.href;
}
