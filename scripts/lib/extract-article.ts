/**
 * The CLI's article extraction: the extension's own article finder and text
 * index (lib/dom), run on an offline happy-dom document, so `analyze` reads an
 * HTML page exactly as the content script would.
 */
import { Window } from 'happy-dom';
import { findArticle } from '../../lib/dom/article';
import { runNow } from '../../lib/dom/schedule';
import { indexText } from '../../lib/dom/text-index';

export interface ArticleInfo {
  title: string | null;
  published: string | null;
  author: string | null;
  url: string | null;
  text: string;
}

/** Null when the page holds no article (a home page, a section listing). */
export function extractArticleFromHtml(html: string, url = 'http://localhost/'): ArticleInfo | null {
  // A window that never fetches: saved pages link stylesheets, scripts and frames on the live web.
  const window = new Window({
    url,
    settings: {
      disableCSSFileLoading: true,
      disableJavaScriptFileLoading: true,
      disableJavaScriptEvaluation: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const article = runNow(findArticle(doc));
    if (!article) return null;
    const { text } = runNow(indexText(article.roots, { exclude: article.exclude }));
    const canonical = article.canonicalUrl === url ? null : article.canonicalUrl;
    return { title: article.title || null, published: article.published, author: article.author, url: canonical, text };
  } finally {
    void window.happyDOM.close();
  }
}
