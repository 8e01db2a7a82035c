/**
 * What the extension did on a tab, for the popup, the explicit-request handlers and
 * the tests. The annotator answers 'content:status' itself. Where it never came (no
 * article), the bootstrap leaves its decision in a global of the extension's isolated
 * world instead of listening for messages: touching the extension APIs at all would
 * cost every page that is not an article a few milliseconds. That global is read by
 * injecting a one-line function (host permission or the popup's activeTab).
 */
import type { findArticle } from '../dom/article';
import type { analyzeSteps } from '../matcher/analyze';
import type { ContentRequest, ContentStatus, Reply } from './messages';

/** The bootstrap's global: its decision for this frame (the finder updates it). */
export const BOOTSTRAP_GLOBAL = '__ttdnBootstrap';
/** The finder's global, once injected: the bootstrap hands it later looks (single-page navigation). */
export const FINDER_GLOBAL = '__ttdnFinder';

/** Global the injected annotator reads: this run was asked for by the user, whatever the site settings say. */
export const REQUESTED_FLAG = '__ttdnAnnotateRequested';
/** Global holding the running annotator, so a second injection reuses it (and the bootstrap stays quiet). */
export const ANNOTATOR_INSTANCE = '__ttdnContent';
/** The article finder's global (entrypoints/article.ts), injected before the finder and the annotator. */
export const ARTICLE_GLOBAL = '__ttdnArticle';

export interface SharedArticleFinder {
  findArticle: typeof findArticle;
}

/** The matcher's global (entrypoints/matcher.ts), injected in a task before the annotator's. */
export const MATCHER_GLOBAL = '__ttdnMatcher';

/**
 * The matcher's language tables (entrypoints/matcher-language.ts), one module's exports
 * under each file name of lib/matcher/language/, injected in a task before the matcher's,
 * which reads them (scripts/support/matcher-language-split.ts).
 */
export const MATCHER_LANGUAGE_GLOBAL = '__ttdnMatcherLanguage';

export interface SharedMatcher {
  analyzeSteps: typeof analyzeSteps;
}

/** What the background injected into this world under `name`, before the script that asks. */
function injected<T>(name: string, what: string): T {
  const shared = (globalThis as Record<string, unknown>)[name] as T | undefined;
  if (!shared) throw new Error(`The ${what} was not injected.`);
  return shared;
}

/** The article finder (entrypoints/article.ts). */
export const sharedArticleFinder = (): SharedArticleFinder['findArticle'] => injected<SharedArticleFinder>(ARTICLE_GLOBAL, 'article finder').findArticle;
/** The matcher (entrypoints/matcher.ts). */
export const sharedMatcher = (): SharedMatcher['analyzeSteps'] => injected<SharedMatcher>(MATCHER_GLOBAL, 'matcher').analyzeSteps;

export interface BootstrapRecord {
  state: ContentStatus['state'];
}

/** The bootstrap's record for this frame, set once: the declared and a registered copy may both match a page. */
export function claimFrame(state: BootstrapRecord['state']): BootstrapRecord | null {
  const globals = globalThis as { [BOOTSTRAP_GLOBAL]?: BootstrapRecord };
  if (globals[BOOTSTRAP_GLOBAL]) return null;
  const record: BootstrapRecord = { state };
  globals[BOOTSTRAP_GLOBAL] = record;
  return record;
}

export interface FinderHandle {
  probe(): void;
}

/**
 * The few extension APIs the bootstrap and the finder use, as Chrome (promises in MV3)
 * and Firefox (`browser`) both offer them: they run without the browser polyfill.
 */
export interface PageApi {
  runtime: { id?: string; sendMessage(message: unknown): Promise<unknown> };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    onChanged: { addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void };
  };
}

export function pageApi(): PageApi {
  const scope = globalThis as { browser?: PageApi; chrome?: PageApi };
  return (scope.browser?.runtime?.id ? scope.browser : scope.chrome)!;
}

/**
 * The storage.session key under which the background notes that a tab's page is in
 * another language (lib/background/language-route.ts: no script of ours runs there);
 * removed when the tab loads another page or closes.
 */
export const otherLanguageKey = (tabId: number) => `ttdn-other-language-${tabId}`;

export interface StateApis {
  sendMessage(tabId: number, message: ContentRequest): Promise<unknown>;
  executeScript(injection: { target: { tabId: number }; func: () => unknown }): Promise<{ result?: unknown }[]>;
  /** storage.session's get. */
  sessionGet(key: string): Promise<Record<string, unknown>>;
}

/**
 * The tab's status: the annotator's answer, else the bootstrap's decision, else the
 * background's note of another language, else null (nothing of ours there).
 */
export async function tabStatus(apis: StateApis, tabId: number): Promise<ContentStatus | null> {
  const reply = (await Promise.resolve()
    .then(() => apis.sendMessage(tabId, { type: 'content:status' }))
    .catch(() => undefined)) as Reply<ContentStatus> | undefined;
  if (reply?.ok && typeof (reply.value as Partial<ContentStatus> | undefined)?.state === 'string') return reply.value;
  const results = await Promise.resolve()
    .then(() =>
      apis.executeScript({
        target: { tabId },
        // Runs in the tab, so it names the global itself (BOOTSTRAP_GLOBAL).
        func: () => (globalThis as { __ttdnBootstrap?: { state?: unknown } }).__ttdnBootstrap?.state ?? null,
      }),
    )
    .catch(() => []);
  let state = results[0]?.result;
  if (typeof state !== 'string') {
    const key = otherLanguageKey(tabId);
    const noted = await Promise.resolve()
      .then(() => apis.sessionGet(key))
      .catch(() => ({}) as Record<string, unknown>);
    state = noted[key] === true ? 'other-language' : null;
  }
  return typeof state === 'string' ? { state: state as ContentStatus['state'], page: null, article: null, analysis: null } : null;
}
