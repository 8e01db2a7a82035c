/**
 * The bootstrap: the only script every page of the covered sites evaluates (the
 * listed sites by the manifest; granted sites by dynamic registration). It stays
 * small and exits cheaply where there is no article: a sub-millisecond look for a
 * declared article or a headline, then the finder in idle slices, and only on an
 * article does it ask the background to inject the annotator
 * (entrypoints/annotator.content.ts). It changes nothing in the page. Until the
 * annotator runs, it answers the popup's "what happened here?" itself.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ANNOTATOR_INSTANCE } from '@/lib/background/annotate-tab';
import type { LoadAnnotatorRequest, LoadReply } from '@/lib/background/annotator-load';
import { findArticle, mayHoldArticle } from '@/lib/dom/article';
import { Aborted, runSliced } from '@/lib/dom/schedule';
import type { ContentStatus } from '@/lib/messages';
import { annotatesSite, getSettings, watchSettings, type Settings } from '@/lib/settings';
import { contentScriptMatches, siteOf } from '@/lib/sites';

/** Set once per frame: the declared and a dynamically registered copy may both match a page. */
const BOOTSTRAP = '__ttdnBootstrap';

type Globals = typeof globalThis & { [BOOTSTRAP]?: boolean; [ANNOTATOR_INSTANCE]?: unknown };

type State = ContentStatus['state'];

const idleStatus = (state: State): ContentStatus => ({ state, page: null, article: null, analysis: null });

export default defineContentScript({
  matches: contentScriptMatches(),
  runAt: 'document_idle',
  async main(ctx) {
    const globals = globalThis as Globals;
    if (globals[BOOTSTRAP]) return;
    globals[BOOTSTRAP] = true;
    const site = siteOf(location.href);
    let settings: Settings = await getSettings();
    let state: State = 'analysing';
    let run = new AbortController();
    const annotatorRuns = () => globals[ANNOTATOR_INSTANCE] !== undefined;

    const load = async (): Promise<void> => {
      const reply = (await browser.runtime.sendMessage({ type: 'annotator:load' } satisfies LoadAnnotatorRequest)) as LoadReply | undefined;
      if (!reply?.ok) state = 'error';
    };

    /** Looks for an article; brings the annotator only when there is one. */
    const probe = async (): Promise<void> => {
      run.abort();
      run = new AbortController();
      if (annotatorRuns()) return;
      if (!annotatesSite(settings, site)) {
        state = 'off';
        return;
      }
      if (!mayHoldArticle(document)) {
        state = 'no-article';
        return;
      }
      state = 'analysing';
      try {
        const article = await runSliced(findArticle(document), { signal: run.signal });
        if (!article) state = 'no-article';
        else await load();
      } catch (error) {
        if (!(error instanceof Aborted)) state = 'error';
      }
    };

    const unwatch = watchSettings((next) => {
      const wasOn = annotatesSite(settings, site);
      settings = next;
      // Turned back on here: look again (the annotator, once loaded, follows settings itself).
      if (!wasOn && annotatesSite(next, site)) void probe();
      else if (!annotatesSite(next, site)) state = 'off';
    });
    // The popup asks what happened here; once the annotator runs, it answers instead.
    const onMessage = (message: unknown, sender: { id?: string }): Promise<unknown> | undefined => {
      if (sender.id !== browser.runtime.id || annotatorRuns()) return undefined;
      if ((message as { type?: unknown } | null)?.type !== 'content:status') return undefined;
      return Promise.resolve({ ok: true, value: idleStatus(state) });
    };
    browser.runtime.onMessage.addListener(onMessage);
    // A single-page site swapped the page: look again.
    ctx.addEventListener(window, 'wxt:locationchange', () => void probe());
    ctx.onInvalidated(() => {
      run.abort();
      unwatch();
      browser.runtime.onMessage.removeListener(onMessage);
      delete globals[BOOTSTRAP];
    });
    await probe();
  },
});
