/**
 * In-page annotation in real Chromium: seed articles served as news pages on
 * listed hosts get every gold official and directive highlighted, the panel
 * shows the verdict and lists them, hovering explains a highlight, content
 * added later is annotated, and the extension makes no request of its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClosedUi } from '../../scripts/support/closed-ui';
import { seedPage } from '../../scripts/support/news-page';
import { COLUMN_LAYOUT, flashed, fold, gold, goldMissing, paintedTexts, rangeCentre, settledState, startHarness, waitForPanel, type Harness } from '../helpers/page';

describe('annotating news pages in Chromium', () => {
  let harness: Harness;
  const open = async (path: string, html: string) => (await harness.open(path, html)).page;

  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  describe.skipIf(goldMissing)(`every gold finding of each seed${goldMissing ? ` (skipped: ${goldMissing})` : ''}`, () => {
    for (const seed of gold()) {
      it(`${seed.id}: highlights and lists every gold official and directive, and shows the verdict`, async () => {
        const { page, errors } = await harness.open(`/tin/${seed.id}.html`, seedPage(seed.file, { headExtra: COLUMN_LAYOUT }));
        await waitForPanel(page);
        const ui = await ClosedUi.attach(page);

        await expect(ui.attributes('ttdn-panel', '.verdict', 'data-verdict')).resolves.toEqual([seed.foreignInfo ? 'yes' : 'no']);
        await expect(ui.text('ttdn-panel', '.verdict')).resolves.toContain(seed.foreignInfo ? 'Bài viết về thông tin đối ngoại' : 'Không phải');

        const officials = (await paintedTexts(page, 'ttdn-officials')).map(fold);
        for (const official of seed.officials) expect(officials, official.name).toContain(fold(official.name));

        // Each listed entry scrolls to and flashes its first mention, which is one of the painted ranges.
        const keys = (await ui.attributes('ttdn-panel', 'button[data-key]', 'data-key')) as string[];
        for (const official of seed.officials) {
          const key = keys.find((k) => k.startsWith('official:') && fold(k.slice(9)) === fold(official.name));
          expect(key, `panel entry for ${official.name}`).toBeDefined();
          await ui.click('ttdn-panel', `button[data-key="${key}"]`);
          const flash = await flashed(page);
          expect(flash?.category).toBe('ttdn-officials');
          expect(fold(flash!.text)).toContain(fold(official.name).split(' ').at(-1)!);
        }
        for (const directive of seed.directives) {
          const key = `directive:${directive.id}`;
          expect(keys, `panel entry for ${directive.id}`).toContain(key);
          await ui.click('ttdn-panel', `button[data-key="${key}"]`);
          const flash = await flashed(page);
          expect(flash?.category).toBe('ttdn-directives');
          expect(flash!.text).toContain(directive.id.split(/[-/]/)[0]!);
        }
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  });

  it('explains a highlight on hover: an official with titles, a directive with its particulars', async () => {
    const [seed] = gold();
    const page = await open('/tin/hover.html', seedPage(seed?.file ?? '000_f5247a170da7453b.txt', { headExtra: COLUMN_LAYOUT }));
    await waitForPanel(page);
    const ui = await ClosedUi.attach(page);
    const cardShown = () => ui.isVisible('ttdn-card', '.card');

    const official = await rangeCentre(page, 'ttdn-officials', 'Lại Xuân Môn');
    expect(official).not.toBeNull();
    await page.mouse.move(official!.x, official!.y);
    await ui.waitFor('ttdn-card', '.card', { timeout: 5000 });
    await expect(ui.text('ttdn-card', '.name')).resolves.toBe('Lại Xuân Môn');
    await expect(ui.text('ttdn-card', '.titles')).resolves.toContain('Ủy viên Trung ương Đảng');

    const directive = await rangeCentre(page, 'ttdn-directives');
    await page.mouse.move(directive!.x, directive!.y);
    await expect.poll(async () => (await ui.attributes('ttdn-card', '.card', 'class'))[0], { timeout: 5000 }).toContain('directive');
    await expect(ui.text('ttdn-card', '.name')).resolves.toMatch(/^\d+[-/]/);
    await expect(ui.text('ttdn-card', '.card')).resolves.toContain('Cơ quan ban hành');

    // Moving off the text hides the card.
    await page.mouse.move(1270, 790);
    await expect.poll(cardShown, { timeout: 5000 }).toBe(false);

    // Keyboard: focusing an entry in the panel explains it too; Escape puts the card away.
    await ui.focus('ttdn-panel', 'button[data-key="official:Lê Hải Bình"]');
    await ui.waitFor('ttdn-card', '.card', { timeout: 5000 });
    await expect(ui.text('ttdn-card', '.name')).resolves.toBe('Lê Hải Bình');
    await page.keyboard.press('Escape');
    await expect.poll(cardShown, { timeout: 5000 }).toBe(false);
    await page.close();
  });

  it('annotates a paragraph the page adds later, and only once', async () => {
    const [seed] = gold();
    const page = await open('/tin/lazy.html', seedPage(seed?.file ?? '000_f5247a170da7453b.txt', { headExtra: COLUMN_LAYOUT }));
    await waitForPanel(page);
    const before = (await paintedTexts(page, 'ttdn-directives')).length;
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.innerHTML = 'Cập nhật: Ban Bí thư yêu cầu tiếp tục thực hiện <a href="#">Kết luận số 57-KL/TW</a> trong năm tới.';
      document.querySelector('.article-body')!.append(p);
    });
    await expect
      .poll(
        () =>
          page.evaluate(() => [...(CSS.highlights.get('ttdn-directives') ?? [])].some((r) => document.getElementById('late')!.contains(r.startContainer))),
        { timeout: 10_000 },
      )
      .toBe(true);
    const after = await paintedTexts(page, 'ttdn-directives');
    expect(after.length).toBe(before + 1);
    await page.close();
  });

  it('keeps the panel beside the article, not over it', async () => {
    const [seed] = gold();
    const page = await open('/tin/layout.html', seedPage(seed?.file ?? '000_f5247a170da7453b.txt', { headExtra: COLUMN_LAYOUT }));
    await waitForPanel(page);
    const ui = await ClosedUi.attach(page);
    const panel = await ui.box('ttdn-panel', '.panel', { scroll: false });
    const article = await page.locator('article').boundingBox();
    expect(panel).not.toBeNull();
    expect(panel!.x).toBeGreaterThanOrEqual(article!.x + article!.width);
    // Keyboard: the panel's controls are reachable with Tab.
    const tabIndexes = await ui.map<number>('ttdn-panel', 'button', 'function () { return this.tabIndex; }');
    expect(tabIndexes.length).toBeGreaterThan(0);
    expect(tabIndexes.every((i) => i >= 0)).toBe(true);
    await page.close();
  });

  it('does not annotate a section listing', async () => {
    const teasers = Array.from({ length: 20 }, (_, i) => `<article><h3><a href="/t${i}">Tin ${i}: Kết luận số 57-KL/TW và công tác thông tin đối ngoại</a></h3></article>`).join('');
    const page = await open('/chuyen-muc.html', `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Chuyên mục</title></head><body>${teasers}</body></html>`);
    // The extension decides "not an article" and leaves the page as it was: no panel, no highlight.
    await expect(settledState(harness.browser, page)).resolves.toBe('no-article');
    await expect(page.locator('ttdn-panel').count()).resolves.toBe(0);
    await expect(paintedTexts(page, 'ttdn-directives')).resolves.toEqual([]);
    await page.close();
  });

  it('made no network request of its own on any of these pages', () => {
    expect(harness.unexpected).toEqual([]);
    const pages = harness.server.requests.filter((r) => !r.url.startsWith('/favicon.ico'));
    expect(pages.every((r) => r.method === 'GET' && (r.url.startsWith('/tin/') || r.url.startsWith('/chuyen-muc')))).toBe(true);
  });
});
