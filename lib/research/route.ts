/**
 * The research page's address: research.html#official=<folded name>,
 * #directive=<id>, or #clipping=<id> (one clipping: its text, its findings
 * and the user's corrections). In the fragment, so the page never reloads between people
 * and documents and nothing of it reaches a server.
 */
import { officialPageKey } from '../text/fold';

export type ResearchRoute = { kind: 'official'; key: string } | { kind: 'directive'; id: string } | { kind: 'clipping'; id: string };

export function parseRoute(hash: string): ResearchRoute | null {
  const m = hash.replace(/^#/, '').match(/^(official|directive|clipping)=(.*)$/su);
  if (!m) return null;
  let value: string;
  try {
    value = decodeURIComponent(m[2]!).trim();
  } catch {
    return null;
  }
  if (!value) return null;
  if (m[1] === 'clipping') return { kind: 'clipping', id: value };
  return m[1] === 'official' ? { kind: 'official', key: officialPageKey(value) } : { kind: 'directive', id: value.normalize('NFC') };
}

/** The fragment for a route (an official by name or folded key: folding twice changes nothing). */
export function routeHash(route: ResearchRoute): string {
  if (route.kind === 'clipping') return `#clipping=${encodeURIComponent(route.id)}`;
  return route.kind === 'official' ? `#official=${encodeURIComponent(officialPageKey(route.key))}` : `#directive=${encodeURIComponent(route.id)}`;
}

export const RESEARCH_PAGE = '/research.html';
export const officialHref = (nameOrKey: string) => `${RESEARCH_PAGE}${routeHash({ kind: 'official', key: nameOrKey })}`;
export const directiveHref = (id: string) => `${RESEARCH_PAGE}${routeHash({ kind: 'directive', id })}`;
export const clippingHref = (id: string) => `${RESEARCH_PAGE}${routeHash({ kind: 'clipping', id })}`;
