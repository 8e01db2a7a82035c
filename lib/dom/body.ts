/**
 * Where the article is on the page: the container of its paragraphs, found the
 * way Readability scores candidates (paragraph text lifted to its ancestors,
 * class names for and against, link density), plus the headline and lead that
 * Vietnamese layouts put just before it. Reads the live page, never changes it.
 */
import { isBlock, isOpaque } from './skip';
import type { Steps } from './schedule';

export interface ArticleBody {
  /** The elements holding the article, in document order: headline, lead, body. */
  roots: Element[];
  /** The main body container; the panel keeps clear of it. */
  body: Element;
  /** Clutter inside the roots to leave out (related boxes, share bars, link lists). */
  exclude(element: Element): boolean;
  /** The headline found before the body, when there is one. */
  headline?: Element | null;
}

const NEGATIVE =
  /relate|lien-?quan|comment|binh-?luan|footer|widget|share|social|sponsor|promo|advert|banner|(^|[\s_-])ads?([\s_-]|$)|quang-?cao|popup|modal|newsletter|subscribe|login|register|menu|navbar|breadcrumb|(^|[\s_-])tags?([\s_-]|$)|trending|most-?read|doc-?nhieu|recommend|rating|toolbar|print/i;
const POSITIVE = /article|content|body|main|detail|story|post|entry|text|fck|noi-?dung|chi-?tiet|singular/i;
const LEAD = /sapo|lead|description|summary|chapeau|intro|excerpt|tom-?tat/i;
const CHROME_TAGS = new Set(['nav', 'aside', 'footer', 'form', 'dialog', 'menu']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'menu']);

/** Below this, a piece of text is a caption or a label, not a paragraph. */
const MIN_PARAGRAPH = 25;
/** Body text a headed article needs: less is a teaser or a caption. */
export const MIN_ARTICLE = 300;
/** A headline is a sentence, not a section name ("Thời sự") or a site name. */
const MIN_HEADLINE = 20;

function labels(element: Element): string {
  return `${element.getAttribute('class') ?? ''} ${element.id} ${element.getAttribute('type') ?? ''}`;
}

/** Page furniture: menus, footers, comment and related-article boxes. */
export function isClutter(element: Element): boolean {
  if (CHROME_TAGS.has(element.localName)) return !isPageForm(element);
  if (!element.hasAttributes()) return false;
  const role = element.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  const names = labels(element);
  return NEGATIVE.test(names) && !POSITIVE.test(names);
}

/** ASP.NET WebForms portals wrap the whole page in one form: that form is the page, not a form on it. */
function isPageForm(element: Element): boolean {
  return element.localName === 'form' && (element.parentElement?.localName === 'body' || element.querySelector('input[name="__VIEWSTATE"]') !== null);
}

/** Visible-ish text length; very long texts are measured raw (collapsing their whitespace would be a long task). */
function textLength(node: Node): number {
  const text = node.textContent ?? '';
  return text.length > 10_000 ? text.length : text.replace(/\s+/g, ' ').trim().length;
}

function linkLength(element: Element): number {
  let sum = 0;
  for (const a of element.querySelectorAll('a')) sum += textLength(a);
  return sum;
}

function linkDensity(element: Element): number {
  const total = textLength(element);
  return total === 0 ? 0 : Math.min(1, linkLength(element) / total);
}

/** Text (and link text) a div or cell holds itself, in direct text and inline children, as a paragraph would. */
function ownText(element: Element): { length: number; links: number } {
  let length = 0;
  let links = 0;
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) length += (child as Text).data.trim().length;
    else if (child.nodeType === 1 && !isBlock(child as Element) && !isOpaque(child as Element)) {
      const own = textLength(child);
      length += own;
      links += (child as Element).localName === 'a' ? own : linkLength(child as Element);
    }
  }
  return { length, links };
}

function baseScore(element: Element): number {
  let score = 0;
  const name = element.localName;
  if (name === 'div' || name === 'article') score += 5;
  else if (name === 'pre' || name === 'td' || name === 'blockquote') score += 3;
  else if (name === 'ol' || name === 'ul' || name === 'dl' || name === 'form') score -= 3;
  else if (/^h[1-6]$/.test(name)) score -= 5;
  const names = labels(element);
  if (POSITIVE.test(names)) score += 25;
  if (NEGATIVE.test(names)) score -= 25;
  return score;
}

const byDocumentOrder = (a: Node, b: Node) => (a.compareDocumentPosition(b) & 4 ? -1 : 1);

/** How many nodes are handled between two pauses. */
const STEP = 48;

/** Is the element, or a container it sits in, page chrome? Remembered per element: siblings share ancestors. */
export function chromeCheck(root: Element): (element: Element | null) => boolean {
  const chrome = new Map<Element, boolean>();
  const inChrome = (element: Element | null): boolean => {
    if (!element || element === root) return false;
    const known = chrome.get(element);
    if (known !== undefined) return known;
    const verdict = isOpaque(element) || isClutter(element) || inChrome(element.parentElement);
    chrome.set(element, verdict);
    return verdict;
  };
  return inChrome;
}

/** A listing's item: a paragraph right after a heading that links elsewhere, outside page chrome. */
function teasers(root: Element, inChrome: (el: Element) => boolean): number {
  let count = 0;
  for (const p of root.querySelectorAll('p')) {
    const heading = p.previousElementSibling;
    if (heading && /^h[1-6]$/.test(heading.localName) && heading.querySelector('a') && !inChrome(p)) count++;
  }
  return count;
}
/** Listings often declare og:type=article; two teasers already make a list of stories. */
const SEVERAL_TEASERS = 2;

/** The page's one <article> element, holding the body and a headline of its own. */
function soleHeadedArticle(doc: Document, body: Element): boolean {
  const articles = doc.getElementsByTagName('article');
  const only = articles.length === 1 ? articles[0]! : null;
  return only !== null && (only.contains(body) || body.contains(only)) && only.querySelector('h1, h2') !== null;
}

export function* findBody(doc: Document, options: { declaredArticle?: boolean } = {}): Steps<ArticleBody | null> {
  const root = doc.body;
  if (!root) return null;
  const inChrome = chromeCheck(root);

  const scores = new Map<Element, number>();
  /** Paragraph score an element got from its own children, without class-name bonuses. */
  const content = new Map<Element, number>();
  /** Paragraph text and link text under each scored ancestor: its link density without re-reading its subtree. */
  const text = new Map<Element, { length: number; links: number }>();
  const paragraphs = new Map<Element, number>(); // paragraph -> text length
  let seen = 0;
  for (const element of root.querySelectorAll('p, pre, td, blockquote, div, section, article')) {
    if (++seen % STEP === 0) yield;
    const isParagraph = element.localName === 'p' || element.localName === 'pre';
    const { length, links } = isParagraph ? { length: textLength(element), links: linkLength(element) } : ownText(element);
    if (length < MIN_PARAGRAPH || inChrome(element)) continue;
    if (isParagraph && links / length > 0.5) continue;
    paragraphs.set(element, length);
    const commas = (element.textContent ?? '').split(/[,،、，]/).length - 1;
    const score = 1 + commas + Math.min(Math.floor(length / 100), 3);
    content.set(element.parentElement!, (content.get(element.parentElement!) ?? 0) + score);
    let ancestor: Element | null = isParagraph ? element.parentElement : element;
    for (let level = 0; ancestor && ancestor !== doc.documentElement && level < 5; level++, ancestor = ancestor.parentElement) {
      if (!scores.has(ancestor)) scores.set(ancestor, baseScore(ancestor));
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(ancestor, scores.get(ancestor)! + score / divider);
      const sum = text.get(ancestor) ?? { length: 0, links: 0 };
      text.set(ancestor, { length: sum.length + length, links: sum.links + links });
    }
  }
  const density = (element: Element) => {
    const sum = text.get(element);
    return sum && sum.length > 0 ? sum.links / sum.length : 0;
  };

  let best: Element | null = null;
  let bestScore = 0;
  for (const [candidate, score] of scores) {
    const final = score * (1 - density(candidate));
    if (final > bestScore) [best, bestScore] = [candidate, final];
  }
  if (!best) return null;
  yield;

  // An article: enough paragraph text in the container; a listing: many linked headlines.
  let total = 0;
  let count = 0;
  for (const [p, length] of paragraphs) {
    if (best.contains(p)) {
      total += length;
      count++;
    }
  }
  const linkedHeadings = best.querySelectorAll('h2 a, h3 a, h4 a, h5 a').length;
  const headline = findHeadline(doc, best, inChrome);
  // A short article (an item under a video, a provincial brief, a portal notice) still has
  // its headline: a headline over 300 characters of body text is an article, declared or not.
  const ownHeading = headline ?? best.querySelector('h1');
  const headed = ownHeading !== null && textLength(ownHeading) >= MIN_HEADLINE;
  // A page that says it is one article (in <head>, or by its one headed <article>) is read
  // whatever its length, down to one paragraph, unless it holds a list of teasers.
  const oneArticle = () => (options.declaredArticle || soleHeadedArticle(doc, best)) && teasers(root, inChrome) < SEVERAL_TEASERS;
  const enough =
    (options.declaredArticle && total >= 250 && count >= 2) ||
    (headed && total >= MIN_ARTICLE) ||
    (total >= 1000 && count >= 5) ||
    (count >= 1 && oneArticle());
  if (!enough || (linkedHeadings >= 4 && linkedHeadings * 2 >= count) || density(best) > 0.5) return null;

  // Sibling containers that carry part of the body (split by an ad or a figure).
  const roots = new Set<Element>([best]);
  const parent = best.parentElement;
  if (parent) {
    for (const sibling of parent.children) {
      if (sibling === best || inChrome(sibling)) continue;
      const own = content.get(sibling) ?? 0;
      const length = paragraphs.get(sibling) ?? 0;
      if (own >= Math.max(10, (content.get(best) ?? 0) * 0.2) || (sibling.localName === 'p' && length > 80)) roots.add(sibling);
    }
  }
  yield;
  if (headline) roots.add(headline);
  yield;
  const lead = yield* findLead(doc, best, headline, inChrome);
  if (lead) roots.add(lead);

  const ordered = [...roots].filter((el) => ![...roots].some((other) => other !== el && other.contains(el))).sort(byDocumentOrder);
  return { roots: ordered, body: best, headline, exclude: (element) => isClutter(element) || isLinkList(element) };
}

function isLinkList(element: Element): boolean {
  const name = element.localName;
  return (name === 'ul' || name === 'ol' || name === 'dl' || name === 'table') && linkDensity(element) > 0.5;
}

/** A heading that is a link leads to an article elsewhere: a listing's item, not this page's headline. */
const isLinked = (el: Element) => el.closest('a') !== null || (el.querySelector('a') !== null && linkDensity(el) > 0.5);

const before = (a: Node, b: Node) => !!(a.compareDocumentPosition(b) & 4) && !a.contains(b);

const TITLE_CLASS = /title|tieu-?de|headline/i;

/**
 * The article's headline: the last h1 (or marked title) before the body, outside page
 * chrome and not a link; on layouts without one (portal CMSs, TV pages, blogs), the last
 * title-classed heading; failing both, a linked h1.
 */
export function findHeadline(doc: Document, body: Element, inChrome: (el: Element) => boolean): Element | null {
  const inside = body.querySelector('h1');
  if (inside) return null; // already part of the body
  const usable = (el: Element) => el.localName !== 'meta' && before(el, body) && !inChrome(el);
  let found: Element | null = null;
  // A linked h1 is often the site's name (a blog's header): it counts only where no other headline does.
  let linked: Element | null = null;
  for (const el of doc.querySelectorAll('h1, [data-role="title"]')) {
    if (usable(el) && textLength(el) >= 10) {
      if (isLinked(el)) linked = el;
      else found = el;
    }
  }
  if (found) return found;
  // A title-classed heading that is a link is a listing's item, not this page's headline.
  for (const el of doc.querySelectorAll('h2[class], h3[class], div[class], span[class], p[class]')) {
    if (!TITLE_CLASS.test(labels(el)) || !usable(el) || isLinked(el)) continue;
    const length = textLength(el);
    if (length >= MIN_HEADLINE && length <= 300 && !el.querySelector('p, div, h2, h3')) found = el;
  }
  return found ?? linked;
}

/** The lead (sapo) between the headline and the body. */
function* findLead(doc: Document, body: Element, headline: Element | null, inChrome: (el: Element) => boolean): Steps<Element | null> {
  // Only near the body: a lead is its neighbour, not a teaser elsewhere on the page.
  const near = body.parentElement?.parentElement?.parentElement ?? doc.body;
  let found: Element | null = null;
  let seen = 0;
  for (const el of near.querySelectorAll('p, h2, div, [data-role="sapo"]')) {
    if (++seen % STEP === 0) yield;
    if (!before(el, body) || (headline && !before(headline, el)) || inChrome(el)) continue;
    const length = textLength(el);
    if (length < 30 || length > 1500) continue;
    if (LEAD.test(labels(el)) || el.getAttribute('data-role') === 'sapo') found = el;
  }
  return found;
}
