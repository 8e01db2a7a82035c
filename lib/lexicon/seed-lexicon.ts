/**
 * The lexicon generated from seeds/ by `npm run lexicon` (run before every
 * build, test and analyze). It is a build artefact: never edit it by hand.
 */
import type { Lexicon } from '../matcher/types';
import generated from './generated/lexicon.json';

export const seedLexicon = generated as Lexicon;
