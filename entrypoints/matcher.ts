/**
 * The matcher and its lexicon (lib/matcher/analyze.ts), on their own: the background
 * injects this in a call of its own before the annotator (lib/background/annotate-tab.ts),
 * so the page evaluates the two in separate tasks and neither is a long one. The
 * annotator reads it from MATCHER_GLOBAL. Always replaced, so an annotator injected after
 * an update never runs the previous version's matcher.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { analyzeSteps } from '@/lib/matcher/analyze';
import { MATCHER_GLOBAL, type SharedMatcher } from '@/lib/messaging/page-state';

export default defineUnlistedScript(() => {
  (globalThis as { [MATCHER_GLOBAL]?: SharedMatcher })[MATCHER_GLOBAL] = { analyzeSteps };
});
