/**
 * The seeds' gold labels and the development corpus live in ../shared/corpus
 * (third-party text, read in place). Without it these checks skip and say why.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/matcher/analyze';
import { foldKey } from '@/lib/text/keys';
import { sameTitle } from '@/lib/matcher/title-compare';
import { corpusMissing, loadGold } from '../../../scripts/lib/corpus';

const missing = corpusMissing();
const docs = missing ? [] : loadGold();
const label = missing ? `skipped: ${missing}` : 'read from ../shared/corpus';

describe.skipIf(missing)(`seeds gold (${label})`, () => {
  it.each(docs.filter((d) => d.set === 'seeds').map((d) => [d.id, d] as const))('%s: every gold official and directive, nothing else', (_id, doc) => {
    const a = analyze(doc.text);
    expect(a.officials.map((o) => foldKey(o.name)).sort()).toEqual(doc.officials.map((o) => foldKey(o.name)).sort());
    expect(a.directives.map((d) => d.id.toUpperCase()).sort()).toEqual(doc.directives.map((d) => d.id.toUpperCase()).sort());
    expect(a.foreignInfo.isForeignInfo).toBe(doc.foreignInfo);
  });
});

describe.skipIf(missing)(`development corpus targets (${label})`, () => {
  const dev = docs.filter((d) => d.set === 'dev');
  const f1 = (found: string[][], gold: string[][]) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    found.forEach((f, i) => {
      const g = new Set(gold[i]);
      for (const k of new Set(f)) (g.has(k) ? tp++ : fp++);
      for (const k of g) if (!f.includes(k)) fn++;
    });
    return (2 * tp) / (2 * tp + fp + fn);
  };
  const analyses = dev.map((d) => analyze(d.text));

  it('officials F1 >= 0.97', () => {
    expect(f1(analyses.map((a) => a.officials.map((o) => foldKey(o.name))), dev.map((d) => d.officials.map((o) => foldKey(o.name))))).toBeGreaterThanOrEqual(0.97);
  });
  it('directives F1 >= 0.99', () => {
    expect(f1(analyses.map((a) => a.directives.map((x) => x.id.toUpperCase())), dev.map((d) => d.directives.map((x) => x.id.toUpperCase())))).toBeGreaterThanOrEqual(0.99);
  });
  it('topic accuracy >= 0.98', () => {
    const right = analyses.filter((a, i) => a.foreignInfo.isForeignInfo === dev[i]!.foreignInfo).length;
    expect(right / dev.length).toBeGreaterThanOrEqual(0.98);
  });

  // As npm run eval counts them: every gold official's titles, against the titles output for that person.
  const titlePairs = dev.flatMap((d, i) => {
    const out = new Map(analyses[i]!.officials.map((o) => [foldKey(o.name), o.titles]));
    return d.officials.map((g) => ({ gold: g.titles, found: out.get(foldKey(g.name)) ?? [] }));
  });
  it('title recall >= 0.95', () => {
    const gold = titlePairs.flatMap((p) => p.gold.map((t) => p.found.some((f) => sameTitle(f, t))));
    expect(gold.filter(Boolean).length / gold.length).toBeGreaterThanOrEqual(0.95);
  });
  it('title precision >= 0.95', () => {
    const found = titlePairs.flatMap((p) => p.found.map((f) => p.gold.some((t) => sameTitle(f, t))));
    expect(found.filter(Boolean).length / found.length).toBeGreaterThanOrEqual(0.95);
  });
});
