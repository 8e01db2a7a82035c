/**
 * Article metadata as the page declares it: JSON-LD (schema.org NewsArticle),
 * Open Graph and article meta tags first, then the page's own markup.
 */
import { compactAscii } from '../text/ascii';

export interface ArticleMetadata {
  title: string | null;
  /** ISO 8601 date or date-time, as precise as the page says. */
  published: string | null;
  author: string | null;
  canonicalUrl: string | null;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const ENTITY = /&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** JSON-LD strings on Vietnamese sites are often HTML-escaped, sometimes twice. Decoded as text, never parsed as HTML. */
export function decodeEntities(value: string): string {
  let text = value;
  for (let pass = 0; pass < 3 && text.includes('&'); pass++) {
    const next = text.replace(ENTITY, (whole, body: string) => {
      const lower = body.toLowerCase();
      if (lower[0] !== '#') return NAMED[lower] ?? whole;
      const code = lower[1] === 'x' ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
    if (next === text) break;
    text = next;
  }
  return text;
}

const clean = (value: string | null | undefined): string | null => {
  const text = value ? decodeEntities(value).replace(/\s+/g, ' ').trim() : '';
  return text ? text : null;
};

/** "2026-03-07 08:52:11.000 +07:00" -> "2026-03-07T08:52:11+07:00"; "07/03/2026 08:47" -> "2026-03-07T08:47". */
export function normaliseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(text);
  if (iso) {
    const [, y, m, d, hh, mm, ss, zone] = iso;
    if (!hh) return `${y}-${m}-${d}`;
    const tz = zone ? (zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    return `${y}-${m}-${d}T${hh}:${mm}${ss ? `:${ss}` : ''}${tz}`;
  }
  const vn = /(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\D{1,10}?(\d{1,2}):(\d{2}))?/.exec(text);
  if (vn) {
    const [, d, m, y, hh, mm] = vn;
    const date = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
    return hh ? `${date}T${hh.padStart(2, '0')}:${mm}` : date;
  }
  return null;
}

function metaContent(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const value = clean(el?.getAttribute('content'));
    if (value) return value;
  }
  return null;
}

const ARTICLE_TYPE = /^(News|Reportage|Analysis|Opinion|Report|Background)?Article$|^(BlogPosting|LiveBlogPosting)$/;

function* jsonLdNodes(value: Json | undefined): Generator<Record<string, Json>> {
  if (Array.isArray(value)) for (const item of value) yield* jsonLdNodes(item);
  else if (value && typeof value === 'object') {
    yield value;
    if (value['@graph']) yield* jsonLdNodes(value['@graph']);
  }
}

function jsonLdArticle(doc: Document): Record<string, Json> | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: Json;
    try {
      data = JSON.parse(script.textContent ?? '') as Json;
    } catch {
      continue;
    }
    for (const node of jsonLdNodes(data)) {
      const types = ([] as Json[]).concat(node['@type'] ?? []);
      if (types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) return node;
    }
  }
  return null;
}

const textOf = (value: Json | undefined): string | null => (typeof value === 'string' ? clean(value) : null);

function personName(value: Json | undefined, publisher: string | null): string | null {
  const names = ([] as Json[])
    .concat(value ?? [])
    .map((v) => (typeof v === 'string' ? clean(v) : v && typeof v === 'object' && !Array.isArray(v) && v['@type'] !== 'Organization' ? textOf(v.name) : null))
    .filter((n): n is string => !!n && n !== publisher && !/^https?:/.test(n));
  return names.length ? names.join(', ') : null;
}

function urlOf(value: Json | undefined): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && !Array.isArray(value)) return textOf(value['@id']) ?? textOf(value.url);
  return null;
}

function absoluteHttp(doc: Document, href: string | null | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), doc.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A byline in the page: the author element news sites use, or VnExpress' right-aligned bold name closing the article. */
function bylineIn(doc: Document, body: Element | null): string | null {
  const el = doc.querySelector('[rel="author"], [itemprop="author"] [itemprop="name"], .author-name, .article-author, .detail-author, .author, .byline');
  const byline = clean(el?.textContent);
  if (byline && byline.length <= 80) return byline;
  const closing = body ? [...body.querySelectorAll('p')].reverse().find((p) => /\S/.test(p.textContent ?? '')) : null;
  const strong = closing?.querySelector('strong, b');
  const name = clean(closing?.textContent);
  if (closing && strong && name && name === clean(strong.textContent) && name.length <= 60 && !/[.!?:]$/.test(name)) return name;
  return null;
}

/** A visible publication date near the title, as dd/mm/yyyy hh:mm (sites without meta). */
function dateInPage(doc: Document): string | null {
  for (const el of doc.querySelectorAll('time[datetime], [class*="time"], [class*="date"]')) {
    const date = normaliseDate(el.getAttribute('datetime')) ?? normaliseDate(el.textContent);
    if (date) return date;
  }
  return null;
}

export function readMetadata(doc: Document, body: Element | null = null): ArticleMetadata {
  const ld = jsonLdArticle(doc);
  const publisher = ld?.publisher && typeof ld.publisher === 'object' && !Array.isArray(ld.publisher) ? textOf(ld.publisher.name) : null;
  const site = metaContent(doc, 'og:site_name');
  const published =
    normaliseDate(metaContent(doc, 'article:published_time')) ??
    normaliseDate(textOf(ld?.datePublished)) ??
    normaliseDate(metaContent(doc, 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date')) ??
    dateInPage(doc);
  const canonicalUrl =
    absoluteHttp(doc, doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ??
    absoluteHttp(doc, metaContent(doc, 'og:url')) ??
    absoluteHttp(doc, urlOf(ld?.mainEntityOfPage) ?? textOf(ld?.url));
  const host = compactAscii(doc.location?.hostname ?? '') + compactAscii(canonicalUrl ? new URL(canonicalUrl).hostname : '');
  const notSite = (a: string | null) =>
    !!a && !/^https?:/.test(a) && !/\.(vn|com|net)$/i.test(a) && a !== site && a !== publisher && a.toUpperCase() !== a && !host.includes(compactAscii(a));
  const metaAuthor = [metaContent(doc, 'article:author'), metaContent(doc, 'author')].find(notSite);
  const author = personName(ld?.author, publisher) ?? bylineIn(doc, body) ?? metaAuthor ?? null;
  return {
    title: textOf(ld?.headline) ?? metaContent(doc, 'og:title', 'twitter:title') ?? clean(doc.title),
    published,
    author,
    canonicalUrl,
  };
}

/** The page calls itself an article: a JSON-LD Article type, og:type article, or a publication time. */
export function declaresArticle(doc: Document): boolean {
  return !!jsonLdArticle(doc) || metaContent(doc, 'og:type') === 'article' || !!metaContent(doc, 'article:published_time');
}
