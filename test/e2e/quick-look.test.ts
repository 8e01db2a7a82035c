/**
 * The bootstrap's quick look (lib/dom/quick-look.ts) in Chromium's own XPath engine,
 * which happy-dom lacks: every modelled article and every real saved article passes it
 * (otherwise the finder never comes), the home pages, listings and forms whose h1 is a
 * site or section name stop at it, and small pages for the rules the corpora do not
 * show. Page scripts are off and nothing is fetched: the pages are only read.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUICK_LOOK } from '../../lib/dom/quick-look';
import { CHROMIUM } from '../../scripts/support/chromium';
import { ARTICLES, NON_ARTICLES, withFormsAndPolls } from '../../scripts/support/reach-fixtures';
import { corpusMissing, SAVED_LISTINGS, savedPages } from '../helpers/shared-corpus';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install chromium)`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.route('**/*', (route) => route.abort());
  page = await context.newPage();
});
afterAll(() => browser?.close());

/** The bootstrap's answer for this HTML. */
async function looks(html: string): Promise<boolean> {
  await page.setContent(html, { waitUntil: 'domcontentloaded' });
  return page.evaluate((expr) => document.evaluate(expr, document, null, XPathResult.BOOLEAN_TYPE, null).booleanValue, QUICK_LOOK);
}

const SITE_HEADER = '<header><h1 class="logo"><a href="/">Báo Điện tử Tỉnh</a></h1><nav><a href="/thoi-su">Thời sự</a></nav></header>';
const HEADLINE = 'Tăng cường công tác thông tin đối ngoại năm 2025';
const BODY = '<p>Sáng 12/3, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị triển khai nhiệm vụ năm 2025.</p>';
const shell = (body: string, head = '') => `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tin</title>${head}</head><body>${SITE_HEADER}${body}</body></html>`;
const fields = (n: number, type = 'text') => `<form>${`<input type="${type}">`.repeat(n)}</form>`;

describe('the modelled sites', () => {
  for (const fixture of ARTICLES) {
    it(`${fixture.name} (${fixture.host}) passes`, async () => {
      await expect(looks(fixture.html)).resolves.toBe(true);
    });
  }

  for (const name of ['provincial-home', 'section-listing', 'liferay-home', 'video-listing', 'public-service-form']) {
    it(`${name} stops here: its h1 is a site or section name, or it is a form`, async () => {
      await expect(looks(NON_ARTICLES.find((p) => p.name === name)!.html)).resolves.toBe(false);
    });
  }

  it('an undeclared article with a search box, link drop-downs, a poll and a comment form still passes', async () => {
    await expect(looks(withFormsAndPolls(ARTICLES.find((a) => a.name === 'provincial-brief')!.html))).resolves.toBe(true);
  });
});

describe.skipIf(corpusMissing)(`the real saved pages${corpusMissing ? ` (skipped: ${corpusMissing})` : ''}`, () => {
  for (const saved of savedPages().filter((p) => !SAVED_LISTINGS.has(p.name))) {
    it(`${saved.name} passes`, async () => {
      await expect(looks(saved.html)).resolves.toBe(true);
    });
  }
});

describe('the rules, one at a time', () => {
  it('an article declared in <head>, whatever the case of og:type, or by its publication time alone', async () => {
    await expect(looks(shell('', '<meta property="og:type" content="ARTICLE">'))).resolves.toBe(true);
    await expect(looks(shell('', '<meta property="article:published_time" content="2025-03-12T08:00:00+07:00">'))).resolves.toBe(true);
    await expect(looks(shell('', '<meta property="og:type" content="website">'))).resolves.toBe(false);
  });

  it('a sentence-long h1 passes; a site name, a link or a menu item does not', async () => {
    await expect(looks(shell(`<main><h1>${HEADLINE}</h1>${BODY}</main>`))).resolves.toBe(true);
    await expect(looks(shell(`<main><h1>Thời sự</h1>${BODY}</main>`))).resolves.toBe(false);
    await expect(looks(shell(`<main><a href="/bai.html"><h1>${HEADLINE}</h1></a></main>`))).resolves.toBe(false);
    await expect(looks(shell(`<nav><h1>${HEADLINE}</h1></nav>`))).resolves.toBe(false);
  });

  it("a headline in the site's header does not count; one in the article's own header does", async () => {
    await expect(looks(shell(`<header><h1>${HEADLINE}</h1></header>${BODY}`))).resolves.toBe(false);
    await expect(looks(shell(`<div role="banner"><h1>${HEADLINE}</h1></div>${BODY}`))).resolves.toBe(false);
    await expect(looks(shell(`<article><header><h1>${HEADLINE}</h1></header>${BODY}</article>`))).resolves.toBe(true);
    await expect(looks(shell(`<div role="main"><header><h1>${HEADLINE}</h1></header>${BODY}</div>`))).resolves.toBe(true);
  });

  it('letters are counted with white space squeezed, and NFD text counts like NFC', async () => {
    await expect(looks(shell(`<main><h1>\n      Tin   tức    sự kiện      \n    </h1>${BODY}</main>`))).resolves.toBe(false);
    await expect(looks(shell(`<main><h1>${HEADLINE.normalize('NFD')}</h1>${BODY}</main>`))).resolves.toBe(true);
  });

  it('a title-classed heading holding plain text passes; one holding a link, a paragraph or a block does not', async () => {
    for (const tag of ['div class="news-title"', 'span class="tieu-de"', 'h2 class="ArticleTitle"', 'p class="headline"']) {
      const name = tag.split(' ')[0]!;
      await expect(looks(shell(`<div class="content"><${tag}>${HEADLINE}</${name}>${BODY}</div>`))).resolves.toBe(true);
      await expect(looks(shell(`<div class="content"><${tag}><a href="/bai.html">${HEADLINE}</a></${name}></div>`))).resolves.toBe(false);
    }
    await expect(looks(shell(`<div class="content"><div class="title"><p>${HEADLINE}</p></div></div>`))).resolves.toBe(false);
    await expect(looks(shell(`<div class="content"><h3 class="box-title">Đọc nhiều</h3></div>`))).resolves.toBe(false);
    await expect(looks(shell(`<div class="content"><div class="summary">${HEADLINE}</div></div>`))).resolves.toBe(false);
  });

  it('a JSON-LD block passes when it names an Article or a Posting type, not a web site', async () => {
    const ld = (type: string) => `<script type="application/ld+json">{"@context":"https://schema.org","@type":"${type}","headline":"Tin"}</script>`;
    await expect(looks(shell('', ld('NewsArticle')))).resolves.toBe(true);
    await expect(looks(shell('', ld('BlogPosting')))).resolves.toBe(true);
    await expect(looks(shell('', ld('WebSite')))).resolves.toBe(false);
  });

  it('a page with ten typed fields is a form, whatever its heading; radios and checkboxes are not typed', async () => {
    const form = (f: string) => shell(`<main><h1>${HEADLINE}</h1>${f}</main>`);
    await expect(looks(form(fields(9)))).resolves.toBe(true);
    await expect(looks(form(fields(10)))).resolves.toBe(false);
    await expect(looks(form(fields(10, 'TEL')))).resolves.toBe(false);
    await expect(looks(form(`<form>${'<input>'.repeat(6)}${'<textarea></textarea>'.repeat(4)}</form>`))).resolves.toBe(false);
    await expect(looks(form(fields(20, 'radio') + fields(20, 'checkbox')))).resolves.toBe(true);
  });

  it('a page built to be costly still gets its answer: thousands of nested or repeated title-classed elements', async () => {
    const nested = (n: number) => '<span class="title">'.repeat(n) + 'x' + '</span>'.repeat(n);
    await expect(looks(shell(`<div class="content">${nested(5000)}</div>`))).resolves.toBe(false);
    await expect(looks(shell(`<div class="content"><div class="news-title">${HEADLINE}</div>${nested(5000)}</div>`))).resolves.toBe(true);
    await expect(looks(shell('<span class="subtitle">ab</span>'.repeat(50_000)))).resolves.toBe(false);
  });
});
