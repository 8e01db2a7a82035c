/**
 * The CLI's article extraction: the extension's own article finder and text
 * index (lib/dom), run on an offline happy-dom document, so `analyze` reads an
 * HTML page exactly as the content script would.
 */
import { findArticle } from '../../lib/dom/article';
import { runNow } from '../../lib/dom/schedule';
import { indexText } from '../../lib/dom/text-index';
import { offlineWindow, parseHtml } from './offline-window';

export interface ArticleInfo {
  title: string | null;
  published: string | null;
  author: string | null;
  url: string | null;
  text: string;
}

/** Null when the page holds no article (a home page, a section listing). */
export function extractArticleFromHtml(html: string, url = 'http://localhost/'): ArticleInfo | null {
  const window = offlineWindow(url);
  try {
    const doc = parseHtml(window, html);
    const article = runNow(findArticle(doc));
    if (!article) return null;
    const { text } = runNow(indexText(article.roots, { exclude: article.exclude }));
    const canonical = article.canonicalUrl === url ? null : article.canonicalUrl;
    return { title: article.title || null, published: article.published, author: article.author, url: canonical, text };
  } finally {
    void window.happyDOM.close();
  }
}
