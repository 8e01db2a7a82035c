/**
 * The article finder (lib/dom/article.ts), on its own: injected before the finder and
 * before the annotator, which both read it from ARTICLE_GLOBAL, so an article page
 * evaluates one copy of it instead of two. Always replaced, so an annotator injected
 * after an update never runs the previous version's finder.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { findArticle } from '@/lib/dom/article';
import { ARTICLE_GLOBAL, type SharedArticleFinder } from '@/lib/messaging/page-state';

export default defineUnlistedScript(() => {
  (globalThis as { [ARTICLE_GLOBAL]?: SharedArticleFinder })[ARTICLE_GLOBAL] = { findArticle };
});
