/**
 * Reach, the last mile, end to end in Chromium with real host names over HTTPS (mapped to
 * the local server, as test/e2e/reach.test.ts does). The production build annotates, with
 * no click, a short brief, a declared one-paragraph item (under the Party committees'
 * dcs.vn family), a document page and an author profile, and still refuses the pages that
 * declare an article or hold many lines without being one. Then the consents a headless
 * browser cannot click, held the way a user's "yes" leaves them: a copy of the production
 * build whose manifest already holds the grant. "Vietnamese pages on every site" annotates
 * a .com site and a blog (the browser finds the first in Vietnamese by its lang; the test
 * browser, which has no language model downloaded, cannot place the
 * second, which declares no language, so the in-page check reads its letters), and leaves
 * French and English articles with no script of ours, only the popup's mark; a
 * foreign service's grant runs the script on its Vietnamese section only.
 */
import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD, launchWithExtension, type ExtensionBrowser } from '../../scripts/support/chromium';
import { openPopupFor } from '../../scripts/support/collection';
import type { ReachPage } from '../../scripts/support/reach-fixtures';
import { NON_ARTICLES } from '../../scripts/support/reach-fixtures';
import { englishArticle, frenchArticle, MORE_NON_ARTICLES, OUTSIDE_VN, serviceArticle, serviceEnglish, SHORT_AND_LIST, type ShortFixture } from '../../scripts/support/short-and-list-fixtures';
import { startServer, type FixtureServer } from '../../scripts/support/server';
import { grantedBuild } from '../helpers/granted-build';
import { COLUMN_LAYOUT, paintedTexts, settledState, waitForPanel } from '../helpers/page';

async function open(server: FixtureServer, ext: ExtensionBrowser, fixture: ReachPage): Promise<Page> {
  server.page(fixture.path, fixture.html.replace('</head>', `${COLUMN_LAYOUT}</head>`));
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(server.at(fixture.host, fixture.path));
  return page;
}

async function annotated(server: FixtureServer, ext: ExtensionBrowser, fixture: ShortFixture): Promise<void> {
  const page = await open(server, ext, fixture);
  expect(new URL(page.url()).protocol).toBe('https:');
  await waitForPanel(page);
  await expect(settledState(ext, page)).resolves.toBe('ready');
  if (fixture.official) await expect(paintedTexts(page, 'ttdn-officials')).resolves.toContain(fixture.official);
  if (fixture.directive) await expect(paintedTexts(page, 'ttdn-directives')).resolves.toContain(fixture.directive);
  await page.close();
}

async function untouched(server: FixtureServer, ext: ExtensionBrowser, fixture: ReachPage, state: string | null): Promise<void> {
  const page = await open(server, ext, fixture);
  if (state === null) await page.waitForTimeout(1500);
  await expect(settledState(ext, page, state === null ? 1000 : undefined)).resolves.toBe(state);
  await expect(page.locator('ttdn-panel, ttdn-card').count()).resolves.toBe(0);
  await page.close();
}

function withBrowser(build: () => string | undefined) {
  const state = {} as { server: FixtureServer; ext: ExtensionBrowser; dir?: string };
  beforeAll(async () => {
    state.server = await startServer();
    state.server.route('/favicon.ico', (_req, res) => res.writeHead(204).end());
    state.dir = build();
    state.ext = await launchWithExtension(state.dir ? { build: state.dir } : {});
  });
  afterAll(async () => {
    await state.ext?.close();
    await state.server?.close();
    if (state.dir) rmSync(state.dir, { recursive: true, force: true });
  });
  return state;
}

describe('the installed build: short and list-shaped articles on listed sites', () => {
  const s = withBrowser(() => undefined);

  for (const fixture of SHORT_AND_LIST) {
    it(`annotates ${fixture.name} on ${fixture.host} with no click`, () => annotated(s.server, s.ext, fixture));
  }

  for (const fixture of [...MORE_NON_ARTICLES, ...NON_ARTICLES.filter((p) => !p.host.includes('nganhang'))]) {
    it(`still leaves ${fixture.name} on ${fixture.host} untouched`, () => untouched(s.server, s.ext, fixture, 'no-article'));
  }
});

describe('after "Vietnamese pages on every site"', () => {
  const s = withBrowser(() => grantedBuild(CHROME_BUILD, 'host_permissions', ['*://*/*']));

  it('registers no script for every host: the background routes each page by the language the browser found', async () => {
    const worker = await s.ext.serviceWorker();
    const read = () =>
      worker.evaluate(async () => {
        const { chrome } = globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } } };
        return (await chrome.scripting.getRegisteredContentScripts()).map((r) => r.id);
      });
    await expect(read()).resolves.toEqual([]);
  });

  for (const fixture of OUTSIDE_VN) {
    it(`annotates a Vietnamese article on ${fixture.name}: ${fixture.host}`, () => annotated(s.server, s.ext, fixture));
  }

  for (const fixture of [frenchArticle, englishArticle]) {
    it(`leaves the ${fixture.name} article on ${fixture.host} unannotated, marked as in another language`, async () => {
      await untouched(s.server, s.ext, fixture, 'other-language');
    });
  }

  it('the popup on a French page says it is not in Vietnamese and offers to annotate it anyway', async () => {
    const page = await open(s.server, s.ext, frenchArticle);
    await expect(settledState(s.ext, page)).resolves.toBe('other-language');
    const popup = await openPopupFor(s.ext, page);
    await expect.poll(() => popup.locator('.current-tab').textContent(), { timeout: 10_000 }).toContain('không viết bằng tiếng Việt');
    await expect(popup.getByRole('button', { name: 'Chú giải ngay' }).count()).resolves.toBe(1);
    await popup.close();
    await page.close();
  });

  it('a listed site is left to the declared bootstrap: its article is annotated once', async () => {
    const page = await open(s.server, s.ext, SHORT_AND_LIST[0]!);
    await waitForPanel(page);
    await expect(page.locator('ttdn-panel').count()).resolves.toBe(1);
    await page.close();
  });
});

describe("after a foreign service's grant (its whole host)", () => {
  const s = withBrowser(() => grantedBuild(CHROME_BUILD, 'host_permissions', ['*://www.bbc.com/*']));

  it('registers the bootstrap on its Vietnamese section only', async () => {
    const worker = await s.ext.serviceWorker();
    const read = () =>
      worker.evaluate(async () => {
        const { chrome } = globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> } } };
        return (await chrome.scripting.getRegisteredContentScripts()).map((r) => ({ id: r.id, matches: r.matches }));
      });
    await expect.poll(read, { timeout: 10_000 }).toEqual([{ id: 'ttdn-granted-sites', matches: ['*://www.bbc.com/vietnamese/*'] }]);
  });

  it('annotates an article in the Vietnamese section', () => annotated(s.server, s.ext, serviceArticle));

  it('runs nothing on an English page of the same host', () => untouched(s.server, s.ext, serviceEnglish, null));
});
