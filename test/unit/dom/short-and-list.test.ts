/**
 * The finder on short and list-shaped articles (scripts/support/short-and-list-fixtures.ts):
 * a brief of one paragraph in one headed <article>, a declared one-paragraph item, a
 * document shown line by line, an official's profile; and the pages that still are not
 * articles though they declare one (listings claiming og:type=article) or hold many lines
 * (a list of links, a table of figures). The earlier layouts (reach-layouts.test.ts) must
 * keep their answers: every non-article there is checked again here against the new rules.
 */
import { describe, expect, it } from 'vitest';
import { findArticle } from '@/lib/dom/article';
import { runNow } from '@/lib/dom/schedule';
import { indexText } from '@/lib/dom/text-index';
import { NON_ARTICLES } from '../../../scripts/support/reach-fixtures';
import { MORE_NON_ARTICLES, OUTSIDE_VN, SHORT_AND_LIST } from '../../../scripts/support/short-and-list-fixtures';
import { parseHtml } from '../../helpers/shared-corpus';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function read(html: string) {
  const article = runNow(findArticle(parseHtml(html)));
  const text = article ? squash(runNow(indexText(article.roots, { exclude: article.exclude })).text) : '';
  return { article, text };
}

describe('short and list-shaped articles are read', () => {
  it('the brief and the declared item are short: one paragraph each, under 250 characters', () => {
    for (const name of ['short-brief', 'declared-item']) {
      const fixture = SHORT_AND_LIST.find((f) => f.name === name)!;
      expect(fixture.body).toHaveLength(1);
      expect(fixture.body[0]!.length).toBeLessThan(250);
    }
  });

  for (const fixture of [...SHORT_AND_LIST, ...OUTSIDE_VN]) {
    it(`${fixture.name} (${fixture.host}): headline and every line, no furniture`, () => {
      const { article, text } = read(fixture.html);
      expect(article).not.toBeNull();
      expect(article!.title).toBe(fixture.title);
      expect(text).toContain(fixture.title);
      for (const sentence of fixture.body) expect(text).toContain(squash(sentence));
      for (const chrome of fixture.chrome) expect(text).not.toContain(chrome);
      if (fixture.official) expect(text).toContain(fixture.official);
    });
  }
});

describe('pages that are still not articles', () => {
  for (const fixture of [...MORE_NON_ARTICLES, ...NON_ARTICLES]) {
    it(`${fixture.name} (${fixture.host}): no article`, () => {
      expect(read(fixture.html).article).toBeNull();
    });
  }
});
