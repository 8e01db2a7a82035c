/**
 * Hostile sync servers, against the e2e build in Chromium (whose manifest holds
 * *://*.vn/*, so a redirect to another .vn origin would be allowed if it were
 * followed): a server that redirects the sign-in to another origin (a 307 to
 * another host and port, a 308 to plain http), one that starts redirecting
 * after set-up, one that never answers, one that answers 30 MB of error text.
 * The credentials reach only the configured origin (the other origins see no
 * request at all, so no Authorization, cookie or password), the options page
 * and the popup's sync line say what happened within the deadline, as text,
 * and nothing waiting is lost.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../lib/sync/types';
import { CHROME_E2E_BUILD, type ExtensionBrowser, launchWithExtension, missingPrerequisite } from '../../scripts/support/chromium';
import { clippingInput } from '../../scripts/support/clippings';
import { restoreThroughBackground, sendFromExtensionPage } from '../../scripts/support/collection';
import { ALICE, type Couch, startCouch, TEAM_DB } from '../../scripts/support/couch';
import { type HostileServer, hostileServer } from '../../scripts/support/hostile-server';

const HOST = 'sync.example-team.vn';
const OTHER = 'other.example-team.vn';

const send = async <T>(page: Page, message: unknown): Promise<T> => {
  const reply = await sendFromExtensionPage<T>(page, message);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
};

describe.skipIf(missingPrerequisite(CHROME_E2E_BUILD))('a hostile sync server', () => {
  let couch: Couch;
  let front: HostileServer;
  let other: HostileServer;
  let plain: HostileServer;
  let browser: ExtensionBrowser;
  let options: Page;

  beforeAll(async () => {
    couch = await startCouch();
    front = await hostileServer({ target: couch.url });
    other = await hostileServer();
    plain = await hostileServer({ tls: false });
    browser = await launchWithExtension({ build: CHROME_E2E_BUILD });
    options = await browser.openExtensionPage('options.html');
  });
  afterAll(async () => {
    await browser?.close();
    for (const server of [front, other, plain]) await server?.close();
    await couch?.stop();
  });

  const section = () => options.locator('fieldset.sync');
  /** Fills the options page's sync form with Alice's name and password and saves. */
  async function saveForm(url: string) {
    for (const [name, value] of [['sync-url', url], ['sync-database', TEAM_DB], ['sync-username', ALICE.name], ['sync-password', ALICE.password]]) {
      await options.locator(`input[name="${name}"]`).fill(value!);
    }
    await section().getByRole('button', { name: 'Lưu và kết nối' }).click();
  }
  /** No request, so no credential, ever reached the other origins. */
  const nothingElsewhere = () => {
    expect(other.requests).toEqual([]);
    expect(plain.requests).toEqual([]);
  };

  it('refuses a sign-in redirected to another origin, and keeps nothing', async () => {
    const url = `https://${HOST}:${front.port}`;
    for (const to of [`https://${OTHER}:${other.port}`, `http://${HOST}:${plain.port}`]) {
      front.behaviour = { kind: 'redirect', to, status: to.startsWith('http:') ? 308 : 307 };
      front.requests.length = 0;
      await saveForm(url);
      await expect.poll(() => section().locator('.sync-message').textContent(), { timeout: 15_000 }).toContain('Máy chủ chuyển yêu cầu sang một địa chỉ khác');
      await expect(send<SyncStatus>(options, { type: 'sync:status' })).resolves.toMatchObject({ server: null });
      // The password went to the configured origin only, once.
      expect(front.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /_session']);
      nothingElsewhere();
    }
  });

  describe('once set up', () => {
    let popup: Page;
    const article = clippingInput({ url: 'https://baoquocte.vn/cho-gui.html', canonicalUrl: 'https://baoquocte.vn/cho-gui.html' });
    const line = () => popup.locator('.sync-line');
    // A run the write started itself (a few seconds after it) may hold the button until it ends.
    const syncNow = () => line().getByRole('button', { name: 'Đồng bộ ngay' }).click({ timeout: 60_000 });
    const onServer = async () => ((await (await couch.admin(`/${TEAM_DB}`)).json()) as { doc_count: number }).doc_count;

    it('sets up while the server behaves', async () => {
      front.behaviour = { kind: 'forward' };
      await saveForm(`https://${HOST}:${front.port}`);
      await expect.poll(() => section().locator('.sync-server dd[data-field="database"]').textContent(), { timeout: 15_000 }).toBe(TEAM_DB);
      await expect.poll(async () => (await send<SyncStatus>(options, { type: 'sync:now' })).lastSyncedAt, { timeout: 20_000 }).not.toBeNull();
      popup = await browser.openExtensionPage('popup.html');
    });

    /** A change made while the server misbehaves: waiting, then sent once it behaves. */
    async function waitsThenGoes(path: string) {
      await expect(send<SyncStatus>(options, { type: 'sync:status' })).resolves.toMatchObject({ pending: 1 });
      front.behaviour = { kind: 'forward' };
      await expect.poll(async () => (await send<SyncStatus>(options, { type: 'sync:now' })).pending, { timeout: 30_000 }).toBe(0);
      await expect(send<{ clipped: boolean }>(options, { type: 'clip:status', url: `https://baoquocte.vn/${path}.html` })).resolves.toMatchObject({ clipped: true });
    }

    it('says so when the server starts redirecting, and sends it no credential', async () => {
      front.behaviour = { kind: 'redirect', to: `https://${OTHER}:${other.port}` };
      await restoreThroughBackground(options, { ...article, url: 'https://baoquocte.vn/chuyen-huong.html', canonicalUrl: 'https://baoquocte.vn/chuyen-huong.html' });
      await syncNow();
      await expect.poll(() => line().locator('.sync-problem-sentence').textContent(), { timeout: 30_000 }).toContain('Máy chủ chuyển yêu cầu sang một địa chỉ khác');
      nothingElsewhere();
      await waitsThenGoes('chuyen-huong');
    });

    it('ends "Sync now" with the deadline when the server never answers', async () => {
      const held = await onServer();
      front.behaviour = { kind: 'silent' };
      await restoreThroughBackground(options, article);
      await syncNow();
      await expect.poll(() => line().locator('.sync-problem-sentence').textContent(), { timeout: 90_000, interval: 1000 }).toBe(
        'Máy chủ không trả lời trong 30 giây. Tiện ích sẽ thử lại; bộ sưu tập trên máy này vẫn an toàn.',
      );
      expect(await onServer()).toBe(held);
      await waitsThenGoes('cho-gui');
      nothingElsewhere();
    }, 180_000);

    it('shows a few hundred characters of 30 MB of error text, as text', async () => {
      front.behaviour = { kind: 'flood', bytes: 30 * 1024 * 1024 };
      await restoreThroughBackground(options, { ...article, url: 'https://baoquocte.vn/loi-dai.html', canonicalUrl: 'https://baoquocte.vn/loi-dai.html' });
      await syncNow();
      await expect.poll(() => line().locator('.sync-problem-sentence').textContent(), { timeout: 30_000 }).toContain('Máy chủ gặp lỗi.');
      const detail = (await line().locator('.sync-detail').textContent())!;
      expect(detail).toMatch(/^HTTP 500 <script>alert\("lỗi"\)<\/script>/);
      expect([...detail].length).toBeLessThanOrEqual(300);
      expect(await popup.locator('.sync-line script').count()).toBe(0);
      // What is kept for the pages is as short.
      expect([...(await send<SyncStatus>(options, { type: 'sync:status' })).problem!.detail].length).toBeLessThanOrEqual(300);
      await waitsThenGoes('loi-dai');
      nothingElsewhere();
    });
  });
});
