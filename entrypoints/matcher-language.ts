/**
 * The matcher's language tables (lib/matcher/language/), on their own: compiling and
 * evaluating them is about half of the matcher's load, so the background injects this
 * in a task before matcher.js, whose build reads them from MATCHER_LANGUAGE_GLOBAL
 * instead of holding a copy (scripts/support/matcher-language-split.ts). Each module is
 * published under its file name. Always replaced, like the matcher.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import * as abbreviations from '@/lib/matcher/language/abbreviations';
import * as documents from '@/lib/matcher/language/documents';
import * as foreignPlaces from '@/lib/matcher/language/foreign-places';
import * as places from '@/lib/matcher/language/places';
import * as provinces from '@/lib/matcher/language/provinces';
import * as surnames from '@/lib/matcher/language/surnames';
import * as titles from '@/lib/matcher/language/titles';
import * as topicTerms from '@/lib/matcher/language/topic-terms';
import { MATCHER_LANGUAGE_GLOBAL } from '@/lib/messaging/page-state';

export const LANGUAGE_MODULES: Record<string, object> = {
  abbreviations,
  documents,
  'foreign-places': foreignPlaces,
  places,
  provinces,
  surnames,
  titles,
  'topic-terms': topicTerms,
};

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[MATCHER_LANGUAGE_GLOBAL] = LANGUAGE_MODULES;
});
