/**
 * The article on the page: what it is (title, date, author, canonical URL) and
 * where it is (the elements to annotate): paragraphs (body.ts), or a document or a
 * list under its headline (lines.ts). Null for pages that hold no article, such as
 * home pages, section listings and search results.
 */
import { findBody, isClutter, type ArticleBody } from './body';
import { findLines } from './lines';
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

export interface FindOptions {
  /** Asked for by the user: with no article found, the page's main text instead of nothing. */
  orMainText?: boolean;
}

export function* findArticle(doc: Document, options: FindOptions = {}): Steps<Article | null> {
  // Paragraphs first; then a document or a list under a headline; asked for, the main text.
  const body =
    (yield* findBody(doc, { declaredArticle: declaresArticle(doc) })) ?? (yield* findLines(doc)) ?? (options.orMainText ? mainText(doc) : null);
  if (!body) return null;
  yield;
  const meta = readMetadata(doc, body.body);
  const headline =
    body.headline ??
    body.roots.find((el) => /^h[1-3]$/.test(el.localName) || el.getAttribute('data-role') === 'title') ??
    body.body.querySelector('h1');
  const heading = squash(headline?.textContent);
  // Meta titles often carry the section and site name around the headline itself.
  const named = meta.title ?? squash(doc.title);
  const title = heading && (!named || named.includes(heading)) ? heading : named;
  const url = doc.location?.href ?? doc.URL;
  return { ...body, title, published: meta.published, author: meta.author, canonicalUrl: meta.canonicalUrl ?? url, url };
}

/** Below this much text a page has nothing to read, even when asked. */
const MIN_MAIN_TEXT = 40;

/** The page's main text when no article is found: its main landmark, else its body, without page chrome. */
export function mainText(doc: Document): ArticleBody | null {
  const main = doc.querySelector('main, [role="main"], article') ?? doc.body;
  if (!main || (main.textContent ?? '').replace(/\s+/g, ' ').trim().length < MIN_MAIN_TEXT) return null;
  return { roots: [main], body: main, exclude: isClutter };
}
