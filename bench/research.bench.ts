/**
 * The research pages at 10 000 clippings, in Chromium with the built
 * extension: research.html opened on the official named most often and on
 * the directive cited most (the heaviest pages this collection has), from
 * navigation to the article list in the page; following a link from one page
 * to another; the pure profile builders alone; and the exports for other
 * tools. Prints medians next to the target (a page open < 200 ms), and the
 * charts' part (rows read → figures drawn) as a ratio to the floor page of
 * the same run. Figures, not assertions.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { directiveFromRows } from '../lib/research/directive';
import { directiveCharts } from '../lib/research/directive-charts';
import { officialFromRows, officialPageKey } from '../lib/research/official';
import { directiveHref, officialHref } from '../lib/research/route';
import { researchRowOf } from '../lib/clipping/derive';
import { exportParts } from '../lib/clipping/export-format';
import { encodeLine } from '../lib/clipping/record-line';
import type { ClippingRecord } from '../lib/clipping/types';
import { launchWithExtension } from '../scripts/support/chromium';
import { syntheticCollection } from './collection-data';

const COUNT = 10_000;
const ROOT = resolve(import.meta.dirname, '..');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
function report(what: string, runs: number[], target?: number) {
  const m = median(runs);
  const verdict = target === undefined ? '' : m < target ? `  (target < ${fmt(target)}: met)` : `  (target < ${fmt(target)}: MISSED)`;
  console.log(`${what.padEnd(60)} median ${fmt(m).padStart(9)} of ${runs.length} runs [${runs.map(fmt).join(', ')}]${verdict}`);
}

/** Keys by how many articles have them, most first. */
function byFrequency(records: readonly ClippingRecord[], keys: (r: ClippingRecord) => string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const r of records) for (const k of new Set(keys(r))) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** Notes, before the page's own scripts run, when the article list first holds entries and when the articles have been read. */
const WATCH_LIST = `new MutationObserver((_, observer) => {
  if (!window.__chartsAt && document.querySelector('figure.chart')) window.__chartsAt = performance.now();
  if (document.querySelector('[data-empty]')) { window.__emptyAt = performance.now(); observer.disconnect(); }
  if (!window.__listAt && document.querySelector('.timeline li')) window.__listAt = performance.now();
  if (window.__listAt && !document.querySelector('.reading')) { window.__readAt = performance.now(); observer.disconnect(); }
}).observe(document, { childList: true, subtree: true });`;

/**
 * ms from navigation start to the page's article list in the DOM, and to
 * titles, particulars, relations and companions filled in; and, from the
 * page's marks (components/research/load.ts), when it asked for its first
 * screen's rows, how long they took, and how long all its rows took (0 when
 * the first screen was all of them).
 */
async function openPage(page: Page, url: string): Promise<{ list: number; read: number; asked: number; first: number; all: number; charts: number }> {
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __readAt?: number }).__readAt, undefined, { timeout: 60_000 });
  // No named functions inside: the page has no __name helper that tsx would call.
  return page.evaluate(() => {
    const w = window as unknown as { __listAt: number; __readAt: number; __chartsAt?: number };
    const [asked, firstRead, allAsked, allRead] = ['first-asked', 'first-read', 'all-asked', 'all-read'].map((mark) => performance.getEntriesByName(`research:${mark}`)[0]?.startTime ?? 0);
    // The charts come with the whole profile: from its rows read to the figures in the page (shaping and drawing).
    const charts = w.__chartsAt === undefined ? Number.NaN : w.__chartsAt - (allRead || firstRead!);
    return { list: w.__listAt, read: w.__readAt, asked: asked!, first: firstRead! - asked!, all: allRead! - allAsked!, charts };
  });
}

/** ms from following a link (a hash change) to the other page's heading. */
function follow(page: Page, hash: string, heading: string): Promise<number> {
  return page.evaluate(
    ([h, text]) =>
      new Promise<number>((done) => {
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          if (document.querySelector('h1')?.textContent === text && document.querySelector('.timeline li')) {
            // The overview: the list of articles (titles and particulars follow).
            observer.disconnect();
            done(performance.now() - t0);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        location.hash = h!;
      }),
    [hash, heading],
  );
}

async function main() {
  const build = spawnSync(join(ROOT, 'node_modules', '.bin', 'wxt'), ['build'], { cwd: ROOT, stdio: 'ignore' });
  if (build.status !== 0) throw new Error('wxt build failed');

  const records = syntheticCollection(COUNT);
  const officialRanks = byFrequency(records, (r) => r.analysis.officials.map((o) => officialPageKey(o.name)));
  const directiveRanks = byFrequency(records, (r) => r.analysis.directives.map((d) => d.id));
  const [official, officialCount] = officialRanks[0]!;
  const [directive, directiveCount] = directiveRanks[0]!;
  // And the ordinary ones: the median person and document of the collection.
  const [typicalOfficial, typicalOfficialCount] = officialRanks[Math.floor(officialRanks.length / 2)]!;
  const [typicalDirective, typicalDirectiveCount] = directiveRanks[Math.floor(directiveRanks.length / 2)]!;
  const name = records.flatMap((r) => r.analysis.officials).find((o) => officialPageKey(o.name) === official)!.name;
  console.log(`${COUNT} clippings; the official named most: ${name} (${officialCount} articles); the directive cited most: ${directive} (${directiveCount} articles)`);

  // The builders alone, in Node, over the chosen clippings' research rows (what the page reads).
  const naming = records.filter((r) => r.analysis.officials.some((o) => officialPageKey(o.name) === official)).map(researchRowOf);
  const citing = records.filter((r) => r.analysis.directives.some((d) => d.id === directive)).map(researchRowOf);
  const time = (f: () => unknown) => {
    const t0 = performance.now();
    f();
    return performance.now() - t0;
  };
  report(`officialFromRows over its ${naming.length} rows (Node)`, Array.from({ length: 9 }, () => time(() => officialFromRows(naming, official))));
  const profiles = Array.from({ length: 9 }, () => time(() => directiveFromRows(citing, directive)));
  report(`directiveFromRows over its ${citing.length} rows (Node)`, profiles);
  const charts = Array.from({ length: 9 }, () => time(() => directiveCharts(citing, directive)));
  report(`  of which: directiveCharts (months, provinces, sites, chain)`, charts);
  console.log(`  the charts' numbers against the whole profile: ${(median(charts) / median(profiles)).toFixed(2)}×`);

  const work = mkdtempSync(join(tmpdir(), 'ttdn-bench-research-'));
  const file = join(work, 'collection.json');
  writeFileSync(file, Buffer.from(await new Blob(exportParts(records.map(encodeLine))).arrayBuffer()));
  const browser = await launchWithExtension({ userDataDir: join(work, 'profile') });
  try {
    const library = await browser.openExtensionPage('library.html');
    await library.locator('input[type="file"]').setInputFiles(file);
    await library.locator('.import-report').waitFor({ timeout: 600_000 });
    await library.locator('#collection-heading .total').filter({ hasText: `(${COUNT})` }).waitFor({ timeout: 60_000 });

    const page = await browser.context.newPage();
    await page.addInitScript(WATCH_LIST);
    const base = `chrome-extension://${browser.extensionId}`;
    // The floor: the same page for a name no clipping has (the page loads, the database opens, one index lookup finds nothing).
    const empty: number[] = [];
    for (let i = 0; i < 7; i++) {
      await page.goto('about:blank');
      await page.goto(`${base}${officialHref('Không Có Ai')}`);
      await page.waitForFunction(() => (window as unknown as { __emptyAt?: number }).__emptyAt);
      empty.push(await page.evaluate(() => (window as unknown as { __emptyAt: number }).__emptyAt));
    }
    report('the page for a name no clipping has (the floor)', empty);
    type Opened = Awaited<ReturnType<typeof openPage>>;
    const officials: Opened[] = [];
    const directives: Opened[] = [];
    for (let i = 0; i < 7; i++) {
      officials.push(await openPage(page, `${base}${officialHref(official)}`));
      directives.push(await openPage(page, `${base}${directiveHref(directive)}`));
    }
    report(`official's page open → its ${officialCount} articles listed`, officials.map((r) => r.list), 200);
    report('  of which: navigation → its rows asked for (page, database open)', officials.map((r) => r.asked));
    report('  of which: reading its newest 100 rows and the count', officials.map((r) => r.first));
    report(`official's page open → title spans and companions shown`, officials.map((r) => r.read));
    report('  of which: reading all its rows', officials.map((r) => r.all));
    report(`directive's page open → its ${directiveCount} articles listed`, directives.map((r) => r.list), 200);
    report('  of which: navigation → its rows asked for (page, database open)', directives.map((r) => r.asked));
    report('  of which: reading its newest 100 rows and the count', directives.map((r) => r.first));
    report(`directive's page open → particulars, relations, companions shown`, directives.map((r) => r.read));
    report('  of which: reading all its rows', directives.map((r) => r.all));
    report(`official's page: its rows read → title axis drawn (shape + draw)`, officials.map((r) => r.charts), 200);
    report(`directive's page: its rows read → its charts drawn (shape + draw)`, directives.map((r) => r.charts), 200);
    console.log(
      `  the heaviest page's charts against the floor page of this run: ${(median(directives.map((r) => r.charts)) / median(empty)).toFixed(2)}× (directive), ${(median(officials.map((r) => r.charts)) / median(empty)).toFixed(2)}× (official)`,
    );

    const typical: Opened[][] = [[], []];
    for (let i = 0; i < 7; i++) {
      typical[0]!.push(await openPage(page, `${base}${officialHref(typicalOfficial)}`));
      typical[1]!.push(await openPage(page, `${base}${directiveHref(typicalDirective)}`));
    }
    report(`a median official's page (${typicalOfficialCount} articles) → listed`, typical[0]!.map((r) => r.list), 200);
    report('  → title spans and companions shown', typical[0]!.map((r) => r.read), 200);
    report(`a median directive's page (${typicalDirectiveCount} articles) → listed`, typical[1]!.map((r) => r.list), 200);
    report('  → particulars, relations, companions shown', typical[1]!.map((r) => r.read), 200);

    const hops: number[] = [];
    for (let i = 0; i < 5; i++) {
      hops.push(await follow(page, `#official=${encodeURIComponent(official)}`, name));
      hops.push(await follow(page, `#directive=${encodeURIComponent(directive)}`, directive));
    }
    report('following a link between the two pages', hops, 200);

    const menu = library.locator('details.export-menu');
    await menu.locator('summary').click();
    for (const [label, button] of [
      ['CSV of every clipping', 'CSV: các bài (bảng tính)'],
      ['CSL-JSON of every clipping', 'CSL-JSON (Mendeley, JabRef, pandoc)'],
      ['Markdown zip of every clipping', 'Obsidian (zip Markdown: bài, quan chức, văn bản)'],
    ] as const) {
      const runs: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        const [download] = await Promise.all([library.waitForEvent('download'), menu.getByRole('button', { name: button }).click()]);
        await download.path();
        runs.push(performance.now() - t0);
      }
      report(`export: ${label} (click → file written)`, runs);
    }
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
