import { describe, expect, it } from 'vitest';
import { findArticle } from '@/lib/dom/article';
import { decodeEntities, normaliseDate } from '@/lib/dom/metadata';
import { runNow } from '@/lib/dom/schedule';
import { indexText } from '@/lib/dom/text-index';
import { corpusMissing, parseHtml, SAVED_LISTINGS, savedPages, type SavedPage } from '../../helpers/shared-corpus';
import { BODY, CHROME, LEAD, listingPage, SITES, TITLE } from '../../helpers/site-fixtures';

function extract(html: string) {
  const doc = parseHtml(html);
  const article = runNow(findArticle(doc));
  const text = article ? runNow(indexText(article.roots, { exclude: article.exclude })).text : '';
  return { article, text, squashed: text.replace(/\s+/g, ' ') };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('finding the article on layouts modelled on the listed sites', () => {
  for (const [site, page] of Object.entries(SITES)) {
    it(`${site}: headline, lead and body, without menus, related links, comments or footer`, () => {
      const { article, text } = extract(page.html);
      expect(article).not.toBeNull();
      expect(article!.title).toBe(TITLE);
      expect(article!.canonicalUrl).toBe(page.url);
      expect(article!.published).toBe(page.published);
      expect(article!.author).toBe(page.author);
      const lines = text.split('\n').filter(Boolean);
      expect(lines.slice(0, 2)).toEqual([TITLE, LEAD]);
      for (const paragraph of BODY) expect(lines).toContain(paragraph);
      for (const chrome of CHROME) expect(text).not.toContain(chrome);
      expect(text).not.toContain('Đọc nhiều');
    });
  }

  it('a section listing is not an article', () => {
    expect(extract(listingPage()).article).toBeNull();
  });

  it('a page with an article but no metadata still gets a title and its own URL', () => {
    const html = `<html><head><title>Tiêu đề trang</title></head><body><div class="content">${BODY.map((p) => `<p>${p}</p>`).join('')}${BODY.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    const { article } = extract(html);
    expect(article?.title).toBe('Tiêu đề trang');
    expect(article?.published).toBeNull();
  });
});

describe('reading article metadata', () => {
  it('decodes HTML entities in JSON-LD as text, even when escaped twice', () => {
    expect(decodeEntities('Ch&#237;nh s&#225;ch &amp;#7871; &lt;b&gt;')).toBe('Chính sách ế <b>');
  });

  it('normalises the date formats Vietnamese sites use', () => {
    expect(normaliseDate('2026-03-07T08:52:11.000 +07:00')).toBe('2026-03-07T08:52:11+07:00');
    expect(normaliseDate('2015-03-23 08:06 +0700')).toBe('2015-03-23T08:06+07:00');
    expect(normaliseDate(' - 07/03/2026 08:47')).toBe('2026-03-07T08:47');
    expect(normaliseDate('Thứ tư, 2/11/2023')).toBe('2023-11-02');
    expect(normaliseDate('hôm qua')).toBeNull();
  });
});

/** The expected publication time as "YYYY-MM-DD" plus "THH:MM" when the expected value has a time. */
function expectedPrefix(value: string): string {
  const iso = /(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(value);
  const vn = /(\d{2})\/(\d{2})\/(\d{4})(?: (\d{2}):(\d{2}))?/.exec(value);
  const [y, m, d, hh, mm] = iso ? iso.slice(1) : [vn![3], vn![2], vn![1], vn![4], vn![5]];
  return hh ? `${y}-${m}-${d}T${hh}:${mm}` : `${y}-${m}-${d}`;
}

interface Expected {
  title?: string;
  url?: string;
  published_at?: string;
  date?: string;
  content_text_contains?: string[];
  V1?: { title: string; authors: string[]; publishing_date: string; body: { summary: string[]; sections: { paragraphs: string[] }[] } };
}

describe.skipIf(corpusMissing)(`the real saved pages in ../shared/corpus/html${corpusMissing ? ` (skipped: ${corpusMissing})` : ''}`, () => {
  const pages = savedPages();

  it('holds the pages these tests expect', () => {
    expect(pages.length).toBeGreaterThanOrEqual(15);
  });

  for (const page of pages.filter((p) => SAVED_LISTINGS.has(p.name))) {
    it(`${page.name} is a listing page: nothing to annotate`, { timeout: 20_000 }, () => {
      expect(extract(page.html).article).toBeNull();
    });
  }

  for (const page of pages.filter((p: SavedPage) => !SAVED_LISTINGS.has(p.name))) {
    it(`${page.name}: finds the article and its metadata`, { timeout: 20_000 }, () => {
      const { article, squashed } = extract(page.html);
      expect(article).not.toBeNull();
      expect(squashed.length).toBeGreaterThan(1000);
      const expected = (page.expected ?? {}) as Expected;
      const v1 = expected.V1;
      const title = expected.title ?? v1?.title;
      if (title) expect(article!.title).toBe(title);
      if (expected.url) expect(article!.canonicalUrl).toBe(expected.url);
      const published = expected.published_at ?? expected.date ?? v1?.publishing_date;
      if (published) expect(article!.published).toMatch(new RegExp(`^${expectedPrefix(published)}`));
      for (const phrase of expected.content_text_contains ?? []) expect(squashed).toContain(phrase);
      if (!page.expected) expect(article!.title).toBe('Thanh tra vụ chặt cây xanh Hà Nội trong 30 ngày'); // tuoitre-1/2 (SOURCES.md)
      if (v1) {
        expect(article!.author).toBe(v1.authors[0]);
        const wanted = [v1.title, ...v1.body.summary, ...v1.body.sections.flatMap((s) => s.paragraphs)].map(squash);
        for (const paragraph of wanted) expect(squashed).toContain(paragraph);
        // Nothing much beyond the article itself: no related list, comments or footer.
        const wantedLength = wanted.join(' ').length;
        expect(squashed.length).toBeLessThan(wantedLength * 1.15);
      }
    });
  }
});
