/**
 * Team sync end to end: two browser profiles with the e2e build (whose
 * manifest already holds *://*.vn/*, as if the user had granted the server's
 * origin: a prompt cannot be clicked headless), both set up with the same
 * team database on a pouchdb-server reached over HTTPS under a mapped host
 * name, each through its options page's form. A clip in one appears in the
 * other's popup; a delete in that popup disappears from the first; a star
 * given on one research page shows on the other's, and taken away there is
 * gone from the first for good. Every request the extensions make goes to that server.
 */
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../lib/sync/types';
import { CHROME_E2E_BUILD, type ExtensionBrowser, launchWithExtension, missingPrerequisite } from '../../scripts/support/chromium';
import { clippingInput } from '../../scripts/support/clippings';
import { clipArticle, restoreThroughBackground, sendFromExtensionPage } from '../../scripts/support/collection';
import { directiveHref } from '../../lib/research/route';
import { ALICE, CAROL, type Couch, startCouch, TEAM_DB } from '../../scripts/support/couch';
import { type HttpsFront, httpsFront } from '../../scripts/support/https-front';
import { seedFiles, seedPage } from '../../scripts/support/news-page';
import { type FixtureServer, startServer } from '../../scripts/support/server';

// Playwright reports the service worker's own requests only with this switch.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const SYNC_HOST = 'sync.example-team.vn';
const rows = (popup: Page) => popup.locator('.clipping-title');
const row = (popup: Page, title: string) => popup.locator('li', { has: popup.locator('.clipping-title', { hasText: title }) });

interface Profile {
  browser: ExtensionBrowser;
  ext: Page;
  /** Requests of the extension itself (service worker and pages), not of the news tabs. */
  own: string[];
}

async function profile(): Promise<Profile> {
  const browser = await launchWithExtension({ build: CHROME_E2E_BUILD });
  const own: string[] = [];
  browser.context.on('request', (request: Request) => {
    const url = request.url();
    if (request.serviceWorker() || request.frame?.()?.url?.().startsWith('chrome-extension://')) {
      if (!url.startsWith('chrome-extension://')) own.push(url);
    }
  });
  return { browser, ext: await browser.openExtensionPage('options.html'), own };
}

const send = async <T>(p: Profile, message: unknown): Promise<T> => {
  const reply = await sendFromExtensionPage<T>(p.ext, message);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
};

describe.skipIf(missingPrerequisite(CHROME_E2E_BUILD))('team sync between two browsers', () => {
  let couch: Couch;
  let front: HttpsFront;
  let pages: FixtureServer;
  let a: Profile;
  let b: Profile;
  let url: string;

  beforeAll(async () => {
    couch = await startCouch();
    front = await httpsFront(couch.url);
    pages = await startServer();
    url = `https://${SYNC_HOST}:${front.port}`;
    a = await profile();
    b = await profile();
  });
  afterAll(async () => {
    await a?.browser.close();
    await b?.browser.close();
    await pages?.close();
    await front?.close();
    await couch?.stop();
  });

  it('sends nothing anywhere before it is set up', async () => {
    const status = await send<SyncStatus>(a, { type: 'sync:status' });
    expect(status).toMatchObject({ server: null, pending: 0, problem: null });
    expect(front.requests).toEqual([]);
    expect(a.own).toEqual([]);
  });

  /** Fills the options page's sync form, by its labels, and saves. */
  async function setUp(p: Profile, username: string, password: string) {
    const section = p.ext.locator('fieldset.sync');
    await p.ext.getByLabel('Địa chỉ máy chủ').fill(url);
    await p.ext.getByLabel('Cơ sở dữ liệu').fill(TEAM_DB);
    await p.ext.getByLabel('Tên người dùng').fill(username);
    await p.ext.getByLabel('Mật khẩu').fill(password);
    await section.getByRole('button', { name: 'Lưu và kết nối' }).click();
    return section;
  }

  it('says in the options what is wrong with a wrong password, and keeps nothing', async () => {
    const section = await setUp(a, ALICE.name, 'wrong');
    await expect.poll(() => section.locator('.sync-message').textContent(), { timeout: 10_000 }).toContain('Sai tên người dùng hoặc mật khẩu.');
    await expect(send<SyncStatus>(a, { type: 'sync:status' })).resolves.toMatchObject({ server: null });
  });

  it('brings a clip made in one browser to the other’s popup, and a delete back', async () => {
    for (const [p, user] of [[a, ALICE], [b, CAROL]] as const) {
      const section = await setUp(p, user.name, user.password);
      await expect.poll(() => section.locator('.sync-server dd[data-field="database"]').textContent(), { timeout: 10_000 }).toBe(TEAM_DB);
      const status = await send<SyncStatus>(p, { type: 'sync:status' });
      expect(status.problem).toBeNull();
      expect(status.server).toEqual({ url, database: TEAM_DB, username: user.name });
    }
    // The alarm that runs it every minute exists once set up.
    const worker = await a.browser.serviceWorker();
    const alarm = await worker.evaluate(() => (globalThis as unknown as { chrome: { alarms: { get(n: string): Promise<unknown> } } }).chrome.alarms.get('ttdn-sync'));
    expect(alarm).toMatchObject({ periodInMinutes: 1 });

    // A real clip in browser A, from the article's own panel.
    pages.page('/tin/seed-0.html', seedPage(seedFiles()[0]!));
    const article = await a.browser.context.newPage();
    await article.goto(pages.at('www.vietnamplus.vn', '/tin/seed-0.html'));
    await article.locator('ttdn-panel[data-state="ready"]').waitFor({ state: 'attached', timeout: 15_000 });
    const title = (await article.locator('h1').textContent())!.trim();
    await clipArticle(a.ext, article);
    // Sent by itself a few seconds after the write, with no alarm due yet and no Sync now.
    await expect.poll(async () => (await send<SyncStatus>(a, { type: 'sync:status' })).pending, { timeout: 20_000 }).toBe(0);
    await expect.poll(async () => (await (await couch.admin(`/${TEAM_DB}`)).json()).doc_count, { timeout: 20_000 }).toBe(1);

    await expect.poll(async () => (await send<SyncStatus>(b, { type: 'sync:now' })).lastSyncedAt, { timeout: 20_000 }).not.toBeNull();
    const popupB = await b.browser.openExtensionPage('popup.html');
    await expect.poll(() => rows(popupB).allTextContents(), { timeout: 20_000 }).toEqual([title]);
    // The popup says when it last synced, from the status the background publishes.
    await expect.poll(() => popupB.locator('.sync-line').textContent(), { timeout: 10_000 }).toContain('Đã đồng bộ');

    // Deleted in B's popup: gone from A's once both have synced.
    await row(popupB, title).getByRole('button', { name: /^Xoá/ }).click();
    await expect.poll(() => rows(popupB).count()).toBe(0);
    await expect.poll(async () => (await send<SyncStatus>(b, { type: 'sync:now' })).pending, { timeout: 20_000 }).toBe(0);
    await send<SyncStatus>(a, { type: 'sync:now' });
    const popupA = await a.browser.openExtensionPage('popup.html');
    await expect.poll(() => rows(popupA).count(), { timeout: 20_000 }).toBe(0);

    // Everything the extensions sent went to the team's server, under its own name.
    for (const p of [a, b]) {
      expect(p.own.length).toBeGreaterThan(0);
      expect(p.own.filter((u) => new URL(u).origin !== url)).toEqual([]);
    }
    expect(new Set(front.requests.map((r) => r.host))).toEqual(new Set([`${SYNC_HOST}:${front.port}`]));
  });

  it('keeps both people’s notes when both edit one clipping, and the popup says so', async () => {
    const article = clippingInput({ url: 'https://baoquocte.vn/ca-hai-cung-sua.html', canonicalUrl: 'https://baoquocte.vn/ca-hai-cung-sua.html' });
    const idA = await restoreThroughBackground(a.ext, article);
    await expect.poll(async () => (await send<SyncStatus>(a, { type: 'sync:now' })).pending, { timeout: 20_000 }).toBe(0);
    await send<SyncStatus>(b, { type: 'sync:now' });
    let idB: string | undefined;
    await expect.poll(async () => (idB = (await send<{ clipped: boolean; id?: string }>(b, { type: 'clip:status', url: article.url })).id), { timeout: 20_000 }).toBeTruthy();
    // Both edit before either has the other's words.
    await send(a, { type: 'clip:update', id: idA, note: 'Alice: trích dẫn cho báo cáo', tags: [] });
    await send(b, { type: 'clip:update', id: idB, note: 'Carol: đã gửi lãnh đạo', tags: [] });
    for (let round = 0; round < 2; round++) for (const p of [a, b]) await send<SyncStatus>(p, { type: 'sync:now' });
    for (const p of [a, b]) {
      await expect(send<SyncStatus>(p, { type: 'sync:status' })).resolves.toMatchObject({ conflicts: 1, pending: 0 });
      const popup = await p.browser.openExtensionPage('popup.html');
      await expect.poll(() => row(popup, article.title).locator('.clipping-note').textContent(), { timeout: 10_000 }).toContain('Alice: trích dẫn cho báo cáo');
      await expect(row(popup, article.title).locator('.clipping-note').textContent()).resolves.toContain('Carol: đã gửi lãnh đạo');
      await expect.poll(() => popup.locator('.sync-line').textContent(), { timeout: 10_000 }).toContain('1 bài có ghi chú của hai người');
      await popup.close();
    }
  });

  it('brings a star given in one browser to the other, and its removal there back for good', async () => {
    const article = clippingInput({ url: 'https://baoquocte.vn/theo-doi-van-ban.html', canonicalUrl: 'https://baoquocte.vn/theo-doi-van-ban.html', spec: { directives: [{ id: '57-KL/TW' }] } });
    await restoreThroughBackground(a.ext, article);
    /** The one who changed something syncs first, then the other. */
    const syncBoth = async (first = a, then = b) => {
      for (const p of [first, then]) await send<SyncStatus>(p, { type: 'sync:now' });
    };
    await syncBoth();
    const star = (page: Page) => page.getByRole('button', { name: 'Theo dõi: 57-KL/TW' });
    const pageA = await a.browser.openExtensionPage(directiveHref('57-KL/TW'));
    const pageB = await b.browser.openExtensionPage(directiveHref('57-KL/TW'));
    await expect.poll(() => star(pageB).getAttribute('aria-pressed'), { timeout: 20_000 }).toBe('false');
    await star(pageA).click();
    await expect.poll(() => star(pageA).getAttribute('aria-pressed'), { timeout: 10_000 }).toBe('true');
    await syncBoth();
    await expect.poll(() => star(pageB).getAttribute('aria-pressed'), { timeout: 20_000 }).toBe('true');
    const library = await b.browser.openExtensionPage('library.html');
    await expect.poll(() => library.locator('.watched-view li').allTextContents(), { timeout: 10_000 }).toEqual(['57-KL/TW']);
    // Taken away in B: gone in A, and no later run brings A's old copy of it back.
    await star(pageB).click();
    await expect.poll(() => star(pageB).getAttribute('aria-pressed'), { timeout: 10_000 }).toBe('false');
    await syncBoth(b, a);
    await expect.poll(() => star(pageA).getAttribute('aria-pressed'), { timeout: 20_000 }).toBe('false');
    await syncBoth();
    await syncBoth();
    for (const page of [pageA, pageB]) await expect(star(page).getAttribute('aria-pressed')).resolves.toBe('false');
    await expect.poll(() => library.locator('.watched-view li').count(), { timeout: 10_000 }).toBe(0);
  });
});
