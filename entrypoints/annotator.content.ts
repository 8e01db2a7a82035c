/**
 * The annotator: the matcher, the painter and the panel. Never declared in the
 * manifest: the background injects it (scripting.executeScript) into a frame where
 * the small bootstrap (entrypoints/content/) found an article, or where the user
 * asked for annotation (context menu, popup, keyboard command; a flag set just before
 * says so). It answers the popup's and background's ContentRequests and follows the
 * user's settings live.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ANNOTATOR_INSTANCE, REQUESTED_FLAG } from '@/lib/background/annotate-tab';
import { failureReply, type ContentRequest, type ContentResponseMap, type Reply } from '@/lib/messages';
import { annotatesSite, getSettings, updateSettings, watchSettings, type Settings } from '@/lib/settings';
import { contentScriptMatches, siteOf } from '@/lib/sites';
import { PageAnnotator } from './content/annotator';
// Default highlight colours, injected by the background with this script: see highlights.css.
import './content/highlights.css';

type Globals = typeof globalThis & { [REQUESTED_FLAG]?: boolean; [ANNOTATOR_INSTANCE]?: ContentScript };

class ContentScript {
  private annotator: PageAnnotator | null = null;
  private requested = false;

  constructor(
    private settings: Settings,
    private readonly site: string,
  ) {}

  /** Starts or stops annotating as the settings and the user's requests say. */
  sync(): void {
    const wanted = this.requested || annotatesSite(this.settings, this.site);
    if (wanted && !this.annotator) {
      this.annotator = new PageAnnotator(
        document,
        this.settings,
        this.site,
        {
          disableSite: () => void updateSettings({ disabledSites: [...new Set([...this.settings.disabledSites, this.site])] }),
          pauseAll: () => void updateSettings({ paused: true }),
        },
        // Asked for explicitly: with no article found, annotate the page's main text instead of nothing.
        { orMainText: this.requested },
      );
      this.annotator.start();
    } else if (!wanted && this.annotator) {
      this.annotator.stop();
      this.annotator = null;
    }
  }

  /** An explicit request: start over in "asked for" mode unless an article is already annotated. */
  request(): void {
    const before = this.requested;
    this.requested = true;
    if (!before && this.annotator && this.annotator.status().state === 'no-article') this.stop();
    this.sync();
  }

  /** Client-side navigation or the extension going away: drop this page's annotation. */
  stop(): void {
    this.annotator?.stop();
    this.annotator = null;
  }

  setSettings(settings: Settings): void {
    const turnedOff = !annotatesSite(settings, this.site) && annotatesSite(this.settings, this.site);
    this.settings = settings;
    if (turnedOff) this.requested = false; // switching off from the panel wins over an earlier request
    this.annotator?.updateSettings(settings);
    this.sync();
  }

  async answer(message: ContentRequest): Promise<ContentResponseMap[ContentRequest['type']]> {
    switch (message.type) {
      case 'content:status':
        return this.annotator?.status() ?? { state: 'off', page: null, article: null, analysis: null };
      case 'content:clip':
        if (!this.annotator) throw new Error('Annotation is off on this page.');
        return this.annotator.clipArticle();
      case 'content:toggle-panel':
        if (!this.annotator) this.request();
        return this.annotator!.togglePanel();
    }
  }
}

const CONTENT_TYPES = new Set<string>(['content:status', 'content:clip', 'content:toggle-panel']);

export default defineContentScript({
  // Injected only (registration 'runtime'): these patterns are already the manifest's host permissions.
  matches: contentScriptMatches(),
  registration: 'runtime',
  async main(ctx) {
    const globals = globalThis as Globals;
    const requested = globals[REQUESTED_FLAG] === true;
    delete globals[REQUESTED_FLAG];
    const running = globals[ANNOTATOR_INSTANCE];
    if (running) {
      if (requested) running.request();
      return;
    }
    const script = new ContentScript(await getSettings(), siteOf(location.href));
    globals[ANNOTATOR_INSTANCE] = script;
    if (requested) script.request();
    else script.sync();

    const unwatch = watchSettings((settings) => script.setSettings(settings));
    const onMessage = (message: unknown, sender: { id?: string }): Promise<Reply<unknown>> | undefined => {
      if (sender.id !== browser.runtime.id) return undefined;
      const type = (message as { type?: unknown } | null)?.type;
      if (typeof type !== 'string' || !CONTENT_TYPES.has(type)) return undefined;
      return script.answer(message as ContentRequest).then(
        (value): Reply<unknown> => ({ ok: true, value }),
        (error: unknown): Reply<unknown> => failureReply(error),
      );
    };
    browser.runtime.onMessage.addListener(onMessage);
    // A single-page site swapped the article: start over on the new one.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      script.stop();
      script.sync();
    });
    ctx.onInvalidated(() => {
      unwatch();
      browser.runtime.onMessage.removeListener(onMessage);
      script.stop();
      delete globals[ANNOTATOR_INSTANCE];
    });
  },
});
