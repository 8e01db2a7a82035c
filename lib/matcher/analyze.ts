/**
 * The matcher with the lexicon built from seeds/ (npm run lexicon), the part of it
 * the matcher reads: what the content script, the CLI and the evaluation call. The
 * matcher is built at the first call, not when the script loads: a page pays for its
 * tables only when it has an article, and the page's steps build them (first the
 * folded tables of lib/matcher/lazy.ts, then the lexicon's), each in a task of its own.
 */
import { seedMatcherLexicon } from '../lexicon/seed-lexicon';
import { buildTables } from './lazy';
import { createMatcher, drain, type Matcher, type MatcherOptions } from './matcher';
import type { Analysis } from './types';

const matchers = new Map<number | undefined, Matcher>();

/** The analysis in steps (Matcher.analyzeSteps), the tables' build the first of them. */
export function* analyzeSteps(text: string, options: MatcherOptions = {}): Generator<void, Analysis, void> {
  let matcher = matchers.get(options.threshold);
  if (!matcher) {
    buildTables();
    yield;
    matcher = createMatcher(seedMatcherLexicon, options);
    matchers.set(options.threshold, matcher);
    yield;
  }
  return yield* matcher.analyzeSteps(text);
}

export function analyze(text: string, options: MatcherOptions = {}): Analysis {
  return drain(analyzeSteps(text, options));
}
