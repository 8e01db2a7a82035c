/**
 * Pages whose main text is a document or a list rather than paragraphs: a legal-document
 * site showing a Chỉ thị or a Kế hoạch line by line, an official's profile with one title
 * a line, a list of decisions. The paragraph scorer (body.ts) refuses them, though they
 * are exactly where directive numbers live. Here: under one sentence-long headline, one
 * container holding many short lines of words (list items, table rows, short paragraphs
 * or leaf blocks, or text broken by <br>), few of them links and none a teaser's heading
 * or a form field. Listings (lines of links), tables of figures (lines without words) and
 * forms stay refused. Reads the live page, never changes it.
 */
import { chromeCheck, findHeadline, isClutter, type ArticleBody } from './body';
import type { Steps } from './schedule';

/** A line of words, not a figure or a label: "1998 - 2003: Phó Bí thư Tỉnh ủy" has plenty. */
const LINE_LETTERS = 10;
/** A document or a list has many lines; a box of facts beside an article, a few. */
const MIN_LINES = 8;
/** A headline is a sentence, not a section name. */
const MIN_HEADLINE = 20;
const STEP = 48;

const LETTER = /\p{L}/gu;
const letters = (text: string) => text.match(LETTER)?.length ?? 0;

/** Elements that hold a line of their own (and may hold block children only when rows). */
const LINE_TAGS = 'li, p, dd, dt, tr, div, blockquote';
/** Inside a line, any of these makes it a container or a teaser, not a line. */
const NOT_A_LINE = 'p, div, li, ul, ol, table, section, article, h1, h2, h3, h4, h5, h6, input, select, textarea, button';
const NOT_A_ROW = 'table, h1, h2, h3, h4, h5, h6, input, select, textarea, button';

/** The lines an element holds itself: one, or as many as its <br>-separated stretches of words. */
function ownLines(element: Element): number {
  if (!element.querySelector('br')) return letters(element.textContent ?? '') >= LINE_LETTERS ? 1 : 0;
  let lines = 0;
  let run = 0;
  const close = () => {
    if (run >= LINE_LETTERS) lines++;
    run = 0;
  };
  const walker = element.ownerDocument.createTreeWalker(element, 5 /* elements and text */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) run += letters((node as Text).data);
    else if ((node as Element).localName === 'br') close();
  }
  close();
  return lines;
}

function linkShare(element: Element): number {
  const total = (element.textContent ?? '').length;
  if (total === 0) return 0;
  let linked = 0;
  for (const a of element.querySelectorAll('a')) linked += (a.textContent ?? '').length;
  return linked / total;
}

/** The document or list under the page's headline, or null. */
export function* findLines(doc: Document): Steps<ArticleBody | null> {
  const root = doc.body;
  if (!root) return null;
  const inChrome = chromeCheck(root);
  const groups = new Map<Element, number>();
  let seen = 0;
  for (const element of root.querySelectorAll(LINE_TAGS)) {
    if (++seen % STEP === 0) yield;
    const row = element.localName === 'tr';
    if (element.querySelector(row ? NOT_A_ROW : NOT_A_LINE) || inChrome(element) || linkShare(element) > 0.3) continue;
    const lines = ownLines(element);
    if (lines === 0) continue;
    // Lines broken by <br> are their own group; others group under the block that holds
    // them, a list or a table counting as its container's lines (a document mixes them).
    const holder = row ? element.closest('table') : /^(li|dd|dt)$/.test(element.localName) ? element.parentElement : element;
    const group = lines > 1 ? element : holder?.parentElement;
    if (group) groups.set(group, (groups.get(group) ?? 0) + lines);
  }
  let best: Element | null = null;
  let most = 0;
  for (const [group, lines] of groups) {
    if (lines > most) [best, most] = [group, lines];
  }
  if (!best || most < MIN_LINES) return null;
  yield;
  const headline = findHeadline(doc, best, inChrome) ?? best.querySelector('h1');
  const text = (headline?.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!headline || text.length < MIN_HEADLINE || headline.closest('a') || headline.querySelector('a')) return null;
  const roots = headline.contains(best) || best.contains(headline) ? [best] : [headline, best];
  return { roots, body: best, headline, exclude: isClutter };
}
