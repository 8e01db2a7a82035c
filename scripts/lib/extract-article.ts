/**
 * A simple article extractor for the CLI: metadata from JSON-LD and meta tags,
 * the body from the element holding the most paragraph text.
 */
import { Window } from 'happy-dom';

export interface ArticleInfo {
  title: string | null;
  published: string | null;
  author: string | null;
  url: string | null;
  text: string;
}

type Doc = InstanceType<typeof Window>['document'];

function jsonLd(doc: Doc): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data = JSON.parse(s.textContent ?? '') as unknown;
      const items = Array.isArray(data) ? data : [data];
      for (const item of items) {
        if (item && typeof item === 'object') {
          const graph = (item as { '@graph'?: unknown })['@graph'];
          out.push(...(Array.isArray(graph) ? graph : [item]));
        }
      }
    } catch {
      // A broken JSON-LD block is common; the meta tags still count.
    }
  }
  return out;
}

const meta = (doc: Doc, selector: string) => doc.querySelector(selector)?.getAttribute('content')?.trim() || null;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export function extractArticleFromHtml(html: string): ArticleInfo {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Doc;
  const ld = jsonLd(doc).find((x) => /Article|Posting/i.test(String(x['@type'] ?? ''))) ?? {};
  const ldAuthor = ld.author as { name?: string } | { name?: string }[] | undefined;
  const author = Array.isArray(ldAuthor) ? ldAuthor[0]?.name : ldAuthor?.name;

  for (const el of doc.querySelectorAll('script, style, noscript, nav, header, footer, aside, form, figcaption, iframe')) el.remove();
  let best: { el: Element; score: number } | null = null;
  for (const el of doc.querySelectorAll('article, main, section, div, [itemprop="articleBody"]')) {
    const paragraphs = [...el.querySelectorAll(':scope > p, :scope > div > p')];
    const score = paragraphs.reduce((sum, p) => sum + squash(p.textContent ?? '').length, 0);
    if (!best || score > best.score) best = { el: el as unknown as Element, score };
  }
  const blocks = best ? [...best.el.querySelectorAll('p, h2, h3, li, blockquote')] : [];
  const text = blocks
    .map((b) => squash(b.textContent ?? ''))
    .filter((t) => t.length > 0)
    .join('\n\n');

  const result: ArticleInfo = {
    title: (ld.headline as string | undefined) ?? meta(doc, 'meta[property="og:title"]') ?? (squash(doc.querySelector('h1')?.textContent ?? '') || squash(doc.title) || null),
    published:
      (ld.datePublished as string | undefined) ??
      meta(doc, 'meta[property="article:published_time"]') ??
      meta(doc, 'meta[itemprop="datePublished"]') ??
      doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
      null,
    author: author ?? meta(doc, 'meta[name="author"]') ?? meta(doc, 'meta[property="article:author"]'),
    url: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'meta[property="og:url"]'),
    text: best && best.score > 0 ? text : squash(doc.body?.textContent ?? ''),
  };
  window.close();
  return result;
}
