/**
 * The finder on the layouts beyond the big national papers (scripts/support/reach-fixtures):
 * short and undeclared articles are found with their headline and body, and the pages
 * of the same sites that are not articles are left alone, both by the bootstrap's quick
 * look and by the finder itself. Then the real saved pages. The quick look is XPath,
 * which happy-dom lacks: it is tested in Chromium (test/e2e/quick-look.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { findArticle, mainText } from '@/lib/dom/article';
import { runNow } from '@/lib/dom/schedule';
import { indexText } from '@/lib/dom/text-index';
import { ARTICLES, NON_ARTICLES, withFormsAndPolls } from '../../../scripts/support/reach-fixtures';
import { corpusMissing, parseHtml, SAVED_LISTINGS, savedPages } from '../../helpers/shared-corpus';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function read(html: string, orMainText = false) {
  const doc = parseHtml(html);
  const article = runNow(findArticle(doc, { orMainText }));
  const text = article ? squash(runNow(indexText(article.roots, { exclude: article.exclude })).text) : '';
  return { doc, article, text };
}

describe('articles on portal, TV, radio, provincial, journal and security-press layouts', () => {
  it('models at least 12 article layouts, most of them short or undeclared', () => {
    expect(ARTICLES.length).toBeGreaterThanOrEqual(12);
    const undeclared = ARTICLES.filter((a) => !/og:type" content="article"|ld\+json/.test(a.html));
    expect(undeclared.length).toBeGreaterThanOrEqual(8);
    for (const a of ARTICLES) expect(a.body.join(' ').length).toBeGreaterThanOrEqual(300);
    expect(ARTICLES.some((a) => a.body.join(' ').length < 400)).toBe(true);
  });

  for (const fixture of ARTICLES) {
    it(`${fixture.name} (${fixture.host}): found by the finder, headline and body, no furniture`, () => {
      const { article, text } = read(fixture.html);
      expect(article).not.toBeNull();
      expect(article!.title).toBe(fixture.title);
      expect(text.startsWith(fixture.title)).toBe(true);
      for (const sentence of fixture.body) expect(text).toContain(squash(sentence));
      for (const chrome of fixture.chrome) expect(text).not.toContain(chrome);
    });
  }
});

describe('pages that are not articles', () => {
  it('models at least 12 of them: home pages, listings, search, tags, comments, forms', () => {
    expect(NON_ARTICLES.length).toBeGreaterThanOrEqual(12);
  });

  for (const fixture of NON_ARTICLES) {
    it(`${fixture.name} (${fixture.host}): no article`, () => {
      expect(read(fixture.html).article).toBeNull();
    });
  }

  it('an undeclared article with a search box, link drop-downs, a poll and a comment form is still an article', () => {
    const brief = ARTICLES.find((a) => a.name === 'provincial-brief')!;
    const { article } = read(withFormsAndPolls(brief.html));
    expect(article?.title).toBe(brief.title);
  });

  it('asked for explicitly, a page with no article still gets its main text read', () => {
    const listing = NON_ARTICLES.find((p) => p.name === 'section-listing')!;
    const { article, text } = read(listing.html, true);
    expect(article).not.toBeNull();
    expect(text).toContain('Hội nghị thống nhất nhiều giải pháp');
    expect(text).not.toContain('Giấy phép hoạt động báo chí điện tử');
    expect(mainText(parseHtml('<html><body><img alt="" src="data:,"></body></html>'))).toBeNull();
  });
});

describe.skipIf(corpusMissing)(`the real saved pages${corpusMissing ? ` (skipped: ${corpusMissing})` : ''}`, () => {
  for (const page of savedPages()) {
    const listing = SAVED_LISTINGS.has(page.name);
    it(`${page.name}: ${listing ? 'a listing, no article' : 'an article'}`, { timeout: 20_000 }, () => {
      expect(runNow(findArticle(parseHtml(page.html))) !== null).toBe(!listing);
    });
  }
});
