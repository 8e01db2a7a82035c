/** The clipping the content script sends to the collection: the article as found, with its analysis. */
import type { Analysis } from '../matcher/types';
import type { ClippingInput } from '../clipping/types';
import type { Article } from './article';

export function clippingOf(article: Article, text: string, analysis: Analysis, site: string): ClippingInput {
  return {
    canonicalUrl: article.canonicalUrl,
    url: article.url,
    site,
    title: article.title,
    author: article.author,
    published: article.published,
    text,
    analysis,
  };
}
