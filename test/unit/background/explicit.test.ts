import { describe, expect, it } from 'vitest';
import { ANNOTATOR_FILE, ANNOTATOR_STYLE_FILE, ARTICLE_FILE, MATCHER_FILE, MATCHER_LANGUAGE_FILE } from '@/lib/background/annotate-tab';
import { FINDER_FILE, isLoadAnnotator, loadAnnotator } from '@/lib/background/annotator-load';
import { BOOTSTRAP_FILE } from '@/lib/background/registration';
import { alwaysAnnotateSite, alwaysMenuItem, annotateExplicitly, annotateOrTogglePanel, type AlwaysDeps } from '@/lib/background/explicit';
import type { Lang } from '@/lib/i18n/i18n';
import type { ContentStatus } from '@/lib/messaging/messages';

const status = (state: ContentStatus['state']): ContentStatus => ({ state, page: null, article: null, analysis: null });

/** The browser as the handlers see it: the tab answers the given states in turn. */
function deps(options: { states?: (ContentStatus['state'] | null)[]; injectFails?: boolean; grant?: boolean; lang?: Lang } = {}) {
  const states = [...(options.states ?? [])];
  const log: string[] = [];
  const failures: string[] = [];
  const d: AlwaysDeps = {
    status: async () => {
      const next = states.length > 1 ? states.shift()! : (states[0] ?? null);
      return next === null ? null : status(next);
    },
    togglePanel: async (tabId) => void log.push(`toggle ${tabId}`),
    annotate: async (tabId) => {
      log.push(`annotate ${tabId}`);
      if (options.injectFails) throw new Error('Cannot access a chrome:// URL');
    },
    showFailure: async (_tabId, title) => void failures.push(title),
    lang: async () => options.lang ?? 'vi',
    wait: async () => undefined,
    request: async (scope) => {
      log.push(`request ${JSON.stringify(scope)}`);
      return options.grant ?? false;
    },
  };
  return { d, log, failures };
}

describe('explicit requests always answer', () => {
  it('"Annotate this page" injects the annotator and is done once the page shows its annotation', async () => {
    const { d, log, failures } = deps({ states: ['analysing', 'analysing', 'ready'] });
    await expect(annotateExplicitly(5, d)).resolves.toBe('annotated');
    expect(log).toEqual(['annotate 5']);
    expect(failures).toEqual([]);
  });

  it('says why when the browser refuses scripts on the page, in the user\'s language', async () => {
    const vi = deps({ injectFails: true });
    await expect(annotateExplicitly(5, vi.d)).resolves.toBe('not-allowed');
    expect(vi.failures).toEqual(['Trình duyệt không cho tiện ích chạy trên trang này (trang của trình duyệt, cửa hàng tiện ích hoặc tệp trên máy).']);
    const en = deps({ injectFails: true, lang: 'en' });
    await annotateExplicitly(5, en.d);
    expect(en.failures[0]).toContain('does not let extensions run on this page');
  });

  it('says so when the page has no text at all to annotate', async () => {
    const { d, failures } = deps({ states: ['analysing', 'no-article'] });
    await expect(annotateExplicitly(5, d)).resolves.toBe('nothing-to-read');
    expect(failures).toEqual(['Trang này không có bài viết hay đoạn văn nào để chú giải.']);
  });

  it('says so when the annotator never comes up', async () => {
    const { d, failures } = deps({ states: [null] });
    await expect(annotateExplicitly(5, d)).resolves.toBe('failed');
    expect(failures).toEqual(['Không chú giải được trang này; hãy tải lại trang rồi thử lại.']);
  });

  it('the keyboard command shows or hides the panel where the page is annotated, and annotates anywhere else', async () => {
    const shown = deps({ states: ['ready'] });
    await expect(annotateOrTogglePanel(3, shown.d)).resolves.toBe('shown');
    expect(shown.log).toEqual(['toggle 3']);

    const notArticle = deps({ states: ['no-article', 'analysing', 'ready'] });
    await expect(annotateOrTogglePanel(3, notArticle.d)).resolves.toBe('annotated');
    expect(notArticle.log).toEqual(['annotate 3']);

    const nothing = deps({ states: [null, 'ready'] });
    await expect(annotateOrTogglePanel(3, nothing.d)).resolves.toBe('annotated');
    expect(nothing.log).toEqual(['annotate 3']);
  });

  it('"Always annotate this site" asks for that origin only, then annotates the page now', async () => {
    const granted = deps({ grant: true, states: ['ready'] });
    await expect(alwaysAnnotateSite({ id: 9, url: 'https://tin.example.org/bai/1' }, granted.d)).resolves.toBe('annotated');
    expect(granted.log).toEqual(['request {"kind":"site","url":"https://tin.example.org/bai/1"}', 'annotate 9']);

    const refused = deps({ grant: false });
    await expect(alwaysAnnotateSite({ id: 9, url: 'https://tin.example.org/bai/1' }, refused.d)).resolves.toBe('not-allowed');
    expect(refused.log).toEqual(['request {"kind":"site","url":"https://tin.example.org/bai/1"}']);

    const browserPage = deps({ grant: true });
    await expect(alwaysAnnotateSite({ id: 9, url: 'chrome://settings' }, browserPage.d)).resolves.toBe('not-allowed');
    expect(browserPage.log).toEqual([]);
    expect(browserPage.failures).toHaveLength(1);
  });

  it('names the "always" menu item in the user\'s language, on web pages only', () => {
    expect(alwaysMenuItem('vi')).toMatchObject({ title: 'Luôn chú giải trang này', documentUrlPatterns: ['http://*/*', 'https://*/*'] });
    expect(alwaysMenuItem('en').title).toBe('Always annotate this site');
  });
});

describe('bringing the annotator where the bootstrap found an article', () => {
  const fake = () => {
    const calls: string[] = [];
    return {
      calls,
      scripting: {
        async executeScript({ target, files }: { target: { tabId: number; frameIds?: number[] }; files?: string[] }) {
          calls.push(`js ${files} @${target.tabId}/${target.frameIds}`);
        },
        async insertCSS({ target, files }: { target: { tabId: number; frameIds?: number[] }; files: string[] }) {
          calls.push(`css ${files} @${target.tabId}/${target.frameIds}`);
        },
      },
    };
  };

  it('injects the stylesheet and the annotator into the asking frame of the asking tab', async () => {
    const { scripting, calls } = fake();
    const reply = await loadAnnotator(scripting, { id: 'me', url: 'https://baohatinh.vn/a.html', frameId: 0, tab: { id: 4 } }, 'me');
    expect(reply).toEqual({ ok: true, value: { loaded: true } });
    // The shared article finder and the matcher first, in the same world and a task of their own: the annotator reads them.
    expect(calls).toEqual([`css ${ANNOTATOR_STYLE_FILE} @4/0`, `js ${ARTICLE_FILE},${MATCHER_LANGUAGE_FILE} @4/0`, `js ${MATCHER_FILE} @4/0`, `js ${ANNOTATOR_FILE} @4/0`]);
  });

  it('brings only the finder when the bootstrap asks for it, into the asking frame', async () => {
    const { scripting, calls } = fake();
    const reply = await loadAnnotator(scripting, { id: 'me', url: 'https://baohatinh.vn/a.html', frameId: 3, tab: { id: 4 } }, 'me', { type: 'annotator:load', stage: 'finder' });
    expect(reply.ok).toBe(true);
    expect(calls).toEqual([`js ${ARTICLE_FILE},${FINDER_FILE} @4/3`]);
    expect(isLoadAnnotator({ type: 'annotator:load', stage: 'finder' })).toBe(true);
    expect(isLoadAnnotator({ type: 'annotator:load', stage: 'anything' })).toBe(false);
  });

  it('brings the bootstrap when the language check on a page outside the lists finds Vietnamese, into the asking frame', async () => {
    const { scripting, calls } = fake();
    const reply = await loadAnnotator(scripting, { id: 'me', url: 'https://www.tinkieubao-mau.com/a.html', frameId: 2, tab: { id: 4 } }, 'me', { type: 'annotator:load', stage: 'bootstrap' });
    expect(reply.ok).toBe(true);
    expect(calls).toEqual([`js ${BOOTSTRAP_FILE} @4/2`]);
    expect(isLoadAnnotator({ type: 'annotator:load', stage: 'bootstrap' })).toBe(true);
  });

  it('refuses another extension, an extension page and a non-web frame', async () => {
    const { scripting, calls } = fake();
    expect((await loadAnnotator(scripting, { id: 'other', url: 'https://baohatinh.vn/', tab: { id: 4 } }, 'me')).ok).toBe(false);
    expect((await loadAnnotator(scripting, { id: 'me', url: 'chrome-extension://me/popup.html' }, 'me')).ok).toBe(false);
    expect((await loadAnnotator(scripting, { id: 'me', url: 'file:///x.html', tab: { id: 4 } }, 'me')).ok).toBe(false);
    expect(calls).toEqual([]);
  });
});
