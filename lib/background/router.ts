import { failureReply, RequestError, type Reply, type Request, type ResponseMap } from '../messaging/messages';
import { parseRequest } from './parse-request';
import { clipStatus, correctClipping, deleteClipping, directiveCounts, saveClipping, updateClipping } from '../store/clippings';
import { createLearntCache, type LearntCache } from '../learn/cache';
import type { AnnotatorDb } from '../store/db';
import { StoreError } from '../store/errors';
import { fromExported, toExported } from '../clipping/export-format';
import { restoreClipping, restoreFromTrash } from '../store/restore';
import { emptyTrash } from '../store/trash';
import { commentQuote, deleteQuoteOf, keepQuote } from '../store/quotes';
import { recordPage } from '../store/recent';
import { siteOf } from '../site/sites';
import { directiveHref, officialHref } from '../research/route';
import { namedKeys } from '../clipping/watch-key';
import { setWatched, watchedAmong } from '../store/watch';
import { getSettings, updateSettings } from '../settings/settings';
import { ValidationError } from '../base/validate';
import { refreshCollectionHead } from '../collection/head';
import { admit, type Sender } from './senders';
import { clipTab, type Route, type TabApis } from './clip-tab';
import type { SyncControl } from '../sync/types';

/** What the background needs from the browser, passed in so the router stays testable. */
export interface RouterDeps {
  db: AnnotatorDb;
  /** The toolbar badge of a tab; `title` (the button's tooltip) names the watched subjects an article names. */
  setBadge(tabId: number, text: string, title?: string): Promise<void>;
  /** The sync engine; without it (unit harnesses) sync requests are refused. */
  sync?: SyncControl;
  /** The learnt matcher of the collection, cached; without it the router keeps its own. */
  learnt?: LearntCache;
  /** The browser's tabs, for 'clip:tab'; without them that request is refused. */
  tabs?: TabApis;
  /** Opens one of the extension's pages (a path such as /research.html#…) in a new tab beside the asking one; absent in unit harnesses. */
  openPage?(path: string, besideTabId: number | null): Promise<void>;
}

type Handlers = { [K in Request['type']]: (req: Extract<Request, { type: K }>, sender: Sender) => Promise<ResponseMap[K]> };

/** `route`: the router itself, through which a clipping taken from a tab is saved as the page's own request would be. */
function handlers(deps: RouterDeps, route: Route): Handlers {
  /** After a change to the collection, the popup's copy of its newest rows follows. */
  const afterWrite = async <T>(write: Promise<T>): Promise<T> => {
    const result = await write;
    await refreshCollectionHead(deps.db);
    return result;
  };
  /** The sender rules passed, so these are a content script's tab. */
  const tabOf = (sender: Sender) => (sender.kind === 'content-script' ? sender : null);
  // Built on the first question: most background starts never need it.
  let learnt = deps.learnt;
  const learntMatcher = () => (learnt ??= createLearntCache(deps.db)).get();
  const syncControl = () => {
    if (!deps.sync) throw new Error('Sync is not available here.');
    return deps.sync;
  };
  return {
    ping: async () => ({ pong: true }),
    // The site is named here, from the address and the list of news sites (which stays out of the pages).
    'page:analysed': async ({ page, named }, sender) => {
      const recent = await recordPage(deps.db, { ...page, site: siteOf(page.url) });
      const tab = tabOf(sender);
      const watched = named ? await watchedAmong(deps.db, namedKeys(named.officials, named.directives)) : [];
      if (tab && watched.length) await deps.setBadge(tab.tabId, `★${badgeText(watched.length)}`, watched.map((w) => `★ ${w.label}`).join('\n'));
      else if (tab) await deps.setBadge(tab.tabId, badgeText(page.officials + page.directives));
      return { recent };
    },
    'clip:save': ({ clipping }) => afterWrite(saveClipping(deps.db, { ...clipping, site: siteOf(clipping.url) })),
    'clip:tab': ({ tabId }) => {
      if (!deps.tabs) throw new Error('Clipping a tab is not available here.');
      return clipTab(tabId, deps.tabs, route);
    },
    'clip:status': ({ url }) => clipStatus(deps.db, url),
    'directive:counts': ({ ids }) => directiveCounts(deps.db, ids),
    'clip:update': async ({ id, note, tags }) => ({ updatedAt: (await afterWrite(updateClipping(deps.db, id, { note, tags }))).updatedAt }),
    'clip:delete': async ({ id }) => ({ clipping: toExported(await afterWrite(deleteClipping(deps.db, id))) }),
    'clip:restore': ({ clipping }) => afterWrite(restoreClipping(deps.db, fromExported(clipping))),
    'trash:restore': ({ key }) => afterWrite(restoreFromTrash(deps.db, key)),
    'trash:empty': async () => ({ emptied: await emptyTrash(deps.db) }),
    'panel:pause': async () => {
      await updateSettings({ paused: true });
      return { paused: true };
    },
    'panel:disable-site': async (_req, sender) => {
      const site = siteOf(tabOf(sender)!.tabUrl);
      const { disabledSites } = await getSettings();
      if (!disabledSites.includes(site)) await updateSettings({ disabledSites: [...disabledSites, site] });
      return { site };
    },
    'sync:status': () => syncControl().status(),
    'sync:configure': ({ setup }) => syncControl().configure(setup),
    'sync:now': () => syncControl().syncNow(),
    'sync:stop': () => syncControl().stop(),
    'learn:find': async ({ text, directives }) => {
      const matcher = await learntMatcher();
      return { matches: matcher.find(text), known: directives.flatMap((id) => matcher.directive(id) ?? []) };
    },
    'research:open': async ({ subject }, sender) => {
      if (!deps.openPage) throw new Error('Opening pages is not available here.');
      await deps.openPage(subject.kind === 'official' ? officialHref(subject.name) : directiveHref(subject.name), tabOf(sender)?.tabId ?? null);
      return { opened: true };
    },
    'watch:set': async ({ subject, starred }) => {
      await setWatched(deps.db, subject.kind, subject.name, starred);
      return { starred };
    },
    'quote:keep': async ({ id, target }) => ({ quote: await afterWrite(keepQuote(deps.db, id, target)) }),
    'quote:comment': async ({ id, quoteId, comment }) => ({ updatedAt: (await afterWrite(commentQuote(deps.db, id, quoteId, comment))).updatedAt }),
    'quote:delete': async ({ id, quoteId }) => ({ updatedAt: (await afterWrite(deleteQuoteOf(deps.db, id, quoteId))).updatedAt }),
    'clip:correct': async ({ id, change }) => {
      const record = await afterWrite(correctClipping(deps.db, id, change));
      return { updatedAt: record.updatedAt, corrections: record.corrections ?? null };
    },
  };
}

export function badgeText(found: number): string {
  if (found <= 0) return '';
  return found > 999 ? '999+' : String(found);
}

/**
 * Validates and answers one message, if its sender may send it (senders.ts).
 * Never throws: bad input and refused senders get an error reply.
 */
export function createRouter(deps: RouterDeps): Route {
  const table = handlers(deps, (raw, sender) => route(raw, sender));
  const route = async (raw: unknown, sender: Sender): Promise<Reply<unknown>> => {
    if (sender.kind === 'stranger') return { ok: false, error: 'Refused: unknown sender', code: 'forbidden' };
    let req: Request;
    try {
      req = parseRequest(raw);
    } catch (error) {
      const detail = error instanceof ValidationError ? `: ${error.message}` : '';
      return { ok: false, error: `Invalid message${detail}`, code: 'invalid' };
    }
    const admitted = admit(req, sender);
    if (!admitted.ok) return { ok: false, error: `Refused ${req.type}: ${admitted.reason}`, code: 'forbidden' };
    req = admitted.request;
    try {
      const handle = table[req.type] as (r: Request, s: Sender) => Promise<unknown>;
      return { ok: true, value: await handle(req, sender) };
    } catch (error) {
      if (error instanceof StoreError) return { ok: false, error: error.message, code: error.code };
      // A refusal relayed from a tab or from the router itself ('clip:tab'), with its code.
      if (error instanceof RequestError) return failureReply(error);
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
  return route;
}
