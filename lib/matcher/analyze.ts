/**
 * The matcher with the lexicon built from seeds/ (npm run lexicon), the part of it
 * the matcher reads: what the content script, the CLI and the evaluation call. The
 * matcher is built at the first call, not when the script loads: a page pays for its
 * tables only when it has an article, and the page's steps build them in a task of their own.
 */
import { seedMatcherLexicon } from '../lexicon/seed-lexicon';
import { createMatcher, drain, type Matcher, type MatcherOptions } from './matcher';
import type { Analysis } from './types';

const matchers = new Map<number | undefined, Matcher>();

/** The analysis in steps (Matcher.analyzeSteps), the matcher's build the first of them. */
export function* analyzeSteps(text: string, options: MatcherOptions = {}): Generator<void, Analysis, void> {
  let matcher = matchers.get(options.threshold);
  if (!matcher) {
    matcher = createMatcher(seedMatcherLexicon, options);
    matchers.set(options.threshold, matcher);
    yield;
  }
  return yield* matcher.analyzeSteps(text);
}

export function analyze(text: string, options: MatcherOptions = {}): Analysis {
  return drain(analyzeSteps(text, options));
}
