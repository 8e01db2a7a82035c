/**
 * No one's words go without a way back, in Chromium: a teammate's delete
 * arrives by sync and the clipping waits in the library's trash, from where
 * the keyboard restores it with its note (and it comes back for the teammate
 * too); a colleague's file holding an older copy of an article brings its note
 * beside the reader's instead of being skipped. Invented articles and notes.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../lib/sync/types';
import { EXPORT_FORMAT } from '../../lib/clipping/export-format';
import { CHROME_E2E_BUILD, type ExtensionBrowser, launchWithExtension, missingPrerequisite } from '../../scripts/support/chromium';
import { clippingInput } from '../../scripts/support/clippings';
import { restoreThroughBackground, sendFromExtensionPage } from '../../scripts/support/collection';
import { ALICE, CAROL, type Couch, startCouch, TEAM_DB } from '../../scripts/support/couch';
import { type HttpsFront, httpsFront } from '../../scripts/support/https-front';

const SYNC_HOST = 'sync.example-team.vn';
const row = (page: Page, title: string) => page.locator('.collection li', { has: page.locator('.clipping-title', { hasText: title }) });

interface Profile {
  browser: ExtensionBrowser;
  ext: Page;
}

const send = async <T>(p: Profile, message: unknown): Promise<T> => {
  const reply = await sendFromExtensionPage<T>(p.ext, message);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
};

/** Syncs until nothing waits to be sent. */
const syncNow = (p: Profile) => expect.poll(async () => (await send<SyncStatus>(p, { type: 'sync:now' })).pending, { timeout: 20_000 }).toBe(0);

describe.skipIf(missingPrerequisite(CHROME_E2E_BUILD))('the trash and the import keep everyone’s words', () => {
  let couch: Couch;
  let front: HttpsFront;
  let a: Profile;
  let b: Profile;

  beforeAll(async () => {
    couch = await startCouch();
    front = await httpsFront(couch.url);
    const url = `https://${SYNC_HOST}:${front.port}`;
    const open = async (user: { name: string; password: string }): Promise<Profile> => {
      const browser = await launchWithExtension({ build: CHROME_E2E_BUILD });
      const p = { browser, ext: await browser.openExtensionPage('options.html') };
      const status = await send<SyncStatus>(p, { type: 'sync:configure', setup: { url, database: TEAM_DB, username: user.name, password: user.password } });
      expect(status.problem).toBeNull();
      return p;
    };
    a = await open(ALICE);
    b = await open(CAROL);
  });
  afterAll(async () => {
    await a?.browser.close();
    await b?.browser.close();
    await front?.close();
    await couch?.stop();
  });

  it('a teammate’s delete puts the clipping in the trash; restoring it brings it back with its note, for both', async () => {
    const article = clippingInput({ url: 'https://baoquocte.vn/bai-se-bi-xoa.html', canonicalUrl: 'https://baoquocte.vn/bai-se-bi-xoa.html', title: 'Hội nghị thông tin đối ngoại khu vực phía Nam' });
    const idA = await restoreThroughBackground(a.ext, article);
    await send(a, { type: 'clip:update', id: idA, note: 'Alice: cần trích đoạn kết luận', tags: ['báo cáo'] });
    await syncNow(a);
    let idB: string | undefined;
    await expect
      .poll(async () => {
        await send<SyncStatus>(b, { type: 'sync:now' });
        return (idB = (await send<{ id?: string }>(b, { type: 'clip:status', url: article.url })).id);
      }, { timeout: 20_000 })
      .toBeTruthy();

    // Carol deletes it; Alice's next sync brings the delete.
    await send(b, { type: 'clip:delete', id: idB });
    await syncNow(b);
    await send<SyncStatus>(a, { type: 'sync:now' });
    await expect.poll(async () => (await send<{ clipped: boolean }>(a, { type: 'clip:status', url: article.url })).clipped, { timeout: 20_000 }).toBe(false);

    // In Alice's library: the trash lists it with who took it away and her note.
    const library = await a.browser.openExtensionPage('library.html');
    await library.getByRole('button', { name: 'Xem thùng rác' }).click();
    const trash = library.locator('section.trash');
    const entry = trash.locator('li', { hasText: article.title });
    await expect.poll(() => entry.textContent(), { timeout: 10_000 }).toContain('đồng đội đã xoá');
    await expect(entry.locator('.trash-note').textContent()).resolves.toBe('Alice: cần trích đoạn kết luận');

    // Restored from the keyboard.
    await entry.getByRole('button', { name: `Khôi phục: ${article.title}` }).focus();
    await library.keyboard.press('Enter');
    await expect.poll(() => trash.locator('[role="status"]').textContent(), { timeout: 10_000 }).toBe(`Đã khôi phục “${article.title}”.`);
    await expect.poll(() => entry.count()).toBe(0);
    await expect.poll(() => row(library, article.title).locator('.clipping-note').textContent(), { timeout: 10_000 }).toContain('Alice: cần trích đoạn kết luận');

    // And back for Carol, note and all.
    await syncNow(a);
    await expect
      .poll(async () => {
        await send<SyncStatus>(b, { type: 'sync:now' });
        return (await send<{ clipped: boolean }>(b, { type: 'clip:status', url: article.url })).clipped;
      }, { timeout: 20_000 })
      .toBe(true);
    await library.close();
  });

  it('a colleague’s file with an older copy brings their note beside the reader’s, and says so', async () => {
    const article = clippingInput({ url: 'https://nhandan.vn/bai-cua-hai-nguoi.html', canonicalUrl: 'https://nhandan.vn/bai-cua-hai-nguoi.html', title: 'Tọa đàm về công tác thông tin đối ngoại' });
    const id = await restoreThroughBackground(a.ext, article);
    await send(a, { type: 'clip:update', id, note: 'Ghi chú của tôi', tags: ['Hòa bình'] });
    // The colleague's copy: written long before the reader's edit, with their own words.
    const theirs = { ...article, id: 'colleague-copy', clippedAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-02T00:00:00.000Z', note: 'Ghi chú của đồng nghiệp', tags: ['Hoà bình', 'Đối ngoại'] };
    const file = JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: '2024-01-03T00:00:00.000Z', clippings: [theirs] });

    const library = await a.browser.openExtensionPage('library.html');
    await library.locator('input[type="file"]').setInputFiles({ name: 'dong-nghiep.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect
      .poll(() => library.locator('.import-report').textContent(), { timeout: 10_000 })
      .toContain('Đã nhập: 0 mới, 0 cập nhật, 1 gộp ghi chú và nhãn từ bản cũ hơn, 0 bỏ qua (không có gì mới)');
    await expect(library.locator('.import-report').textContent()).resolves.toContain('ghi chú: giữ cả ghi chú của bạn và ghi chú trong tệp');
    const note = row(library, article.title).locator('.clipping-note');
    await expect.poll(() => note.textContent(), { timeout: 10_000 }).toContain('Ghi chú của tôi');
    await expect(note.textContent()).resolves.toContain('Ghi chú của đồng nghiệp');
    // Their tag joins the reader's, shown as a chip beside the note.
    await expect(row(library, article.title).locator('.tag-chip').allTextContents()).resolves.toContain('#Đối ngoại');
    await library.close();
  });
});
