/**
 * What the extension did on the popup's tab, in one word, and what the reader can do
 * next. Pure: the popup gathers the facts (the tab's content status, whether the
 * extension may run there, the settings) and renders what this returns.
 */
import type { PageSummary } from '@/lib/clipping/types';
import type { ContentStatus } from '@/lib/messaging/messages';
import { annotatesSite, type Settings } from '@/lib/settings/settings';
import { serviceOf, type ForeignService } from '@/lib/site/foreign-services';
import { isVnSite, siteOf } from '@/lib/site/sites';

/** The one-click grant that covers a page: all of .vn, a foreign service's host, or Vietnamese pages on every site. */
export type Offer = { kind: 'all-vn' } | { kind: 'service'; service: ForeignService } | { kind: 'vietnamese-pages' };

export function offerFor(url: string): Offer {
  const service = serviceOf(url);
  if (service) return { kind: 'service', service };
  return isVnSite(url) ? { kind: 'all-vn' } : { kind: 'vietnamese-pages' };
}

export type Situation =
  /** A browser page, a local file: no extension runs there. */
  | { kind: 'not-web' }
  /** Annotated, with findings (the page summary says how many). */
  | { kind: 'annotated'; page: PageSummary }
  /** Annotated, and nothing to highlight. */
  | { kind: 'found-nothing'; page: PageSummary }
  | { kind: 'analysing' }
  /** The finder saw no article: a home page, a listing, a form. */
  | { kind: 'not-article' }
  /** Under "Vietnamese pages on every site": this page is not in Vietnamese. */
  | { kind: 'other-language' }
  /** The user switched annotation off here, or everywhere. */
  | { kind: 'off'; paused: boolean }
  /** No permission here: the next step is a grant (the wide one that covers the page, or this site). */
  | { kind: 'not-allowed'; offer: Offer }
  /** Allowed, but nothing of ours answers: the tab was open before the extension (re)started. */
  | { kind: 'not-loaded' }
  | { kind: 'error' };

export interface Facts {
  url: string;
  /** The content script's answer; null when nothing answered. */
  status: ContentStatus | null;
  /** Whether the extension may run on the page without a click (installed list or a grant). */
  allowed: boolean;
  settings: Settings;
  /** The page as last recorded by the background, if any. */
  recent: PageSummary | null;
}

const isWebPage = (url: string) => /^https?:\/\//.test(url);

const annotatedOrNothing = (page: PageSummary): Situation =>
  page.officials + page.directives === 0 && !page.isForeignInfo ? { kind: 'found-nothing', page } : { kind: 'annotated', page };

export function situationOf({ url, status, allowed, settings, recent }: Facts): Situation {
  if (url !== '' && !isWebPage(url)) return { kind: 'not-web' };
  if (status) {
    const page = status.page ?? recent;
    switch (status.state) {
      case 'ready':
        return page ? annotatedOrNothing(page) : { kind: 'analysing' };
      case 'analysing':
        return { kind: 'analysing' };
      case 'no-article':
        return { kind: 'not-article' };
      case 'other-language':
        return { kind: 'other-language' };
      case 'off':
        return { kind: 'off', paused: settings.paused };
      case 'error':
        return { kind: 'error' };
    }
  }
  // Nothing answers now, but this address was annotated (before a reload of the extension, say).
  if (recent) return annotatedOrNothing(recent);
  if (url !== '' && !annotatesSite(settings, siteOf(url))) return { kind: 'off', paused: settings.paused };
  if (!allowed && url !== '') return { kind: 'not-allowed', offer: offerFor(url) };
  return { kind: 'not-loaded' };
}
