import { describe, expect, it } from 'vitest';
import { plural } from '@/lib/i18n/plural';
import { researchStrings } from '@/components/research/strings';
import { panelStrings } from '@/components/panel/strings';
import { collectionStrings } from '@/components/collection/strings';
import { popupStrings } from '@/components/popup/strings';
import { libraryStrings } from '@/components/library/strings';
import { learnStrings } from '@/components/learn/strings';
import { exportStrings } from '@/components/research/export-strings';

describe('counted words', () => {
  it('says "1 article" and "2 articles" in English, and one form in Vietnamese', () => {
    const en = researchStrings('en')('articles');
    expect(plural('en', 1, en)).toBe('1 article');
    expect(plural('en', 0, en)).toBe('0 articles');
    expect(plural('en', 2, en)).toBe('2 articles');
    const vi = researchStrings('vi')('articles');
    expect(plural('vi', 1, vi)).toBe('1 bài');
    expect(plural('vi', 7, vi)).toBe('7 bài');
  });

  it('says "Show 1 more title" in the panel', () => {
    const t = panelStrings('en');
    expect(plural('en', 1, t('moreTitles'))).toBe('Show 1 more title of {name}');
    expect(plural('en', 3, t('moreTitles'))).toBe('Show 3 more titles of {name}');
  });

  it('counts clippings, officials and directives in every surface that counts them', () => {
    expect(plural('en', 1, collectionStrings('en')('shown'))).toBe('1 clipping');
    expect(plural('en', 1, collectionStrings('en')('officialsCount'))).toBe('1 official');
    expect(plural('en', 1, popupStrings('en')('directives'))).toBe('1 directive');
    expect(plural('en', 1, libraryStrings('en')('articles'))).toBe('1 article');
    expect(plural('en', 1, learnStrings('en')('inClippings'))).toBe('1 clipping');
    expect(plural('en', 21, exportStrings('en')('articles'))).toBe('21 articles');
  });

});
