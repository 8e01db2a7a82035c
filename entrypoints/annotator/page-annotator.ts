/**
 * One page's annotation, start to finish: find the article, index its text,
 * run the matcher, paint the findings, show the panel, explain on hover, and
 * follow the page as it changes. DOM work runs in idle slices (lib/dom/schedule).
 * The hover, keys and reveal are interaction.ts; the panel and card hosts, ui.tsx.
 */
import { clipFailureOf } from '@/components/panel/failure';
import type { ClipState } from '@/components/panel/Panel';
import type { Article, FindOptions } from '@/lib/dom/article';
import { sharedArticleFinder, sharedMatcher } from '@/lib/messaging/page-state';
import { clippingOf } from '@/lib/dom/clipping';
import { annotate, paintFindings, type Annotation } from '@/lib/dom/annotate';
import { createPainter, MARK_ATTRIBUTE, type Painter } from '@/lib/dom/paint';
import { Aborted, runNow, runSliced, yieldToPage } from '@/lib/dom/schedule';
import type { TextIndex } from '@/lib/dom/text-index';
import { clearQuotes, paintQuotes } from '@/lib/dom/quote-paint';
import type { QuoteTarget } from '@/lib/clipping/quote-anchor';
import { watchMutations, type Change, type Watcher } from '@/lib/dom/watch';
import { uiLang } from '@/lib/i18n/lang';
import { DEFAULT_THRESHOLD } from '@/lib/matcher/threshold';
import type { Analysis } from '@/lib/matcher/types';
import type { ClippingInput, PageSummary } from '@/lib/clipping/types';
import { failureReply, request, RequestError, type ContentStatus, type Reply } from '@/lib/messaging/messages';
import { requestSave } from '@/lib/messaging/save-clip';
import { DEFAULT_SETTINGS, verdictWith, type Settings } from '@/lib/settings/settings';
import { PageInteraction } from './interaction';
import { PageUi, type HostState } from './ui';

/** Past this many characters a "page" is not an article a person reads; the rest is left alone. */
export const MAX_ARTICLE_CHARS = 300_000;

export interface AnnotatorHooks {
  disableSite(): void;
  pauseAll(): void;
}

export class PageAnnotator {
  private readonly abort = new AbortController();
  private readonly ui: PageUi;
  private readonly painter: Painter;
  private readonly interaction: PageInteraction;
  private watcher: Watcher | null = null;
  private article: Article | null = null;
  private annotation: Annotation | null = null;
  private state: HostState = 'analysing';
  /** Only what the reader's own click did in this view: the page must not learn what the collection holds. */
  private clip: ClipState = { status: 'idle' };
  private refused = false;
  private collapsed = false;
  private orphaned = false;
  private placed = false;
  private running = false;
  private again: Change | null = null;
  /** Shared with the finder (entrypoints/article.ts): one copy per page. */
  private readonly findArticle = sharedArticleFinder();

  constructor(
    private readonly doc: Document,
    private settings: Settings,
    private readonly site: string,
    private readonly hooks: AnnotatorHooks,
    private readonly options: FindOptions = {},
  ) {
    this.ui = new PageUi(doc, () => {
      this.refused = true;
      this.render();
    });
    this.painter = createPainter(doc, DEFAULT_SETTINGS.colors);
    this.interaction = new PageInteraction(doc, this.ui, this.painter, {
      analysis: () => this.analysis,
      lang: () => uiLang(this.settings.lang),
      ready: () => this.state === 'ready',
      // The research page is the extension's: the background opens it. The answer is the same for every name.
      open: (subject) =>
        void request({
          type: 'research:open',
          subject: subject.kind === 'official' ? { kind: 'official', name: subject.official.name } : { kind: 'directive', name: subject.directive.id },
        }).catch(() => undefined),
    });
  }

  start(): void {
    this.setState('analysing');
    this.watcher = watchMutations(this.doc.documentElement, {
      roots: () => this.article?.roots ?? [],
      isOwn: (node) => this.isOwn(node),
      onChange: (change) => void this.refresh(change),
    });
    this.interaction.start();
    void this.refresh('page');
  }

  stop(): void {
    this.abort.abort();
    this.watcher?.stop();
    this.painter.clear();
    clearQuotes(this.doc);
    this.ui.destroy();
    this.interaction.stop();
  }

  /** Settings changed: repaint with the new colours and categories, re-render in the new language. */
  updateSettings(settings: Settings): void {
    this.settings = settings;
    if (this.state === 'ready') this.repaint();
    this.render();
  }

  status(): ContentStatus {
    const { article, analysis } = this;
    return {
      state: this.state,
      page: article && analysis ? this.summary(article, analysis) : null,
      article: article && {
        title: article.title,
        url: article.url,
        canonicalUrl: article.canonicalUrl,
        published: article.published,
        author: article.author,
      },
      analysis: analysis && { ...analysis, foreignInfo: this.verdict(analysis) },
    };
  }

  /** The analysed text, for the popup's matching against the collection (done in the extension, never here). */
  articleText(): { text: string } | null {
    return this.annotation && { text: this.annotation.index.text };
  }

  /** The popup's "show my quotes": paints those found in the article (none before this ask), and names them. */
  showQuotes(quotes: readonly (QuoteTarget & { id: string })[]): { found: string[] } {
    if (!this.annotation) throw new Error('The article is not read yet.');
    return { found: paintQuotes(this.doc, this.annotation.index, quotes) };
  }

  /**
   * The popup's or the keyboard command's toggle: hides the panel (launcher and
   * all) when it is open, else opens it in full, even from its launcher, and
   * moves focus into it.
   */
  togglePanel(): { visible: boolean } {
    if (this.ui.visible && !this.collapsed) {
      this.ui.setVisible(false);
      return { visible: false };
    }
    this.collapsed = false;
    this.ui.setVisible(true);
    this.render();
    this.ui.focusPanel();
    return { visible: this.ui.visible };
  }

  /**
   * The clipping of this page as it stands, for the background to write (popup, menu,
   * shortcut: lib/background/clip-tab.ts). Answered from what is already read; nothing is sent.
   */
  clipping(): ClippingInput {
    const { article, annotation } = this;
    if (!article || !annotation) throw new RequestError('No article on this page to clip.', 'unsupported');
    return clippingOf(article, annotation.index.text, annotation.analysis, this.site);
  }

  /** How a write of this page's clipping went (the background's, or the panel's own request): the panel says so. */
  showClipped(result: Reply<unknown>): void {
    this.refused = false;
    this.clip = result.ok ? { status: 'saved' } : { status: 'error', failure: clipFailureOf(new RequestError(result.error, result.code)) };
    this.render();
  }

  /** The panel's own button: one request to the background (lib/messaging/save-clip.ts). */
  private async clipFromPanel(): Promise<void> {
    const clipping = this.clipping();
    this.refused = false;
    this.clip = { status: 'saving' };
    this.render();
    const result = await requestSave(request, clipping).then(
      (value): Reply<unknown> => ({ ok: true, value }),
      (error: unknown) => {
        console.debug('[ttdn] clip failed', error);
        return failureReply(error);
      },
    );
    this.showClipped(result);
  }

  /**
   * The extension behind this script was reloaded or updated: nothing here can
   * reach it any more. The highlights go; the panel, if it was showing, says
   * (in the user's language) to reload the page. A newer script that takes over
   * the page removes the notice.
   */
  orphan(): void {
    if (this.orphaned) return;
    this.orphaned = true;
    const showing = this.ui.visible;
    this.abort.abort();
    this.watcher?.stop();
    this.painter.clear();
    this.ui.hideCard();
    this.interaction.stop();
    if (showing) this.render();
    else this.ui.destroy();
  }

  private isOwn(node: Node): boolean {
    if (this.ui.isOwn(node)) return true;
    return node.nodeType === 1 && (node as Element).hasAttribute(MARK_ATTRIBUTE);
  }

  private setState(state: HostState): void {
    this.state = state;
    this.ui.setState(state);
  }

  private verdict(analysis: Analysis) {
    return verdictWith(analysis.foreignInfo, this.settings.topicThreshold);
  }

  private summary(article: Article, analysis: Analysis): PageSummary {
    return {
      url: article.url,
      title: article.title.slice(0, 1000),
      site: this.site,
      officials: analysis.officials.length,
      directives: analysis.directives.length,
      isForeignInfo: this.verdict(analysis).isForeignInfo,
      score: Math.min(1, Math.max(0, analysis.foreignInfo.score)),
    };
  }

  /** Runs the pipeline; changes arriving meanwhile are folded into one more run afterwards. */
  private async refresh(change: Change): Promise<void> {
    if (this.running) {
      this.again = this.again === 'page' ? 'page' : change;
      return;
    }
    this.running = true;
    try {
      await this.annotate(change);
    } catch (error) {
      if (error instanceof Aborted) return;
      this.setState('error');
      console.debug('[ttdn] annotation failed', error);
    } finally {
      this.running = false;
    }
    const next = this.again;
    this.again = null;
    if (next && !this.abort.signal.aborted) await this.refresh(next);
  }

  private async annotate(change: Change): Promise<void> {
    const signal = this.abort.signal;
    const detached = this.article?.roots.some((root) => !root.isConnected);
    if (change === 'page' || !this.article || detached) {
      const article = await runSliced(this.findArticle(this.doc, this.options), { signal });
      if (!article) {
        this.article = this.annotation = null;
        this.painter.clear();
        this.watcher?.discard();
        this.setState('no-article');
        return;
      }
      // A canonical URL on another site is dropped by the background (lib/background/senders.ts).
      this.article = article;
    }
    const article = this.article;
    const previous = this.annotation;
    const annotation = await runSliced(
      annotate(article.roots, {
        exclude: article.exclude,
        maxChars: MAX_ARTICLE_CHARS,
        painter: this.painter,
        analyze: (text) => sharedMatcher()(text),
        style: this.settings,
        previous,
        touched: () => this.watcher?.discard(),
      }),
      { signal },
    );
    if (annotation === previous) return; // nothing new
    // The highlights are painted; the panel renders in a task of its own.
    await yieldToPage(signal);
    this.annotation = annotation;
    const { index, analysis } = annotation;
    this.interaction.listen(index);
    this.watchFrames(article);
    if (!this.placed) {
      this.placed = true;
      // Nothing found on an article off the topic: stay out of the way as a small button.
      const quiet = analysis.officials.length + analysis.directives.length === 0 && !this.verdict(analysis).isForeignInfo;
      this.collapsed = this.ui.place(article.body) || quiet;
    }
    this.render();
    const named = { officials: analysis.officials.map((o) => o.name), directives: analysis.directives.map((d) => d.id) };
    await request({ type: 'page:analysed', page: this.summary(article, analysis), named });
    this.setState('ready');
    this.render();
  }

  private get analysis(): Analysis | null {
    return this.annotation?.analysis ?? null;
  }

  /** Repaints the current findings (new colours or categories). */
  private repaint(): void {
    if (!this.annotation) return;
    runNow(paintFindings(this.painter, this.annotation.findings, this.settings, this.annotation.index.scopes));
    this.watcher?.discard();
  }

  private render(): void {
    const analysis = this.analysis;
    this.ui.renderPanel({
      lang: uiLang(this.settings.lang),
      model: {
        analysis,
        verdict: analysis && this.verdict(analysis),
        threshold: this.settings.topicThreshold ?? DEFAULT_THRESHOLD,
        categories: this.settings.categories,
        clip: this.clip,
        collapsed: this.collapsed,
        orphaned: this.orphaned,
        guardedClicks: this.ui.guardedClicks,
        refused: this.refused,
      },
      onSelect: (key) => this.interaction.reveal(key),
      onPreview: (key, entry) => this.interaction.preview(key, entry),
      onClip: () => void this.clipFromPanel().catch(() => undefined),
      onCollapse: (collapsed) => this.closeToLauncher(collapsed),
      // "×" closes to the launcher, which stays on the page and reopens the panel.
      onClose: () => this.closeToLauncher(true),
      onDisableSite: () => {
        this.refused = false;
        this.hooks.disableSite();
      },
      onPause: () => {
        this.refused = false;
        this.hooks.pauseAll();
      },
    });
  }

  /** Closes the panel to its launcher or opens it from there; focus follows, so the keyboard is never left on nothing. */
  private closeToLauncher(collapsed: boolean): void {
    this.collapsed = collapsed;
    this.render();
    this.ui.focusPanel();
  }

  /** A same-origin frame in the article that loads (or reloads) later gets read then. */
  private readonly frames = new WeakSet<Element>();
  private watchFrames(article: Article): void {
    for (const frame of article.roots.flatMap((root) => [...root.querySelectorAll('iframe')])) {
      if (this.frames.has(frame)) continue;
      this.frames.add(frame);
      frame.addEventListener('load', () => void this.refresh('article'));
    }
  }
}
