/** What the learn benchmark bundles as the background ships it: decoding stored lines, gathering, compiling the learnt matcher. */
export { learnFromCollection } from '../../lib/learn/lexicon';
export { createLearntMatcher } from '../../lib/learn/matcher';
export { decodeWithoutText } from '../../lib/research/line-parts';
export { encodeLine } from '../../lib/clipping/record-line';
