/**
 * The lexicon generated from seeds/ by `npm run lexicon` (run before every
 * build, test and analyze), whole and as the part the matcher reads (what the
 * annotator ships: lib/lexicon/build.ts matcherLexicon). Build artefacts: never
 * edit them by hand.
 */
import type { Lexicon, MatcherLexicon } from '../matcher/types';
import generated from './generated/lexicon.json';
import forMatcher from './generated/matcher-lexicon.json';

export const seedLexicon = generated as Lexicon;
export const seedMatcherLexicon = forMatcher as MatcherLexicon;
