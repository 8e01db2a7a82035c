/**
 * The matcher with the lexicon built from seeds/ (npm run lexicon), the part of it
 * the matcher reads: what the content script, the CLI and the evaluation call.
 */
import { seedMatcherLexicon } from '../lexicon/seed-lexicon';
import { createMatcher, type Matcher, type MatcherOptions } from './matcher';
import type { Analysis } from './types';

const matchers = new Map<number | undefined, Matcher>();

export function analyze(text: string, options: MatcherOptions = {}): Analysis {
  let matcher = matchers.get(options.threshold);
  if (!matcher) {
    matcher = createMatcher(seedMatcherLexicon, options);
    matchers.set(options.threshold, matcher);
  }
  return matcher.analyze(text);
}
