/**
 * The canonical URL a page declares is trusted only within its own site. A page
 * that names another site's article as its canonical would otherwise file its
 * text under that article's key in the collection (overwriting the user's
 * clipping of it) and learn whether that URL is clipped. Such a claim is
 * ignored and the page's own URL is the key.
 */
import { sameSite } from '../site-identity';

export function trustedCanonical(pageUrl: string, declared: string | null): string | null {
  if (!declared) return null;
  return sameSite(pageUrl, declared) ? declared : null;
}
