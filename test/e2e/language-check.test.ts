/**
 * The language check (lib/dom/language-check.ts) in Chromium's own XPath engine, which
 * happy-dom lacks: Vietnamese pages pass by their lang, or by their letters where lang is
 * missing or a CMS default; French and English pages that name Vietnamese people with
 * their diacritics do not. Page scripts are off and nothing is fetched.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIETNAMESE_PAGE } from '../../lib/dom/language-check';
import { CHROMIUM } from '../../scripts/support/chromium';
import { ARTICLES, NON_ARTICLES } from '../../scripts/support/reach-fixtures';
import { blogArticle, comArticle, englishArticle, frenchArticle, SHORT_AND_LIST } from '../../scripts/support/short-and-list-fixtures';

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

async function vietnamese(html: string): Promise<boolean> {
  await page.setContent(html, { waitUntil: 'domcontentloaded' });
  return page.evaluate((expr) => document.evaluate(expr, document, null, XPathResult.BOOLEAN_TYPE, null).booleanValue, VIETNAMESE_PAGE);
}

const withoutLang = (html: string) => html.replace(/ lang="[^"]*"/, '');

describe('the language check', () => {
  it('every Vietnamese fixture passes, by its lang and, without one, by its letters', async () => {
    for (const fixture of [...ARTICLES, ...NON_ARTICLES, ...SHORT_AND_LIST, comArticle]) {
      await expect(vietnamese(fixture.html), fixture.name).resolves.toBe(true);
      await expect(vietnamese(withoutLang(fixture.html)), `${fixture.name} without lang`).resolves.toBe(true);
    }
    await expect(vietnamese(blogArticle.html)).resolves.toBe(true);
  });

  it('a Vietnamese page whose CMS says lang="en-US", in NFC or NFD, passes', async () => {
    const english = comArticle.html.replace('lang="vi"', 'lang="en-US"');
    await expect(vietnamese(english)).resolves.toBe(true);
    await expect(vietnamese(english.normalize('NFD'))).resolves.toBe(true);
  });

  it('French and English articles that name Vietnamese people and places do not', async () => {
    await expect(vietnamese(frenchArticle.html)).resolves.toBe(false);
    await expect(vietnamese(englishArticle.html)).resolves.toBe(false);
    await expect(vietnamese(withoutLang(frenchArticle.html))).resolves.toBe(false);
    await expect(vietnamese(withoutLang(englishArticle.html.normalize('NFD')))).resolves.toBe(false);
  });

  it('a page that declares another language than English stops at its lang, whatever its letters', async () => {
    await expect(vietnamese(comArticle.html.replace('lang="vi"', 'lang="fr"'))).resolves.toBe(false);
    await expect(vietnamese(comArticle.html.replace('lang="vi"', 'lang="EN-gb"'))).resolves.toBe(true);
  });

  it('lang="vi-VN" in any case passes at once, and an empty page does not', async () => {
    await expect(vietnamese('<!doctype html><html lang="VI-vn"><head><title>x</title></head><body></body></html>')).resolves.toBe(true);
    await expect(vietnamese('<!doctype html><html><head><title>x</title></head><body></body></html>')).resolves.toBe(false);
  });
});
