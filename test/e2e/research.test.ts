/**
 * The research pages and the exports for other tools, end to end in Chromium
 * with the built extension: a seeded collection; from the library, an
 * official's page (timeline of titles, companions) and on to a directive's
 * page (particulars that differ, what carries it out); CSV, CSL-JSON, RIS,
 * the workbook and the Obsidian vault downloaded from the library and read
 * back as those tools would (citation-js's RIS reader, read-excel-file, a
 * link and tag check).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import Ajv from 'ajv';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/support/chromium';
import { BINH, clippingInput, HD111, KL57, MON, NGHIA, NQ47 } from '../../scripts/support/clippings';
import { restoreThroughBackground, sendFromExtensionPage } from '../../scripts/support/collection';
import { parseCsv } from '../helpers/csv';

/** Screenshots of the pages, for a human to look at (not compared). */
const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');
const cslSchema = JSON.parse(readFileSync(resolve(import.meta.dirname, '..', 'unit', 'export', 'csl-items.schema.json'), 'utf8'));
const validateCsl = new Ajv({ allErrors: true, strict: false }).compile(cslSchema);

const MINISTER = 'Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch';
const PLAN = { id: '45-KH/TU', kind: 'Kế hoạch', issuer: 'Tỉnh ủy' };
const CLIPPINGS = [
  clippingInput({
    title: 'Hội nghị thông tin đối ngoại 2022',
    published: '2022-03-10T08:00:00+07:00',
    text: 'Đồng chí Lê Hải Bình, Phó Trưởng Ban Tuyên giáo Trung ương, dự hội nghị. Tỉnh ủy ban hành Kế hoạch số 45-KH/TU thực hiện Kết luận số 57-KL/TW của Bộ Chính trị.',
    spec: { officials: [BINH], directives: [PLAN, KL57] },
  }),
  clippingInput({
    title: 'Lễ trao giải báo chí về thông tin đối ngoại',
    published: '2024-08-07T09:00:00+07:00',
    spec: { officials: [{ name: 'Lê Hải Bình', titles: [MINISTER] }, MON], directives: [{ ...KL57, issuer: 'Ban Bí thư' }, NQ47] },
  }),
  clippingInput({
    title: '=HYPERLINK("http://x.example","bấm") - bài có tiêu đề lạ',
    published: '2025-01-15T07:30:00+07:00',
    spec: { officials: [NGHIA], directives: [HD111] },
  }),
];

/** What the reader adds to the second clipping: every export must carry it. */
const NOTE = 'Ghi chú <b>của</b> tôi\ndòng hai';
const TAGS = ['Đà Nẵng', 'TTĐN'];
/** Each clipping's officials and directives, as every export must list them. */
const FOUND: Record<string, { officials: string[]; directives: string[] }> = {
  [CLIPPINGS[0]!.title]: { officials: [BINH.name], directives: [PLAN.id, KL57.id] },
  [CLIPPINGS[1]!.title]: { officials: [BINH.name, MON.name], directives: [KL57.id, NQ47.id] },
  [CLIPPINGS[2]!.title]: { officials: [NGHIA.name], directives: [HD111.id] },
};

/** The library's export menu, opened. */
async function exportMenu(library: Page) {
  const menu = library.locator('details.export-menu');
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
  return menu;
}

async function downloadFrom(library: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const menu = await exportMenu(library);
  const [download] = await Promise.all([library.waitForEvent('download'), menu.getByRole('button', { name: button }).click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

const frontMatter = (markdown: string) => {
  const docs = parseAllDocuments(markdown.match(/^---\n([\s\S]*?)\n---\n/)![1]!, { strict: true });
  const [doc] = docs as unknown as { errors: unknown[]; toJS(): Record<string, unknown> }[];
  expect(doc!.errors).toEqual([]);
  return doc!.toJS();
};

describe('research pages and exports in Chromium', () => {
  let browser: ExtensionBrowser;
  let library: Page;

  beforeAll(async () => {
    browser = await launchWithExtension();
    library = await browser.openExtensionPage('library.html');
    const ids = [];
    for (const clipping of CLIPPINGS) ids.push(await restoreThroughBackground(library, clipping));
    const updated = await sendFromExtensionPage(library, { type: 'clip:update', id: ids[1], note: NOTE, tags: TAGS });
    expect(updated.ok).toBe(true);
    await library.reload();
    await library.locator('.clipping').nth(2).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("opens an official's page from the library: every article, newest first, with the titles each gave", async () => {
    const facets = library.locator('nav.facets');
    await facets.getByRole('button', { name: /^Lê Hải Bình/ }).click();
    await library.getByRole('link', { name: 'Hồ sơ quan chức: Lê Hải Bình' }).click();
    await library.waitForURL(/research\.html#official=/);
    await expect.poll(() => library.locator('h1').textContent()).toBe('Lê Hải Bình');
    const timeline = library.locator('.timeline li');
    await expect.poll(() => timeline.locator('time').allTextContents()).toEqual(['7/8/2024', '10/3/2022']);
    expect(await timeline.locator('.article-title').allTextContents()).toEqual(['Lễ trao giải báo chí về thông tin đối ngoại', 'Hội nghị thông tin đối ngoại 2022']);
    // The titles come once the articles are read (the list shows first, from the cards).
    await expect.poll(() => timeline.locator('.titles').allTextContents()).toEqual([MINISTER, 'Phó Trưởng Ban Tuyên giáo Trung ương']);
    expect(await library.locator('.title-spans li strong').allTextContents()).toEqual([MINISTER, 'Phó Trưởng Ban Tuyên giáo Trung ương']);
    expect(await library.getByRole('region', { name: 'Quan chức xuất hiện cùng' }).getByRole('link').allTextContents()).toEqual(['Lại Xuân Môn']);
    mkdirSync(ARTIFACTS, { recursive: true });
    await library.screenshot({ path: resolve(ARTIFACTS, 'research-official.png'), fullPage: true });

    // On to the directive they appear with most: the issuers the articles state differ, and both show.
    await library.getByRole('region', { name: 'Văn bản được nêu cùng' }).getByRole('link', { name: '57-KL/TW' }).click();
    await expect.poll(() => library.locator('h1').textContent()).toBe('57-KL/TW');
    const issuer = library.locator('[data-particular="issuer"]');
    await expect.poll(() => issuer.locator('dd').allTextContents()).toEqual(['Ban Bí thư (1/2 bài)', 'Bộ Chính trị (1/2 bài)']);
    expect(await issuer.locator('dt').textContent()).toContain('các bài nêu khác nhau');
    const carriedOut = library.getByRole('region', { name: 'Được thực hiện, triển khai bằng' });
    await expect.poll(() => carriedOut.getByRole('link').allTextContents()).toEqual(['45-KH/TU']);
    expect(await carriedOut.locator('blockquote').textContent()).toBe('45-KH/TU thực hiện Kết luận số 57-KL/TW');
    await library.screenshot({ path: resolve(ARTIFACTS, 'research-directive.png'), fullPage: true });
    await library.getByRole('link', { name: '← Thư viện' }).click();
    await library.waitForURL(/library\.html$/);
    await library.locator('.clipping').nth(2).waitFor();
  });

  it('exports CSV that a spreadsheet reads as text, with officials and directives counted', async () => {
    const { name, bytes } = await downloadFrom(library, 'CSV: các bài (bảng tính)');
    expect(name).toMatch(/^ttdn-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    // Every field quoted (a spreadsheet that splits on ";" or tabs must find no formula either).
    const rows = parseCsv(text);
    expect(rows[0]!.join(',')).toBe('id,title,site,url,canonical_url,author,published,clipped_at,updated_at,foreign_info,score,officials,directives,tags,note');
    expect(rows.filter((row) => row.some(Boolean))).toHaveLength(4);
    expect(rows.map((row) => row[1])).toContain(`'=HYPERLINK("http://x.example","bấm") - bài có tiêu đề lạ`);

    const officials = parseCsv((await downloadFrom(library, 'CSV: quan chức, số bài')).bytes.toString('utf8').slice(1));
    expect(officials[1]!.join(',')).toMatch(/^Lê Hải Bình,.*,2,2022-03-10,2024-08-07$/);
    const directives = await downloadFrom(library, 'CSV: văn bản, số bài');
    expect(directives.name).toMatch(/^ttdn-\d{4}-\d{2}-\d{2}-van-ban\.csv$/);
    // Every issuer the articles state is kept (the seeded clippings share one clip time, so their order is the store's).
    const [id, kind, issuers] = parseCsv(directives.bytes.toString('utf8').slice(1))[1]!;
    expect([id, kind, issuers!.split('; ').sort()]).toEqual(['57-KL/TW', 'Kết luận', ['Ban Bí thư', 'Bộ Chính trị']]);
  });

  it('exports the filtered set as CSL-JSON valid against the CSL schema, named by the filter', async () => {
    await library.locator('nav.facets').getByRole('button', { name: /^57-KL\/TW/ }).click();
    await (await exportMenu(library)).getByRole('radio', { name: /phần đang lọc/ }).check();
    const { name, bytes } = await downloadFrom(library, 'CSL-JSON (Mendeley, JabRef, pandoc)');
    expect(name).toMatch(/^ttdn-\d{4}-\d{2}-\d{2}-57-KL-TW\.csl\.json$/);
    const items = JSON.parse(bytes.toString('utf8'));
    expect(validateCsl(items), JSON.stringify(validateCsl.errors)).toBe(true);
    const byTitle = Object.fromEntries(items.map((i: { title: string }) => [i.title, i]));
    expect(Object.keys(byTitle).sort()).toEqual(['Hội nghị thông tin đối ngoại 2022', 'Lễ trao giải báo chí về thông tin đối ngoại']);
    expect(byTitle['Lễ trao giải báo chí về thông tin đối ngoại']).toMatchObject({
      type: 'article-newspaper',
      'container-title': 'VietnamPlus',
      language: 'vi',
      issued: { 'date-parts': [[2024, 8, 7]] },
    });
  });

  it('exports an Obsidian vault: a note a clipping linking to a note an official and a directive, valid front matter and tags', async () => {
    await (await exportMenu(library)).getByRole('radio', { name: /tất cả/ }).check();
    const { name, bytes } = await downloadFrom(library, 'Obsidian (zip Markdown: bài, quan chức, văn bản)');
    expect(name).toMatch(/^ttdn-\d{4}-\d{2}-\d{2}\.md\.zip$/);
    const files = unzipSync(new Uint8Array(bytes));
    const text = (file: string) => new TextDecoder().decode(files[file]);
    expect(Object.keys(files).filter((f) => f.startsWith('Bài viết/')).sort()).toEqual([
      'Bài viết/2022-03-10 Hội nghị thông tin đối ngoại 2022.md',
      'Bài viết/2024-08-07 Lễ trao giải báo chí về thông tin đối ngoại.md',
      'Bài viết/2025-01-15 =HYPERLINK( http-x.example , bấm ) - bài có tiêu đề lạ.md',
    ]);
    for (const file of Object.keys(files).filter((f) => f.startsWith('Bài viết/'))) {
      const fm = frontMatter(text(file));
      const found = FOUND[fm.title as string]!;
      expect(fm).toMatchObject({ officials: found.officials, directives: found.directives });
      // Every official and directive is a link Obsidian resolves to a note in the vault, shown by its own id.
      const links = [...text(file).matchAll(/\[\[([^\]|]+)\|([^\]|]+)\]\]/g)].map((m) => [m[1]!, m[2]!]);
      expect(links.map(([, label]) => label)).toEqual([...found.officials, ...found.directives]);
      for (const [path] of links) expect(Object.keys(files), path).toContain(`${path}.md`);
    }
    const noted = text('Bài viết/2024-08-07 Lễ trao giải báo chí về thông tin đối ngoại.md');
    expect(frontMatter(noted)).toMatchObject({ tags: ['Đà-Nẵng', 'TTĐN'], note: NOTE });
    expect(noted).toContain('> Ghi chú \\<b\\>của\\</b\\> tôi  \n> dòng hai');
    expect(noted).toContain('[[Văn bản/57-KL-TW|57-KL/TW]]');
    expect(frontMatter(text('Văn bản/57-KL-TW.md'))).toMatchObject({ title: '57-KL/TW', type: 'directive', kind: ['Kết luận'], articles: 2 });
    expect(frontMatter(text('Quan chức/Lê Hải Bình.md'))).toMatchObject({ title: 'Lê Hải Bình', type: 'official', articles: 2, first_article: '2022-03-10' });
  });

  it('exports RIS that a RIS reader splits into Zotero tags, abstract and note', async () => {
    const { name, bytes } = await downloadFrom(library, 'RIS (Zotero: nhãn, tóm tắt, ghi chú)');
    expect(name).toMatch(/^ttdn-\d{4}-\d{2}-\d{2}\.ris$/);
    const records = plugins.input.chainLink(bytes.toString('utf8')) as Record<string, string | string[]>[];
    expect(records).toHaveLength(3);
    for (const record of records) {
      const found = FOUND[record.TI as string]!;
      expect(record.TY).toBe('NEWS');
      // KW → tags in Zotero's RIS translator (test/unit/export/ris.test.ts cites its map).
      expect(([] as string[]).concat(record.KW!)).toEqual([...found.officials, ...found.directives, ...(record.TI === CLIPPINGS[1]!.title ? TAGS : [])]);
      expect(record.AB).toMatch(/^(Đồng chí Lê Hải Bình|Hội nghị triển khai)/);
    }
    const noted = records.find((r) => r.TI === CLIPPINGS[1]!.title)!;
    expect(noted.N1).toBe('<p>Ghi chú &lt;b&gt;của&lt;/b&gt; tôi<br/>dòng hai</p>');
  });

  it('exports a workbook a spreadsheet reader opens: every finding, tag and note, dates as dates, the score as a share', async () => {
    const { name, bytes } = await downloadFrom(library, 'Excel (.xlsx): bài, quan chức, văn bản');
    expect(name).toMatch(/^ttdn-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const sheets = Object.fromEntries((await readXlsxFile(bytes)).map((s) => [s.sheet, s.data]));
    expect(Object.keys(sheets)).toEqual(['Bài viết', 'Quan chức', 'Văn bản']);
    const [header, ...rows] = sheets['Bài viết']!;
    const byTitle = Object.fromEntries(rows.map((r) => [r[1] as string, Object.fromEntries(header!.map((h, i) => [h as string, r[i]]))]));
    expect(Object.keys(byTitle).sort()).toEqual(CLIPPINGS.map((c) => c.title).sort());
    for (const [title, found] of Object.entries(FOUND)) {
      expect(byTitle[title]).toMatchObject({ officials: found.officials.join('; '), directives: found.directives.join('; ') });
      expect(byTitle[title]!.published).toBeInstanceOf(Date);
      expect(byTitle[title]!.score).toBeTypeOf('number');
    }
    expect(byTitle[CLIPPINGS[1]!.title]).toMatchObject({ tags: TAGS.join('; '), note: NOTE });
    // The stated day and time of the article, as a date.
    expect(Math.round((byTitle[CLIPPINGS[2]!.title]!.published as unknown as Date).getTime() / 1000)).toBe(Date.UTC(2025, 0, 15, 7, 30) / 1000);
    expect(sheets['Quan chức']!.slice(1).map((r) => r[0]).sort()).toEqual([BINH.name, MON.name, NGHIA.name].sort());
    expect(sheets['Văn bản']!.slice(1).map((r) => r[0]).sort()).toEqual([PLAN.id, KL57.id, NQ47.id, HD111.id].sort());
  });
});
