/**
 * The article on the page: what it is (title, date, author, canonical URL) and
 * where it is (the elements to annotate). Null for pages that hold no article,
 * such as home pages, section listings and search results.
 */
import { findBody, type ArticleBody } from './body';
import { declaresArticle, readMetadata } from './metadata';
import type { Steps } from './schedule';

export interface Article extends ArticleBody {
  title: string;
  published: string | null;
  author: string | null;
  /** Canonical URL when the page gives an http(s) one, else the page's own URL. */
  canonicalUrl: string;
  url: string;
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

export function* findArticle(doc: Document): Steps<Article | null> {
  const body = yield* findBody(doc, { declaredArticle: declaresArticle(doc) });
  if (!body) return null;
  yield;
  const meta = readMetadata(doc, body.body);
  const headline =
    body.roots.find((el) => /^h[1-3]$/.test(el.localName) || el.getAttribute('data-role') === 'title') ?? body.body.querySelector('h1');
  const heading = squash(headline?.textContent);
  // Meta titles often carry the section and site name after the headline itself.
  const named = meta.title ?? squash(doc.title);
  const title = heading && (!named || named.startsWith(heading)) ? heading : named;
  const url = doc.location?.href ?? doc.URL;
  return { ...body, title, published: meta.published, author: meta.author, canonicalUrl: meta.canonicalUrl ?? url, url };
}
