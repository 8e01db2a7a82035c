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

/**
 * One sentence that takes each pass through its grammar (an official with a title and an
 * honorific, a directive with its date, a topic term), read once before the first article:
 * each pass's first run compiles its code and its regexes, and that compilation is then a
 * step of its own instead of adding to the same pass over a 12 000-character piece.
 */
const WARM_UP = 'Đồng chí Trần Quốc Hưng, Phó Bí thư Tỉnh ủy, yêu cầu ông Hưng quán triệt Kết luận số 57-KL/TW ngày 5/1/2024 của Bộ Chính trị về công tác thông tin đối ngoại.';

/** The analysis in steps (Matcher.analyzeSteps), the tables' build the first of them. */
export function* analyzeSteps(text: string, options: MatcherOptions = {}): Generator<void, Analysis, void> {
  let matcher = matchers.get(options.threshold);
  if (!matcher) {
    buildTables();
    yield;
    matcher = createMatcher(seedMatcherLexicon, options);
    matchers.set(options.threshold, matcher);
    yield;
    yield* matcher.analyzeSteps(WARM_UP);
    yield;
  }
  return yield* matcher.analyzeSteps(text);
}

export function analyze(text: string, options: MatcherOptions = {}): Analysis {
  return drain(analyzeSteps(text, options));
}
