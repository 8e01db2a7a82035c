/**
 * One key per rule (lib/text/keys.ts, ascii.ts, phrase.ts). Where a rule
 * replaced several that disagreed, the inputs they disagreed on are listed
 * here with the answer the one rule gives.
 */
import { describe, expect, it } from 'vitest';
import { isRejected } from '@/lib/clipping/corrections';
import { compactAscii, slug, withoutMarks } from '@/lib/text/ascii';
import { bare } from '@/lib/text/fold';
import { directiveIdKey, foldKey } from '@/lib/text/keys';
import { trimPhrase } from '@/lib/text/phrase';

const same = (a: string, b: string) => directiveIdKey(a) === directiveIdKey(b);

describe('directive ids: one rule for every comparison', () => {
  it.each([
    // Before: the search fold (facets, research pages, CSV, cards) kept these apart.
    ['an en dash for the hyphen', '57–KL/TW', '57-KL/TW'],
    ['a full-width slash', '57-KL／TW', '57-KL/TW'],
    ['a zero-width space', '57-KL/\u200BTW', '57-KL/TW'],
    ['a Cyrillic look-alike letter', '57-\u041AL/TW', '57-KL/TW'],
    // Before: corrections (NFC, upper case) and the matcher and lexicon (upper case) kept these apart.
    ['two spaces', 'Kết luận  16', 'Kết luận 16'],
    ['NFD', 'Kết luận 16'.normalize('NFD'), 'Kết luận 16'],
    ['the other tone placement', 'Nghị quyết hoà giải 1', 'Nghị quyết hòa giải 1'],
    // Every rule agreed on these.
    ['lower case', '57-kl/tw', '57-KL/TW'],
  ])('takes %s as the same document', (_label, a, b) => {
    expect(same(a, b)).toBe(true);
  });

  it('keeps different documents apart', () => {
    expect(same('16-KL/TW', '16-QĐ/TW')).toBe(false);
    expect(same('Kết luận 16', '16-KL/TW')).toBe(false);
    expect(same('57-KL/TW', '57-KL/T')).toBe(false);
  });

  it('is the matching key itself: the learnt matcher upper-cased it, which only merged dotless and dotted i', () => {
    expect(directiveIdKey('57-KL/TW')).toBe(foldKey('57-KL/TW'));
    expect(same('\u0131d-1', 'id-1')).toBe(false);
  });

  it('rejects a directive the user marked wrong under any of its spellings', () => {
    const corrections = { rejected: { officials: [], directives: ['57–kl/tw'] }, added: { officials: [], directives: [] } };
    expect(isRejected(corrections, 'directive', '57-KL/TW')).toBe(true);
    expect(isRejected(corrections, 'directive', '16-KL/TW')).toBe(false);
  });
});

describe('the ASCII form: one rule for bare words, download names and site names', () => {
  it('drops every diacritic and maps đ, keeping case', () => {
    expect(withoutMarks('Đà Nẵng, Nguyễn Trọng Nghĩa')).toBe('Da Nang, Nguyen Trong Nghia');
    expect(withoutMarks('Nghĩa'.normalize('NFD'))).toBe('Nghia');
  });

  it('agrees with the search bare form', () => {
    for (const text of ['Hòa bình, hoà bình', 'THỦY lợi thuỷ', 'Đà Nẵng 57-KL/TW']) expect(bare(text)).toBe(withoutMarks(text).toLowerCase().replace(/\s+/g, ' '));
  });

  it('makes download-name slugs; a combining mark outside U+0300-036F now goes like any other (it split the word before)', () => {
    expect(slug('57/KL-TW')).toBe('57-KL-TW');
    expect(slug(' Nguyễn Trọng Nghĩa ')).toBe('Nguyen-Trong-Nghia');
    expect(slug('x\u1DC4y')).toBe('xy');
  });

  it('compares site names with host names', () => {
    expect(compactAscii('Dân Trí')).toBe('dantri');
    expect(compactAscii('Bà Rịa - Vũng Tàu')).toBe('bariavungtau');
    expect(compactAscii('Báo 24h')).toBe('bao24h');
  });
});

describe('a phrase cut out of a page: one trim for the matcher and the lexicon build', () => {
  it('drops a trailing dash as well as trailing punctuation (the lexicon build kept the dash before)', () => {
    expect(trimPhrase('Bộ Ngoại giao –')).toBe('Bộ Ngoại giao');
    expect(trimPhrase('Bộ Ngoại giao -')).toBe('Bộ Ngoại giao');
    expect(trimPhrase('Bộ  Ngoại\ngiao.,;: ')).toBe('Bộ Ngoại giao');
    expect(trimPhrase('Bà Rịa - Vũng Tàu')).toBe('Bà Rịa - Vũng Tàu');
    expect(trimPhrase('Nghĩa'.normalize('NFD'))).toBe('Nghĩa');
  });
});
