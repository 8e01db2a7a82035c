/**
 * In-page annotation in real Chromium, on one large article page (about 10 000
 * words, inline elements inside paragraphs, a few hundred mentions) with the
 * seed lexicon plus 300 more names (a grown user lexicon). For our pipeline
 * (article finding, text index, matcher in pieces, Ranges into CSS.highlights,
 * run in idle slices as the content script does), for mark.js 8.11.1
 * (separateWordSearch: false, acrossElements: true) and for a lean reference
 * (one combined regex per paragraph, Ranges into CSS.highlights): main-thread
 * time to highlights registered, time to the first frame after, and the longest
 * task. Each run gets a freshly loaded page; variants are measured in turns.
 * Also the content script's bundle size. Figures, not assertions.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { seedLexicon } from '../lib/lexicon/seed-lexicon';
import { TOPIC_TERMS } from '../lib/matcher/language/topic-terms';
import { DEPUTY_HEADS, HEADS, RANKS } from '../lib/matcher/language/titles';
import type { Lexicon } from '../lib/matcher/types';
import { CHROMIUM } from '../scripts/support/chromium';
import { startServer } from '../scripts/support/server';
import type { Run } from './page-entry';
import { seedSentences } from './lib/seed-sentences';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = 5;
const WORDS = 10_000;
const EXTRA_NAMES = 300;

/** Plausible officials the seeds never named: a grown user lexicon. */
function grownLexicon(): Lexicon {
  const surnames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Lý'];
  const middles = ['Văn', 'Thị', 'Minh', 'Quốc', 'Thanh', 'Hữu', 'Đức', 'Xuân'];
  const givens = ['An', 'Bảo', 'Cường', 'Dũng', 'Giang', 'Hải', 'Khánh', 'Long', 'Nam', 'Phong', 'Quân', 'Sơn', 'Tâm', 'Vinh'];
  const extra = Array.from({ length: EXTRA_NAMES }, (_, i) => ({
    name: `${surnames[i % 12]} ${middles[Math.floor(i / 12) % 8]} ${givens[Math.floor(i / 96) % 14]}`,
    titles: ['Phó Giám đốc Sở Ngoại vụ'],
    sources: ['user'],
  }));
  return { ...seedLexicon, officials: [...seedLexicon.officials, ...extra] };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Seed paragraphs repeated to the word count, every seventh word in <b> or <a>, plus paragraphs naming the extra officials. */
function articleHtml(lexicon: Lexicon): { html: string; words: number } {
  const seeds = seedSentences();
  const paragraphs: string[] = [];
  let words = 0;
  const extras = lexicon.officials.slice(seedLexicon.officials.length);
  for (let i = 0; words < WORDS; i++) {
    const line = i % 3 === 2 ? `Ông ${extras[i % extras.length]!.name}, Phó Giám đốc Sở Ngoại vụ, cho biết tỉnh đã triển khai Kết luận số 57-KL/TW.` : seeds[i % seeds.length]!;
    const tokens = line.split(' ');
    words += tokens.length;
    paragraphs.push(
      tokens.map((t, k) => (k % 7 === 3 ? (k % 2 ? `<b>${escapeHtml(t)}</b>` : `<a href="#">${escapeHtml(t)}</a>`) : escapeHtml(t))).join(' '),
    );
  }
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  return {
    words,
    html: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bài dài</title><meta property="og:type" content="article">
<style>body{font:17px/1.6 serif;margin:0} main{width:720px;margin:0 40px}</style></head>
<body><header><nav><a href="/">Trang chủ</a></nav></header><main><article><h1>Bài viết dài về công tác thông tin đối ngoại</h1>
<div class="article-body">${body}</div></article></main>
<script src="/mark.js"></script><script src="/bench.js"></script></body></html>`,
  };
}

function termsOf(lexicon: Lexicon): string[] {
  return [
    ...new Set([
      ...lexicon.officials.map((o) => o.name),
      ...lexicon.directives.map((d) => d.id),
      ...[...HEADS, ...DEPUTY_HEADS, ...RANKS, ...lexicon.titleHeads],
      ...TOPIC_TERMS.map((t) => t.term),
    ]),
  ];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const lexicon = grownLexicon();
const terms = termsOf(lexicon);
const { html, words } = articleHtml(lexicon);
const bundle = await build({
  entryPoints: [join(ROOT, 'bench', 'page-entry.ts')],
  bundle: true,
  format: 'iife',
  globalName: 'ttdnBench',
  minify: true,
  target: 'es2022',
  write: false,
  alias: { '@': ROOT },
  define: { 'import.meta.env.BROWSER': '"chrome"', 'import.meta.env.MANIFEST_VERSION': '3' },
  logLevel: 'error',
});
const server = await startServer();
const url = server.page('/article.html', html);
server.route('/bench.js', (_q, res) => res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle.outputFiles[0]!.text));
server.route('/mark.js', (_q, res) =>
  res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(join(ROOT, 'node_modules', 'mark.js', 'dist', 'mark.min.js'))),
);

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
// tsx wraps named functions in __name(); the functions we evaluate in the page come from this file.
await page.addInitScript('window.__name = (f) => f');

type Variant = 'ours' | 'mark.js' | 'lean';
interface Measured extends Run {
  /** Longest task the browser saw during the run (its own rendering included). */
  longTaskMs: number;
  compileMs?: number;
}

async function measure(variant: Variant): Promise<Measured> {
  await page.goto(url);
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask' });
  });
  await page.waitForTimeout(300); // let the page settle after load
  const run = await page.evaluate(
    async ([variant, terms, lexicon]) => {
      const bench = (window as unknown as { ttdnBench: typeof import('./page-entry') }).ttdnBench;
      if (variant === 'lean') return bench.lean(terms);
      if (variant === 'ours') {
        const compileMs = bench.prepare(lexicon);
        return { ...(await bench.ours()), compileMs };
      }
      // mark.js: one call, synchronous; done() tells how many marks it made.
      const Mark = (window as unknown as { Mark: new (el: Element) => { mark(t: string[], o: object): void } }).Mark;
      const start = performance.now();
      let painted = 0;
      new Mark(document.querySelector('article')!).mark(terms, {
        separateWordSearch: false,
        acrossElements: true,
        done: (n: number) => (painted = n),
      });
      const done = performance.now();
      const frame = await new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
      return { busyMs: done - start, doneMs: done - start, paintMs: frame - start, longestMs: done - start, painted };
    },
    [variant, terms, lexicon] as const,
  );
  await page.waitForTimeout(100);
  const longTaskMs = await page.evaluate(() => Math.max(0, ...(window as unknown as { __long: number[] }).__long));
  return { ...run, longTaskMs };
}

const variants: Variant[] = ['ours', 'lean', 'mark.js'];
const runs = new Map<Variant, Measured[]>(variants.map((v) => [v, []]));
await measure('ours'); // warm the browser's caches once
for (let i = 0; i < RUNS; i++) for (const v of variants) runs.get(v)!.push(await measure(v));
await browser.close();
await server.close();

const med = (v: Variant, key: keyof Measured) => median(runs.get(v)!.map((r) => (r[key] as number) ?? 0));
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
console.log(`page: ${words} words, ${html.length} characters of HTML; ${terms.length} terms (${lexicon.officials.length} officials incl. ${EXTRA_NAMES} extra names); median of ${RUNS} runs`);
console.log('variant   main-thread  done (wall)  first frame  longest slice  longest task  highlighted');
for (const v of variants) {
  console.log(
    `${v.padEnd(8)}  ${fmt(med(v, 'busyMs')).padStart(11)}  ${fmt(med(v, 'doneMs')).padStart(11)}  ${fmt(med(v, 'paintMs')).padStart(11)}  ${fmt(med(v, 'longestMs')).padStart(13)}  ${fmt(med(v, 'longTaskMs')).padStart(12)}  ${String(med(v, 'painted')).padStart(11)}`,
  );
}
console.log(
  `of ours' main-thread time: the matcher ${fmt(med('ours', 'matcherMs'))}, finding the article ${fmt(med('ours', 'findMs'))}, ` +
    `the rest (text index, ranges, painting) ${fmt(med('ours', 'busyMs') - med('ours', 'matcherMs') - med('ours', 'findMs'))}`,
);
console.log(`matcher compile for this lexicon (once per page, not in the figures above): ${fmt(med('ours', 'compileMs'))}`);
const ours = med('ours', 'busyMs');
console.log(`\nmark.js / ours: ${(med('mark.js', 'busyMs') / ours).toFixed(1)}x (target: at least 50x)`);
console.log(`ours / lean: ${(ours / med('lean', 'busyMs')).toFixed(1)}x (target: within 5x)`);
console.log(`longest slice of ours: ${fmt(med('ours', 'longestMs'))} (target: no task over 16 ms)`);

console.log('script sizes: npm run bench -- reach (the bootstrap every covered page evaluates, and the annotator)');
