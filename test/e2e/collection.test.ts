/**
 * The collection end to end in Chromium with the built extension: clip a
 * fixture article, find it in the popup, filter, edit, export (the real
 * download, checked against the JSON Schema), delete, import it back; live
 * updates; two tabs clipping at once; the collection surviving a reload of
 * the extension and a restart of the browser.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/support/chromium';
import { clippingInput } from '../../scripts/support/clippings';
import { clipArticle, openPopupFor, reloadExtension, restoreThroughBackground } from '../../scripts/support/collection';
import { newsPage, seedFiles, seedPage } from '../../scripts/support/news-page';
import { startServer, type FixtureServer } from '../../scripts/support/server';

const schema = JSON.parse(readFileSync(resolve(import.meta.dirname, '..', '..', 'lib', 'clipping', 'export.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const validateExport = ajv.compile(schema);

/** An ordinary article with no official and no directive in it. */
const GOLD_PRICE = newsPage({
  title: 'Giá vàng hôm nay tăng mạnh',
  paragraphs: [
    'Giá vàng trong nước sáng nay tăng mạnh theo đà đi lên của giá vàng thế giới, lên mức cao nhất trong ba tháng qua.',
    'Tại các cửa hàng trên phố Trần Nhân Tông, Hà Nội, lượng khách đến mua vàng nhẫn đông hơn ngày thường, nhiều người xếp hàng từ sớm.',
    'Giá vàng miếng được các doanh nghiệp niêm yết ở mức cao, chênh lệch giữa giá mua vào và bán ra vẫn duy trì ở mức hai triệu đồng mỗi lượng.',
    'Theo giới phân tích, giá vàng thế giới tăng do đồng đô la suy yếu và nhu cầu trú ẩn an toàn của nhà đầu tư gia tăng trước những biến động của thị trường.',
    'Người dân được khuyến cáo cân nhắc kỹ trước khi mua vào ở vùng giá cao, tránh tâm lý chạy theo đám đông.',
  ],
});

const rows = (popup: Page) => popup.locator('.clipping-title');
const row = (popup: Page, title: string) => popup.locator('li', { has: popup.locator('.clipping-title', { hasText: title }) });

describe('the clippings collection in Chromium', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let profile: string;
  let ext: Page;
  let seedTitle: string;

  const openArticle = async (path: string, html: string) => {
    server.page(path, html);
    const page = await browser.context.newPage();
    await page.goto(server.at('www.vietnamplus.vn', path));
    await page.locator('ttdn-panel[data-state="ready"]').waitFor({ state: 'attached', timeout: 15_000 });
    return page;
  };

  beforeAll(async () => {
    server = await startServer();
    profile = mkdtempSync(join(tmpdir(), 'ttdn-collection-'));
    browser = await launchWithExtension({ userDataDir: profile });
    // An extension page to speak to the background from, as the extension's own pages do.
    ext = await browser.openExtensionPage('library.html');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('clips an article, shows it, filters by an official, exports, deletes and imports it back identical', async () => {
    const article = await openArticle('/tin/seed-0.html', seedPage(seedFiles()[0]!));
    seedTitle = (await article.locator('h1').textContent())!.trim();
    await clipArticle(ext, article);
    const other = await openArticle('/tin/gia-vang.html', GOLD_PRICE);
    await clipArticle(ext, other);

    // The popup over the article's tab knows it is clipped.
    const overArticle = await openPopupFor(browser, article);
    await expect.poll(() => overArticle.locator('.current-tab').textContent()).toContain(seedTitle);
    await expect.poll(() => overArticle.getByRole('button', { name: 'Lưu lại (cập nhật bài đã lưu)' }).isVisible()).toBe(true);
    await overArticle.close();

    const popup = await browser.openExtensionPage('popup.html');
    await expect.poll(() => rows(popup).allTextContents()).toEqual(['Giá vàng hôm nay tăng mạnh', seedTitle]);

    // Filter by an official (the popup folds its filters behind one control): only the article that names them remains.
    await popup.getByText('Lọc và sắp xếp').click();
    const official = popup.getByRole('combobox', { name: 'Quan chức' });
    const firstOfficial = await official.locator('option').nth(1).getAttribute('value');
    await official.selectOption(firstOfficial!);
    await expect.poll(() => rows(popup).allTextContents()).toEqual([seedTitle]);

    // A note and tags, so the round trip carries the user's own words too.
    await row(popup, seedTitle).getByRole('button', { name: /^Sửa/ }).click();
    const dialog = popup.getByRole('dialog');
    await dialog.getByLabel('Ghi chú').fill('Trích dẫn cho báo cáo quý III');
    await dialog.getByLabel(/^Nhãn/).fill('TTĐN, Đà Nẵng');
    await dialog.getByRole('button', { name: 'Lưu thay đổi' }).click();
    // The tags as chips, then the note.
    await expect.poll(() => row(popup, seedTitle).locator('.clipping-note').textContent()).toBe('Trích dẫn cho báo cáo quý III');
    await expect.poll(() => row(popup, seedTitle).locator('.tag-chip').allTextContents()).toEqual(['#TTĐN', '#Đà Nẵng']);

    // Export everything: the real download, valid against the committed schema.
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Xuất', exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(/^ttdn-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(validateExport(file), ajv.errorsText(validateExport.errors)).toBe(true);
    expect(file.clippings.map((c: { title: string }) => c.title)).toEqual(['Giá vàng hôm nay tăng mạnh', seedTitle]);
    const exported = file.clippings[1];
    expect(exported).toMatchObject({ note: 'Trích dẫn cho báo cáo quý III', tags: ['TTĐN', 'Đà Nẵng'], site: 'vietnamplus.vn' });
    expect(exported.analysis.officials.length).toBeGreaterThan(0);

    // Delete it: gone from the list (undo is offered).
    await row(popup, seedTitle).getByRole('button', { name: /^Xoá/ }).click();
    await expect.poll(() => rows(popup).count()).toBe(0);
    await expect(popup.getByRole('button', { name: 'Hoàn tác' }).isVisible()).resolves.toBe(true);
    await popup.getByRole('button', { name: 'Bỏ lọc' }).click();
    await expect.poll(() => rows(popup).allTextContents()).toEqual(['Giá vàng hôm nay tăng mạnh']);

    // Import the exported file: the deleted one comes back, the other is skipped.
    await popup.locator('input[type="file"]').setInputFiles((await download.path())!);
    await expect.poll(() => popup.locator('.import-report').textContent()).toContain('Đã nhập: 1 mới, 0 cập nhật, 0 gộp ghi chú và nhãn từ bản cũ hơn, 1 bỏ qua (không có gì mới)');
    await expect.poll(() => rows(popup).allTextContents()).toEqual(['Giá vàng hôm nay tăng mạnh', seedTitle]);

    // Identical to what was exported: id, times, note, tags, text and analysis.
    const [again] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Xuất', exact: true }).click()]);
    const reexported = JSON.parse(readFileSync((await again.path())!, 'utf8'));
    expect(reexported.clippings[1]).toEqual(exported);
    await popup.close();
    await article.close();
    await other.close();
  });

  it('says clearly that a page the extension does not read cannot be clipped', async () => {
    server.page('/tin/unlisted.html', GOLD_PRICE);
    const page = await browser.context.newPage();
    await page.goto(server.at('news.unlisted.test', '/tin/unlisted.html'));
    const popup = await openPopupFor(browser, page);
    await popup.getByRole('button', { name: 'Lưu bài này' }).click();
    await expect.poll(() => popup.locator('.current-tab [role="alert"]').textContent()).toBe('Trang này không có bài báo để lưu (hoặc cần tải lại trang).');
    await expect.poll(() => rows(popup).count()).toBe(2);
    await popup.close();
    await page.close();
  });

  it('refuses a foreign file with a clear message and changes nothing', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await expect.poll(() => rows(popup).count()).toBe(2);
    await popup.locator('input[type="file"]').setInputFiles({ name: 'bookmarks.json', mimeType: 'application/json', buffer: Buffer.from('{"roots":{}}') });
    await expect.poll(() => popup.getByRole('alert').textContent()).toBe('Tệp này không phải bản xuất bộ sưu tập của tiện ích. Không có gì thay đổi.');
    await expect(rows(popup).count()).resolves.toBe(2);
    await popup.close();
  });

  it('shows a clip made in another tab in the open popup, without reopening it', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await expect.poll(() => rows(popup).count()).toBe(2);
    const article = await openArticle('/tin/seed-3.html', seedPage(seedFiles()[3]!));
    await clipArticle(ext, article);
    const title = (await article.locator('h1').textContent())!.trim();
    await expect.poll(() => rows(popup).first().textContent(), { timeout: 10_000 }).toBe(title);
    await popup.close();
    await article.close();
  });

  it('loses nothing when two tabs clip at once, and keeps one copy of an article written twice at once', async () => {
    const before = await browser.openExtensionPage('popup.html');
    await expect.poll(() => rows(before).count()).toBe(3);
    const count = Number((await before.locator('#collection-heading .total').textContent())!.replace(/\D/g, ''));
    await before.close();

    const [a, b] = await Promise.all([openArticle('/tin/seed-1.html', seedPage(seedFiles()[1]!)), openArticle('/tin/seed-2.html', seedPage(seedFiles()[2]!))]);
    const extB = await browser.openExtensionPage('library.html');
    await Promise.all([clipArticle(ext, a), clipArticle(extB, b)]);
    // Many more writes from two extension pages at once (as undo writes), and one article from both.
    const burst = (page: Page, prefix: string) =>
      Promise.all(Array.from({ length: 15 }, (_, i) => restoreThroughBackground(page, clippingInput({ url: `https://nhandan.vn/${prefix}-${i}`, title: `${prefix} ${i}` }))));
    const same = clippingInput({ url: 'https://nhandan.vn/cung-mot-bai' });
    const results = await Promise.all([burst(ext, 'trai'), burst(extB, 'phai'), restoreThroughBackground(ext, same), restoreThroughBackground(extB, same)]);
    expect(results[2]).toBe(results[3]);

    const popup = await browser.openExtensionPage('popup.html');
    await expect.poll(() => popup.locator('#collection-heading .total').textContent()).toBe(`(${count + 2 + 30 + 1})`);
    await popup.close();
    await extB.close();
    await a.close();
    await b.close();
  });

  it('keeps the collection when the extension reloads and when the browser restarts', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await expect.poll(() => rows(popup).count()).toBeGreaterThan(0);
    const total = await popup.locator('#collection-heading .total').textContent();
    await popup.close();

    await reloadExtension(browser);
    const reloaded = await browser.openExtensionPage('popup.html');
    await expect.poll(() => reloaded.locator('#collection-heading .total').textContent()).toBe(total);
    await reloaded.close();

    await browser.close();
    browser = await launchWithExtension({ userDataDir: profile });
    const afterRestart = await browser.openExtensionPage('popup.html');
    await expect.poll(() => afterRestart.locator('#collection-heading .total').textContent()).toBe(total);
    // Text search finds the first clipping again, note included.
    await afterRestart.getByRole('searchbox').fill('trích dẫn BÁO CÁO quý iii');
    await expect.poll(() => rows(afterRestart).allTextContents()).toEqual([seedTitle]);
  });
});
