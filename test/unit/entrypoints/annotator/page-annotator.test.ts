/**
 * The annotator's pipeline on a page (happy-dom, the real article finder and
 * matcher, the background answered by a stub): an article's officials and
 * directives are painted and registered with the panel and the hover card, the
 * background hears what the page holds, and the panel's state follows what the
 * collection says; a page without an article is left alone.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PageAnnotator } from '@/entrypoints/annotator/page-annotator';
import { PageUi } from '@/entrypoints/annotator/ui';
import type { PanelProps } from '@/components/panel/Panel';
import { findArticle } from '@/lib/dom/article';
import { MARK_ATTRIBUTE } from '@/lib/dom/paint';
import type { Request } from '@/lib/messaging/messages';
import { analyzeSteps } from '@/lib/matcher/analyze';
import { ARTICLE_GLOBAL, MATCHER_GLOBAL } from '@/lib/messaging/page-state';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { listingPage, SITES } from '../../../helpers/site-fixtures';

const PAGE = SITES.nhandan!;

/** Puts a page's head and body into the test document. */
function load(html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
}

/** The background, answering as it would for an article already in the collection and 57-KL/TW cited by two clippings. */
function background() {
  const sent: Request[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const request = message as Request;
    sent.push(request);
    if (request.type === 'page:analysed') return { ok: true, value: { recent: 0 } };
    if (request.type === 'clip:status') return { ok: true, value: { clipped: true, id: 'c1' } };
    if (request.type === 'directive:counts') return { ok: true, value: Object.fromEntries(request.ids.map((id) => [id, id === '57-KL/TW' ? 2 : 0])) };
    return { ok: false, error: `unexpected ${request.type}` };
  });
  return sent;
}

const hooks = { disableSite: vi.fn(), pauseAll: vi.fn() };
let annotator: PageAnnotator | null = null;

beforeEach(() => {
  // happy-dom has no hit testing; the panel's placement asks what lies in the margin
  // (lib/dom/page-margin.ts, tested in a real browser): here nothing of the site does.
  document.elementsFromPoint ??= () => [];
  (globalThis as Record<string, unknown>)[ARTICLE_GLOBAL] = { findArticle };
  (globalThis as Record<string, unknown>)[MATCHER_GLOBAL] = { analyzeSteps };
});
afterEach(() => {
  annotator?.stop();
  annotator = null;
  delete (globalThis as Record<string, unknown>)[ARTICLE_GLOBAL];
  delete (globalThis as Record<string, unknown>)[MATCHER_GLOBAL];
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

function start(html: string) {
  load(html);
  const panels = vi.spyOn(PageUi.prototype, 'renderPanel');
  const cards = vi.spyOn(PageUi.prototype, 'showCard');
  const sent = background();
  annotator = new PageAnnotator(document, DEFAULT_SETTINGS, 'nhandan.vn', hooks);
  annotator.start();
  const lastPanel = () => panels.mock.calls.at(-1)![0] as PanelProps;
  return { annotator, sent, lastPanel, cards };
}

const marked = () => [...document.querySelectorAll(`mark[${MARK_ATTRIBUTE}]`)].map((m) => m.textContent).join('|');

describe('the annotator on a page', () => {
  it('paints an article’s findings, tells the background, and shows the panel with them, asking nothing of the collection', async () => {
    const { annotator, sent, lastPanel, cards } = start(PAGE.html);
    await vi.waitFor(() => expect(annotator.status().state).toBe('ready'), { timeout: 10_000 });

    // Painted in the article, never in the page's chrome.
    expect(marked()).toContain('Trần Văn Minh');
    expect(marked()).toContain('57-KL/TW');
    expect(marked()).toContain('47/NQ-CP');
    expect(marked()).not.toContain('Lê Văn Tám');
    expect(marked()).not.toContain('Nguyễn Thị Hoa');

    // What the popup and the background read of the page.
    const { page, article } = annotator.status();
    expect(page).toMatchObject({ site: 'nhandan.vn', officials: 1, directives: 2, isForeignInfo: true });
    expect(article).toMatchObject({ canonicalUrl: PAGE.url, author: PAGE.author });
    expect(sent.find((r) => r.type === 'page:analysed')).toEqual({ type: 'page:analysed', page, named: { officials: ['Trần Văn Minh'], directives: ['57-KL/TW', '47/NQ-CP'] } });
    // The page must not learn what the reader keeps: no question about the collection from the page.
    expect(sent.find((r) => r.type === 'directive:counts')).toBeUndefined();
    expect(sent.find((r) => r.type === 'clip:status')).toBeUndefined();

    // The panel: ready, visible, the findings listed; the article shown the same whether or not it is clipped.
    const host = document.querySelector<HTMLElement>('ttdn-panel')!;
    expect(host.dataset.state).toBe('ready');
    expect(host.hidden).toBe(false);
    expect(lastPanel().model.clip).toEqual({ status: 'idle' });
    const { model } = lastPanel();
    expect(model.analysis!.officials.map((o) => o.name)).toEqual(['Trần Văn Minh']);
    expect(model.analysis!.directives.map((d) => d.id)).toEqual(['57-KL/TW', '47/NQ-CP']);
    expect(model.verdict!.isForeignInfo).toBe(true);

    // Choosing a directive in the panel explains it at its mention, with no count from the collection.
    lastPanel().onSelect('directive:57-KL/TW');
    expect(cards).toHaveBeenCalledTimes(1);
    expect(cards.mock.calls[0]![1]).toMatchObject({ kind: 'directive', directive: { id: '57-KL/TW' } });
    // Language, subject, place and the door to its research page: nothing from the collection.
    expect(cards.mock.calls[0]).toHaveLength(4);
    expect(cards.mock.calls[0]![3]).toEqual(expect.any(Function));
  });

  it('reads the article again when a paragraph is added, and paints its findings too', async () => {
    const { annotator } = start(PAGE.html);
    await vi.waitFor(() => expect(annotator.status().state).toBe('ready'), { timeout: 10_000 });
    const added = document.createElement('p');
    added.textContent = 'Sau đó, Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương cũng được nhắc lại.';
    document.querySelector('.article__body')!.append(added);
    await vi.waitFor(() => expect(annotator.status().page?.directives).toBe(3), { timeout: 10_000 });
    expect(marked()).toContain('18-NQ/TW');
  });

  it('leaves a page without an article alone: nothing painted, no panel, nothing sent', async () => {
    const { annotator, sent } = start(listingPage());
    await vi.waitFor(() => expect(annotator.status().state).toBe('no-article'), { timeout: 10_000 });
    expect(marked()).toBe('');
    expect(document.querySelector<HTMLElement>('ttdn-panel')!.hidden).toBe(true);
    expect(annotator.status().page).toBeNull();
    expect(sent).toEqual([]);
  });

  it('stopping takes the highlights and the panel off the page', async () => {
    const { annotator } = start(PAGE.html);
    await vi.waitFor(() => expect(annotator.status().state).toBe('ready'), { timeout: 10_000 });
    annotator.stop();
    expect(marked()).toBe('');
    expect(document.querySelector('ttdn-panel')).toBeNull();
  });
});
