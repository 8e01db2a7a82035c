import { describe, expect, it } from 'vitest';
import { acceptTag, splitTagField, suggestTags } from '@/lib/collection/tag-suggest';

const own = ['Báo cáo quý', 'ttđn', 'Hoà bình', 'biển Đông'];

describe('tag suggestions', () => {
  it('offer the user’s own tags whose words start with what is typed, diacritics or not', () => {
    expect(suggestTags(own, 'bao')).toEqual(['Báo cáo quý']);
    expect(suggestTags(own, 'bao c')).toEqual(['Báo cáo quý']);
    // Any word of a tag: "b" starts "bình" too.
    expect(suggestTags(own, 'b')).toEqual(['Báo cáo quý', 'Hoà bình', 'biển Đông']);
    expect(suggestTags(own, 'dong')).toEqual(['biển Đông']);
    // Either tone placement, NFD or NFC.
    expect(suggestTags(own, 'hòa')).toEqual(['Hoà bình']);
    expect(suggestTags(own, 'hòa'.normalize('NFD'))).toEqual(['Hoà bình']);
    expect(suggestTags(own, 'TTĐN'.slice(0, 2))).toEqual(['ttđn']);
  });

  it('work on the tag being typed after a comma, and never offer one already in the field', () => {
    expect(suggestTags(own, 'ttđn, bi')).toEqual(['Hoà bình', 'biển Đông']);
    expect(suggestTags(own, 'Biển Đông, b')).toEqual(['Báo cáo quý', 'Hoà bình']);
    expect(suggestTags(own, 'ttđn, ')).toEqual([]);
    // A tag typed out in full is not suggested to itself.
    expect(suggestTags(own, 'TTĐN')).toEqual([]);
  });

  it('take a suggestion in place of the words typed, ready for the next tag', () => {
    expect(acceptTag('ttđn, bao', 'Báo cáo quý')).toBe('ttđn, Báo cáo quý, ');
    expect(splitTagField('a, b ,c')).toEqual({ done: ['a', 'b'], typing: 'c' });
  });
});
