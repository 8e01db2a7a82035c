/**
 * The learnt lexicon of 10 000 clippings (lib/learn), bundled as the
 * extension ships it, in Node: building it as the background does (stored
 * lines decoded without their text, the clippings' findings gathered by the
 * seed builder's rule, the phrase pass compiled), the heap it keeps, and
 * matching one page against it (ordinary news and the dense seeds), next to
 * the targets (≤ 2 ms a page, ≤ 300 KB). Two collections: the synthetic year
 * of news the other benchmarks use (officials and directives drawn from
 * pools), and a wide one where nearly every clipping names people no other
 * names. Figures, not assertions. The content script pays nothing: the
 * learnt matcher runs in the background, never in the page.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Entry from './lib/learn-entry';
import type { ClippingRecord } from '../lib/clipping/types';
import { corpusMissing, loadGold } from '../scripts/lib/corpus';
import { SEEDS_DIR, seedFiles } from '../scripts/support/news-page';
import { syntheticCollection } from './collection-data';
import { importBundled } from './lib/bundle';

const { learnFromCollection, createLearntMatcher, decodeWithoutText, encodeLine } = await importBundled<typeof Entry>('bench/lib/learn-entry.ts');

const COUNT = 10_000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;
const time = (f: () => unknown) => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};

/** 10 000 clippings, each naming three people from a pool of 8 000 and two directives from 2 000: most names are met once or twice. */
function wideCollection(base: ClippingRecord[]): ClippingRecord[] {
  const surnames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
  const middles = ['Văn', 'Thị', 'Trọng', 'Hải', 'Xuân', 'Minh', 'Đức', 'Thanh', 'Quốc', 'Hồng', 'Ngọc', 'Kim', 'Bá', 'Công', 'Hữu', 'Thu', 'Mạnh', 'Quang', 'Tuấn', 'Việt'];
  const givens = ['Nghĩa', 'Bình', 'Môn', 'Hùng', 'Thủy', 'Dũng', 'Hoà', 'Sơn', 'Lan', 'Phúc', 'Tâm', 'Quang', 'An', 'Bảo', 'Chi', 'Duy', 'Giang', 'Hà', 'Khánh', 'Linh', 'Long', 'Mai', 'Nam', 'Ngân', 'Phong', 'Quân', 'Sang', 'Thảo', 'Trang', 'Trung', 'Tú', 'Uyên', 'Vân', 'Vinh', 'Xuân', 'Yến', 'Đạt', 'Hiếu', 'Lộc', 'Thành'];
  const names = surnames.flatMap((s) => middles.flatMap((m) => givens.map((g) => `${s} ${m} ${g}`)));
  // mulberry32: every value of the pool is reachable (an LCG's low bits repeat with a short period).
  let seed = 11;
  const rand = (n: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * n);
  };
  return base.map((r) => ({
    ...r,
    analysis: {
      ...r.analysis,
      officials: Array.from({ length: 3 }, () => ({ name: names[rand(names.length)]!, titles: ['Phó Giám đốc Sở Ngoại vụ tỉnh'], mentions: [] })),
      directives: Array.from({ length: 2 }, () => {
        const n = rand(2000) + 1;
        return { id: `${n}-KL/TU`, kind: 'Kết luận', issuer: 'Tỉnh ủy', date: null, subject: `thực hiện nhiệm vụ số ${n}`, mentions: [] };
      }),
    },
  }));
}

const seedTexts = seedFiles().map((f) => readFileSync(join(SEEDS_DIR, f), 'utf8'));
const missing = corpusMissing();
const newsTexts = missing ? [] : loadGold().filter((d) => d.set === 'dev').map((d) => d.text);
/** A page of about 10 000 characters: the same text repeated to that length. */
const page = (text: string) => text.repeat(Math.ceil(10_000 / text.length)).slice(0, 10_000);

function measure(label: string, records: ClippingRecord[]) {
  const lines = records.map(encodeLine);
  // Retained heap, measured in a process of its own holding only the lexicon (bench/lib/learn-memory.ts).
  const lexicon = learnFromCollection(lines.map(decodeWithoutText));
  const file = join(mkdtempSync(join(tmpdir(), 'ttdn-bench-learn-')), 'lexicon.json');
  writeFileSync(file, JSON.stringify(lexicon));
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'lib', 'learn-memory.ts'), file], { encoding: 'utf8' });
  const kept = Number(child.stdout.trim());
  if (!Number.isFinite(kept)) throw new Error(`memory measurement failed: ${child.stderr}`);
  const matcher = createLearntMatcher(lexicon);

  const decodeRuns: number[] = [];
  const gatherRuns: number[] = [];
  const compileRuns: number[] = [];
  for (let i = 0; i < 5; i++) {
    let decoded: ReturnType<typeof decodeWithoutText>[] = [];
    decodeRuns.push(time(() => (decoded = lines.map(decodeWithoutText))));
    let lexicon: ReturnType<typeof learnFromCollection> | null = null;
    gatherRuns.push(time(() => (lexicon = learnFromCollection(decoded))));
    compileRuns.push(time(() => createLearntMatcher(lexicon!)));
  }
  const total = decodeRuns.map((d, i) => d + gatherRuns[i]! + compileRuns[i]!);

  const perPage = (texts: string[]) => {
    const pages = texts.map(page);
    for (const p of pages) matcher.find(p); // warm up
    const runs: number[] = [];
    for (let turn = 0; turn < 5; turn++) for (const p of pages) runs.push(time(() => matcher.find(p)));
    return runs;
  };
  const seedsRuns = perPage(seedTexts);
  const newsRuns = newsTexts.length ? perPage(newsTexts) : [];
  // Linear: twice the text, twice the time (a 100 000-character page against one of 200 000).
  const long = page(seedTexts.join('\n')).repeat(10);
  const t1 = median(Array.from({ length: 7 }, () => time(() => matcher.find(long))));
  const t2 = median(Array.from({ length: 7 }, () => time(() => matcher.find(long + long))));

  const ms = (x: number) => `${x.toFixed(2)} ms`;
  const verdict = (value: number, target: number) => (value <= target ? 'met' : 'MISSED');
  console.log(`\n${label}: ${COUNT} clippings → ${matcher.officials} officials (full names of two words or more), ${matcher.directives} directives`);
  console.log(`  build, as the background does it: median ${ms(median(total))} [decode lines without text ${ms(median(decodeRuns))}, gather ${ms(median(gatherRuns))}, compile ${ms(median(compileRuns))}]`);
  console.log(`  kept by the learnt matcher: tables ${(matcher.bytes / 1024).toFixed(0)} KB; heap ${(kept / 1024).toFixed(0)} KB (V8 heap snapshots, ten kept, each) (target ≤ 300 KB: ${verdict(Math.max(kept, matcher.bytes) / 1024, 300)})`);
  console.log(`  one 10 000-character page, the seeds (dense): median ${ms(median(seedsRuns))}, 95th percentile ${ms(p95(seedsRuns))} (target ≤ 2 ms: ${verdict(median(seedsRuns), 2)})`);
  if (newsRuns.length) console.log(`  one 10 000-character page, ordinary news (${newsTexts.length} texts): median ${ms(median(newsRuns))}, 95th percentile ${ms(p95(newsRuns))} (target ≤ 2 ms: ${verdict(median(newsRuns), 2)})`);
  else console.log(`  ordinary news: skipped (${missing})`);
  console.log(`  linear: 100 000 characters ${ms(t1)}, 200 000 characters ${ms(t2)} (${(t2 / t1).toFixed(2)}x for twice the text)`);
}

const year = syntheticCollection(COUNT);
measure('a year of news (collection-data.ts, as the other benchmarks)', year);
measure('a wide collection (pools of 8 000 people and 2 000 directives)', wideCollection(year));
console.log('\nThe content script: 0 ms and 0 KB (the learnt matcher runs in the background; a page gets nothing of it).');
