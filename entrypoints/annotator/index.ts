/**
 * The annotator: the matcher, the painter and the panel. Never declared in the
 * manifest: the background injects it (scripting.executeScript) into a frame where
 * the small bootstrap (entrypoints/bootstrap/index.ts) found an article, or where the user
 * asked for annotation (context menu, popup, keyboard command; a flag set just before
 * says so). It answers the popup's and background's ContentRequests and follows the
 * user's settings live.
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ANNOTATOR_INSTANCE, REQUESTED_FLAG } from '@/lib/messaging/page-state';
import { extensionAlive, failureReply, request, type ContentRequest, type ContentResponseMap, type Reply } from '@/lib/messaging/messages';
import { annotatesSite, getSettings, watchSettings, type Settings } from '@/lib/settings/settings';
import { hostSite } from '@/lib/settings/site-switch';
import { PageAnnotator } from './page-annotator';
import { removeStaleUi, watchLifecycle } from './lifecycle';

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
      // The background changes the settings (for this tab's site only); the change then arrives through watchSettings.
      this.annotator = new PageAnnotator(
        document,
        this.settings,
        this.site,
        {
          disableSite: () => void request({ type: 'panel:disable-site' }).catch(() => undefined),
          pauseAll: () => void request({ type: 'panel:pause' }).catch(() => undefined),
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

  /** Whether this script's extension is still installed (checked with this script's own runtime). */
  readonly alive = extensionAlive;

  /** Set by main(): removes this script's listeners; called by a newer script taking over. */
  retire: () => void = () => this.stop();

  /** The extension went away: say so on the page instead of failing with the browser's words. */
  orphan(): void {
    this.annotator?.orphan();
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
      case 'content:clipping':
        if (!this.annotator) throw new Error('Annotation is off on this page.');
        return this.annotator.clipping();
      case 'content:clipped':
        this.annotator?.showClipped(message.result);
        return null;
      case 'content:toggle-panel':
        if (!this.annotator) this.request();
        return this.annotator!.togglePanel();
      case 'content:text':
        return this.annotator?.articleText() ?? null;
      case 'content:quotes':
        if (!this.annotator) throw new Error('Annotation is off on this page.');
        return this.annotator.showQuotes(message.quotes);
    }
  }
}

const CONTENT_TYPES = new Set<string>(['content:status', 'content:clipping', 'content:clipped', 'content:toggle-panel', 'content:text', 'content:quotes']);

// An unlisted script, not a WXT content script: WXT's content-script context would add
// weight to every article page, and a page can end it with a forged event (content/lifecycle.ts).
export default defineUnlistedScript(async () => {
  const globals = globalThis as Globals;
  const requested = globals[REQUESTED_FLAG] === true;
  delete globals[REQUESTED_FLAG];
  const running = globals[ANNOTATOR_INSTANCE];
  if (running?.alive()) {
    if (requested) running.request();
    return;
  }
  // A script of the extension before an update or reload: this one replaces it.
  running?.retire();
  removeStaleUi(document);
  const script = new ContentScript(await getSettings(), hostSite(location.href));
  globals[ANNOTATOR_INSTANCE] = script;
  if (requested) script.request();
  else script.sync();

  const unwatch = watchSettings((settings) => script.setSettings(settings));
  // Answers through sendResponse (returning true keeps the channel open): this build runs
  // without the polyfill (wxt.config.ts), and Chrome's own listeners cannot return a promise.
  const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (reply: Reply<unknown>) => void): true | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !CONTENT_TYPES.has(type)) return undefined;
    script.answer(message as ContentRequest).then(
      (value) => sendResponse({ ok: true, value }),
      (error: unknown) => sendResponse(failureReply(error)),
    );
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);
  const detach = () => {
    stopWatching();
    try {
      unwatch();
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // An orphaned script's browser APIs may throw; there is nothing left to remove then.
    }
  };
  const stopWatching = watchLifecycle(window, {
    // A single-page site swapped the article: start over on the new one.
    onNavigate: () => {
      script.stop();
      script.sync();
    },
    onOrphaned: () => {
      detach();
      script.orphan();
    },
  });
  script.retire = () => {
    detach();
    script.stop();
    delete globals[ANNOTATOR_INSTANCE];
  };
});
