/**
 * The matcher in steps (Matcher.analyzeSteps, lib/matcher/analyze.ts's analyzeSteps): a page
 * runs each pass in a task of its own; what it finds must be what one call finds, and the
 * lexicon's matcher is built only when the first text arrives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeSteps } from '@/lib/matcher/analyze';
import { createMatcher } from '@/lib/matcher/matcher';
import { seedLexicon } from '@/lib/lexicon/seed-lexicon';

const SEEDS = resolve(import.meta.dirname, '..', '..', '..', 'seeds');
const texts = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(SEEDS, f), 'utf8'));

function run<T>(steps: Generator<void, T, void>): { value: T; pauses: number } {
  for (let pauses = 0; ; pauses++) {
    const next = steps.next();
    if (next.done) return { value: next.value, pauses };
  }
}

describe('the matcher in steps', () => {
  it('finds in steps exactly what one call finds, on every seed article, in both tone placements', () => {
    const matcher = createMatcher(seedLexicon);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts.flatMap((t) => [t, t.replace(/oà/g, 'òa').replace(/uỷ/g, 'ủy')])) {
      const { value, pauses } = run(matcher.analyzeSteps(text));
      expect(pauses).toBeGreaterThan(1);
      expect(value).toEqual(matcher.analyze(text));
    }
  });

  it('builds the lexicon matcher in a step of its own, once, with the same findings', () => {
    const text = texts[0]!;
    const eager = createMatcher(seedLexicon).analyze(text);
    expect(run(analyzeSteps(text)).value).toEqual(eager);
    expect(analyze(text)).toEqual(eager);
    // Built already: the next text pauses only between passes.
    expect(run(analyzeSteps(text)).pauses).toBe(run(createMatcher(seedLexicon).analyzeSteps(text)).pauses);
  });

  it('an empty text answers in steps as at once', () => {
    expect(run(analyzeSteps('')).value).toEqual(analyze(''));
  });
});
