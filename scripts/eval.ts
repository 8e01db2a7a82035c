/**
 * `npm run eval`: precision, recall and F1 of the matcher on the seeds' gold
 * labels and the development corpus: officials by name (tone placement and case
 * folded), directives by id (case folded), titles of the gold officials (case,
 * tone placement, punctuation and abbreviations folded; equal or one containing
 * the other), and topic accuracy; then every miss
 * and false alarm, and the topic score of each document against the threshold.
 */
import { analyze } from '../lib/matcher/analyze';
import { DEFAULT_THRESHOLD } from '../lib/matcher/matcher';
import { foldKey } from '../lib/matcher/normalize';
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

const docs = loadGold();
const sets = {
  seeds: { o: tally(), d: tally(), t: tally(), right: 0, n: 0 },
  dev: { o: tally(), d: tally(), t: tally(), right: 0, n: 0 },
};

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
  const s = sets[doc.set];
  compare(a.officials.map((o) => foldKey(o.name)), doc.officials.map((o) => foldKey(o.name)), s.o, doc, 'official', notes);
  compare(a.directives.map((d) => d.id.toUpperCase()), doc.directives.map((d) => d.id.toUpperCase()), s.d, doc, 'directive', notes);
  compareTitles(a, doc, s.t, notes);
  s.n++;
  if (a.foreignInfo.isForeignInfo === doc.foreignInfo) s.right++;
  else notes.push(`  topic wrong  ${doc.id} (${doc.category}): score ${a.foreignInfo.score}, gold ${doc.foreignInfo}`);
}

console.log(`Matcher evaluation on ${docs.length} documents (topic threshold ${DEFAULT_THRESHOLD})\n`);
console.log('set     what        precision  recall  F1     (tp/fp/fn)');
for (const [name, s] of Object.entries(sets)) {
  for (const [what, t] of [
    ['officials', s.o],
    ['directives', s.d],
    ['titles', s.t],
  ] as const) {
    const m = prf(t);
    console.log(`${name.padEnd(7)} ${what.padEnd(11)} ${fmt(m.p).padStart(9)}  ${fmt(m.r).padStart(6)}  ${fmt(m.f1)}  (${t.tp}/${t.fp}/${t.fn})`);
  }
  console.log(`${name.padEnd(7)} topic       accuracy ${fmt(s.right / s.n)} (${s.right}/${s.n})`);
}
console.log(notes.length ? `\nMisses and false alarms:\n${notes.join('\n')}` : '\nNo misses and no false alarms.');

console.log('\nTopic scores (threshold marked |):');
for (const { doc, a } of scores.sort((x, y) => x.a.foreignInfo.score - y.a.foreignInfo.score)) {
  const bar = '#'.repeat(Math.round(a.foreignInfo.score * 40)).padEnd(40);
  const mark = Math.round(DEFAULT_THRESHOLD * 40);
  const line = bar.slice(0, mark) + '|' + bar.slice(mark);
  const top = a.foreignInfo.evidence.slice(0, 3).map((e) => `${e.label} ${e.weight}`).join(', ');
  console.log(`  ${a.foreignInfo.score.toFixed(3)} ${line} ${doc.id.padEnd(8)} ${doc.category.padEnd(13)} ${top}`);
}
