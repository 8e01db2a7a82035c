import type { Analysis } from '../matcher/types';

/** What the content script sends to be clipped: the article as found, and the matcher's analysis of its text. */
export interface ClippingInput {
  /** The article's canonical URL (link rel=canonical / og:url / JSON-LD), else the page URL. The dedupe key. */
  canonicalUrl: string;
  /** The address the page was read at. */
  url: string;
  site: string;
  title: string;
  author: string | null;
  /** ISO 8601 date or date-time as the page states it, else null. */
  published: string | null;
  /** The article text the analysis offsets point into. */
  text: string;
  analysis: Analysis;
}
