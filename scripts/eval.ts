/**
 * `npm run eval`: precision, recall and F1 of the matcher on the seeds' gold
 * labels and the development corpus: officials by name (tone placement and case
 * folded), directives by id (case folded), titles of the gold officials (case,
 * tone placement, punctuation and abbreviations folded; equal or one containing
 * the other), and topic accuracy, per set and per development category
 * (positive, hard negative, negative); then every miss and false alarm, and the topic score of
 * each document against the threshold.
 *
 * `--from 065` / `--to 104` score only the development files in that range
 * (seeds left out): the first look at new documents, before anything is tuned
 * on them.
 */
import { analyze } from '../lib/matcher/analyze';
import { DEFAULT_THRESHOLD } from '../lib/matcher/threshold';
import { foldKey } from '../lib/text/keys';
import { sameTitle } from '../lib/matcher/title-compare';
import type { Analysis } from '../lib/matcher/types';
import { corpusMissing, loadGold, type GoldDocument } from './lib/corpus';

const missing = corpusMissing();
if (missing) {
  console.error(`Cannot evaluate: ${missing}.`);
  process.exit(2);
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
const prf = ({ tp, fp, fn }: Tally) => {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
const fmt = (x: number) => x.toFixed(3);

function compare(found: string[], gold: string[], t: Tally, doc: GoldDocument, what: string, notes: string[]): void {
  const f = new Set(found);
  const g = new Set(gold);
  for (const k of f) {
    if (g.has(k)) t.tp++;
    else {
      t.fp++;
      notes.push(`  false alarm  ${doc.id} ${what}: ${k}`);
    }
  }
  for (const k of g) {
    if (!f.has(k)) {
      t.fn++;
      notes.push(`  miss         ${doc.id} ${what}: ${k}`);
    }
  }
}

/** The development file number range asked for on the command line, if any. */
function range(argv: string[]): { from: number; to: number } | null {
  const at = (flag: string) => {
    const i = argv.indexOf(flag);
    if (i < 0) return null;
    const n = Number(argv[i + 1]);
    if (!Number.isInteger(n)) {
      console.error(`${flag} takes a development file number, e.g. ${flag} 065.`);
      process.exit(2);
    }
    return n;
  };
  const from = at('--from');
  const to = at('--to');
  return from === null && to === null ? null : { from: from ?? 0, to: to ?? Infinity };
}
const only = range(process.argv.slice(2));
const docs = loadGold().filter((d) => {
  if (!only) return true;
  const n = Number(/^dev-(\d+)$/.exec(d.id)?.[1] ?? NaN);
  return d.set === 'dev' && n >= only.from && n <= only.to;
});
type Scores = { o: Tally; d: Tally; t: Tally; right: number; n: number };
const scoresOf = (): Scores => ({ o: tally(), d: tally(), t: tally(), right: 0, n: 0 });
const sets: Record<string, Scores> = { seeds: scoresOf(), dev: scoresOf() };
const categories: Record<string, Scores> = {};

/**
 * Titles of each gold official: a gold title is found when some output title of
 * that person equals it or one contains the other (sameTitle); an output title is
 * right when it matches some gold title of the person. A missed official's titles
 * are all missed; a false alarm's titles are not counted (the officials score has them).
 */
function compareTitles(a: Analysis, doc: GoldDocument, t: Tally, notes: string[]): void {
  const found = new Map(a.officials.map((o) => [foldKey(o.name), o.titles]));
  for (const g of doc.officials) {
    const out = found.get(foldKey(g.name)) ?? [];
    for (const title of g.titles) {
      if (out.some((o) => sameTitle(o, title))) t.tp++;
      else {
        t.fn++;
        notes.push(`  title miss   ${doc.id} ${g.name}: ${title}`);
      }
    }
    for (const o of out) {
      if (!g.titles.some((title) => sameTitle(o, title))) {
        t.fp++;
        notes.push(`  title wrong  ${doc.id} ${g.name}: ${o}`);
      }
    }
  }
}
const notes: string[] = [];
const scores: { doc: GoldDocument; a: Analysis }[] = [];
for (const doc of docs) {
  const a = analyze(doc.text);
  scores.push({ doc, a });
  // A development document is scored once into its set and once into its category; notes only once.
  const into: [Scores, string[]][] = [[sets[doc.set]!, notes]];
  if (doc.set === 'dev') into.push([(categories[doc.category] ??= scoresOf()), []]);
  for (const [s, out] of into) {
    compare(a.officials.map((o) => foldKey(o.name)), doc.officials.map((o) => foldKey(o.name)), s.o, doc, 'official', out);
    compare(a.directives.map((d) => d.id.toUpperCase()), doc.directives.map((d) => d.id.toUpperCase()), s.d, doc, 'directive', out);
    compareTitles(a, doc, s.t, out);
    s.n++;
    if (a.foreignInfo.isForeignInfo === doc.foreignInfo) s.right++;
    else out.push(`  topic wrong  ${doc.id} (${doc.category}): score ${a.foreignInfo.score}, gold ${doc.foreignInfo}`);
  }
}

const scope = only ? `development files ${String(only.from).padStart(3, '0')}-${only.to === Infinity ? 'end' : String(only.to).padStart(3, '0')}: ` : '';
console.log(`Matcher evaluation on ${scope}${docs.length} documents (topic threshold ${DEFAULT_THRESHOLD})\n`);
function table(title: string, rows: Record<string, Scores>): void {
  console.log(`${title.padEnd(13)} what        precision  recall  F1     (tp/fp/fn)`);
  for (const [name, s] of Object.entries(rows)) {
    if (!s.n) continue;
    for (const [what, t] of [
      ['officials', s.o],
      ['directives', s.d],
      ['titles', s.t],
    ] as const) {
      const m = prf(t);
      console.log(`${name.padEnd(13)} ${what.padEnd(11)} ${fmt(m.p).padStart(9)}  ${fmt(m.r).padStart(6)}  ${fmt(m.f1)}  (${t.tp}/${t.fp}/${t.fn})`);
    }
    console.log(`${name.padEnd(13)} topic       accuracy ${fmt(s.right / s.n)} (${s.right}/${s.n})`);
  }
  console.log('');
}
table('set', sets);
table('dev category', categories);
console.log(notes.length ? `\nMisses and false alarms:\n${notes.join('\n')}` : '\nNo misses and no false alarms.');

console.log('\nTopic scores (threshold marked |):');
for (const { doc, a } of scores.sort((x, y) => x.a.foreignInfo.score - y.a.foreignInfo.score)) {
  const bar = '#'.repeat(Math.round(a.foreignInfo.score * 40)).padEnd(40);
  const mark = Math.round(DEFAULT_THRESHOLD * 40);
  const line = bar.slice(0, mark) + '|' + bar.slice(mark);
  const top = a.foreignInfo.evidence.slice(0, 3).map((e) => `${e.label} ${e.weight}`).join(', ');
  console.log(`  ${a.foreignInfo.score.toFixed(3)} ${line} ${doc.id.padEnd(8)} ${doc.category.padEnd(13)} ${top}`);
}
