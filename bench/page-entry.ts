/**
 * What bench/page.bench.ts runs inside the benchmark page (bundled to one
 * script): our pipeline as the content script runs it, and the lean reference.
 */
import { findArticle } from '../lib/dom/article';
import { annotate } from '../lib/dom/annotate';
import { createPainter } from '../lib/dom/paint';
import { runSliced } from '../lib/dom/schedule';
import { buildTables } from '../lib/matcher/lazy';
import { createMatcher } from '../lib/matcher/matcher';
import type { Lexicon } from '../lib/matcher/types';
import { DEFAULT_SETTINGS } from '../lib/settings/settings';

export interface Run {
  /** Main-thread time spent in our code, start to highlights registered. */
  busyMs: number;
  /** Wall-clock time from start to highlights registered. */
  doneMs: number;
  /** From start to the first frame after the highlights were registered. */
  paintMs: number;
  /** Longest stretch of our own work without a break. */
  longestMs: number;
  painted: number;
  /** Of busyMs, the time inside the matcher itself, and the time finding the article. */
  matcherMs?: number;
  findMs?: number;
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));

let matcher: ReturnType<typeof createMatcher> | null = null;

/** Builds the matcher's tables and compiles it for this lexicon (the content script does this once per page, in steps of their own); returns the time it took. */
export function prepare(lexicon: Lexicon): number {
  const start = performance.now();
  buildTables();
  matcher = createMatcher(lexicon);
  return performance.now() - start;
}

export async function ours(): Promise<Run> {
  const m = matcher!;
  let busy = 0;
  let longest = 0;
  let matching = 0;
  const onSlice = (ms: number) => {
    busy += ms;
    longest = Math.max(longest, ms);
  };
  const start = performance.now();
  const article = await runSliced(findArticle(document), { onSlice });
  if (!article) throw new Error('the benchmark page should be an article');
  const findMs = busy;
  const annotation = await runSliced(
    annotate(article.roots, {
      exclude: article.exclude,
      painter: createPainter(document, DEFAULT_SETTINGS.colors),
      analyze: (text) => {
        const before = performance.now();
        const analysis = m.analyze(text);
        matching += performance.now() - before;
        return analysis;
      },
      style: DEFAULT_SETTINGS,
    }),
    { onSlice },
  );
  const done = performance.now();
  const painted = await nextFrame();
  return {
    busyMs: busy,
    doneMs: done - start,
    paintMs: painted - start,
    longestMs: longest,
    painted: annotation.findings.reduce((n, f) => n + f.ranges.length, 0),
    matcherMs: matching,
    findMs,
  };
}

/**
 * The lean reference: one combined regex over each paragraph's text (its text
 * nodes joined), each match turned into a Range, all put into CSS.highlights.
 */
export async function lean(terms: string[]): Promise<Run> {
  const start = performance.now();
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...terms].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const ranges: Range[] = [];
  for (const block of document.querySelectorAll('article p, article h1')) {
    const nodes: Text[] = [];
    const starts: number[] = [];
    let text = '';
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      nodes.push(node);
      starts.push(text.length);
      text += node.data;
    }
    const locate = (offset: number, end: boolean) => {
      let i = nodes.length - 1;
      while (i > 0 && (end ? starts[i]! >= offset : starts[i]! > offset)) i--;
      return [nodes[i]!, offset - starts[i]!] as const;
    };
    for (const match of text.matchAll(re)) {
      const range = document.createRange();
      range.setStart(...locate(match.index, false));
      range.setEnd(...locate(match.index + match[0].length, true));
      ranges.push(range);
    }
  }
  CSS.highlights.set('lean', new Highlight(...ranges));
  const done = performance.now();
  const painted = await nextFrame();
  return { busyMs: done - start, doneMs: done - start, paintMs: painted - start, longestMs: done - start, painted: ranges.length };
}
