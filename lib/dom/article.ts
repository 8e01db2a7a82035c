/**
 * The article on the page: what it is (title, date, author, canonical URL) and
 * where it is (the elements to annotate). Null for pages that hold no article,
 * such as home pages, section listings and search results.
 */
import { findBody, isClutter, type ArticleBody } from './body';
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
  const body = (yield* findBody(doc, { declaredArticle: declaresArticle(doc) })) ?? (options.orMainText ? mainText(doc) : null);
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

/**
 * Whether a page may hold an article, decided in about a millisecond: it declares one
 * (Open Graph, a JSON-LD block naming an Article type), or it has a sentence-long
 * headline (an h1, or a title-classed heading as portal CMSs use) outside the page's
 * header, menus and links. Home pages, section listings and forms (a site name or a
 * section name in the h1, or none) stop here, before the finder reads the page. A page
 * that passes still has to satisfy the finder. It touches few kinds of element: in the
 * bootstrap's fresh isolated world each new kind costs a script wrapper.
 */
export function mayHoldArticle(doc: Document): boolean {
  // One query that answers yes or no: no wrapper for <head> or a <meta> on pages that declare nothing.
  if (doc.querySelector(DECLARED)) return true;
  // A form to fill in (a public service, a sign-up, a bank) is not an article, whatever its
  // heading says; counted only once a heading is found, so listings never pay for it.
  return looksLikeArticle(doc) && doc.querySelectorAll(FIELDS).length < FORM_FIELDS;
}

/** A headline, or a JSON-LD block naming an Article type (the finder reads the JSON-LD itself). */
function looksLikeArticle(doc: Document): boolean {
  // querySelectorAll throughout: each new kind of DOM list costs the fresh isolated world a wrapper.
  for (const h1 of doc.querySelectorAll('h1')) if (isHeadline(h1)) return true;
  // The selector leaves out linked and container titles itself: on a listing no element is even touched.
  const titled = doc.querySelectorAll(TITLED);
  for (let i = 0; i < titled.length && i < TITLED_LOOKED_AT; i++) if (isHeadline(titled[i]!)) return true;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) if (/Article|Posting/.test(script.textContent ?? '')) return true;
  return false;
}

/** An article declared in <head> (Open Graph type, or its publication time). */
const DECLARED = 'head > meta[property="og:type"][content="article" i], head > meta[property="article:published_time"]';
const HEADLINE_LETTERS = 20;
/**
 * Fields a person types into: not radios and checkboxes (portals carry polls), not search
 * boxes, not selects (portals list their links in drop-downs).
 */
const FIELDS = ['text', 'email', 'tel', 'number', 'password', 'date'].map((t) => `input[type="${t}" i]`).join(', ') + ', input:not([type]), textarea';
/** A search box and a comment form have five or six; a form page, ten and more. */
const FORM_FIELDS = 10;
/** Title-classed headings ("itle" catches Title and title) that hold no link, paragraph or block and sit in no link or menu. */
const TITLED =
  ':is(h2, h3, h4, div, span, p):is([class*="itle"], [class*="tieu-de"], [class*="eadline"]):not(:has(a, p, div)):not(a *, nav *)';
/** How many title-classed elements are looked at (a listing has hundreds). */
const TITLED_LOOKED_AT = 40;

/** A sentence-long heading that is not a link, a menu item or the page's own header (a site name); an article's <header> holds one. */
function isHeadline(el: Element): boolean {
  if (el.closest('a, nav')) return false;
  const header = el.closest('header, [role="banner"]');
  if (header && !header.closest('article, main, [role="main"]')) return false;
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length >= HEADLINE_LETTERS;
}
