import { describe, expect, it } from 'vitest';
import { KIND_WORDS } from '@/lib/matcher/language/documents';
import { DEPUTY_HEADS, HEADS, RANKS } from '@/lib/matcher/language/titles';
import { TOPIC_TERMS } from '@/lib/matcher/language/topic-terms';
import { foldKey } from '@/lib/text/keys';

describe('the language vocabulary', () => {
  // The matcher scans heads, kind words, honorifics and topic terms in one pass where the
  // longest phrase wins at each place: an anchor inside a topic term would never be seen.
  it('has no title head, kind word or honorific inside a topic term', () => {
    const anchors = [...HEADS, ...DEPUTY_HEADS, ...RANKS, ...Object.keys(KIND_WORDS), 'ông', 'bà', 'ngài', 'đồng chí'].map(foldKey);
    const clashes = TOPIC_TERMS.map((t) => foldKey(t.term)).flatMap((term) =>
      anchors.filter((a) => a !== term && ` ${term} `.includes(` ${a} `)).map((a) => `${a} in ${term}`),
    );
    expect(clashes).toEqual([]);
  });
});
