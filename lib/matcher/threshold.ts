/**
 * The topic verdict's default threshold, alone in its module: the annotator, the popup
 * and onboarding show it without evaluating the matcher (the annotator gets the matcher
 * as a script of its own, entrypoints/matcher.ts).
 */

/** Calibrated on the development corpus (npm run eval prints every document's score). */
export const DEFAULT_THRESHOLD = 0.5;
