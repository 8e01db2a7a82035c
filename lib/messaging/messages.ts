/**
 * Typed messages from content scripts and extension pages to the background.
 * Every request is validated by the background before it is acted on
 * (lib/background/parse-request.ts, kept out of the page's scripts): a content
 * script runs next to untrusted page code, so its messages are input, not orders.
 */
import { browser } from 'wxt/browser';
import type { Analysis } from '../matcher/types';
import type { StoreErrorCode } from '../store/errors';
import type { RestoreResult } from '../store/restore';
import type { CollectionMatches, KnownDirective } from '../learn/matcher';
import type { CorrectionChange } from '../clipping/corrections';
import type { ClippingInput, Corrections, ExportedClipping, PageSummary } from '../clipping/types';
import type { QuoteTarget } from '../clipping/quote-anchor';
import type { Quote } from '../clipping/quotes';
import type { SyncSetup, SyncStatus } from '../sync/types';

export type Request =
  | { type: 'ping' }
  /**
   * The content script analysed its page. `named`: the officials and directives it
   * found, which the background checks against the watch list for the toolbar
   * badge; the answer is the same whatever the list holds.
   */
  | { type: 'page:analysed'; page: PageSummary; named?: { officials: string[]; directives: string[] } }
  /** Save an article to the collection (the panel's button, from the content script). */
  | { type: 'clip:save'; clipping: ClippingInput }
  /** Clip the article a tab shows (the popup): the background takes it from the tab and writes it (lib/background/clip-tab.ts). */
  | { type: 'clip:tab'; tabId: number }
  /** Is this page clipped? By canonical URL or the address it was read at. */
  | { type: 'clip:status'; url: string }
  /** How many clippings cite each directive id (hover cards). */
  | { type: 'directive:counts'; ids: string[] }
  /** Replace a clipping's note and tags (popup, library). */
  | { type: 'clip:update'; id: string; note: string; tags: string[] }
  /** Delete a clipping; the answer carries it whole, for undo. */
  | { type: 'clip:delete'; id: string }
  /** Put back a clipping 'clip:delete' returned (undo); into the clipping there if it was clipped again. */
  | { type: 'clip:restore'; clipping: ExportedClipping }
  /** Bring back a copy from the local trash (library). */
  | { type: 'trash:restore'; key: number }
  /** Empty the local trash (library). */
  | { type: 'trash:empty' }
  /** The panel's "pause everywhere", asked for on the user's click in the page. */
  | { type: 'panel:pause' }
  /** The panel's "turn off on this site": the site is the sender tab's, never named in the message. */
  | { type: 'panel:disable-site' }
  /** Sync (options, popup, library): its state, set-up, a run now, and stopping it. */
  | { type: 'sync:status' }
  | { type: 'sync:configure'; setup: SyncSetup }
  | { type: 'sync:now' }
  | { type: 'sync:stop' }
  /** Learning from the collection (extension pages only): what of the collection a text names; ids: directives its analysis found. */
  | { type: 'learn:find'; text: string; directives: string[] }
  /** Mark a clipping's finding wrong or take that back, add an official or a directive by hand, or remove one added. */
  | { type: 'clip:correct'; id: string; change: CorrectionChange }
  /** Keep a passage of a clipping as a quote (the clipping page's selection); the context menu keeps one in the background. */
  | { type: 'quote:keep'; id: string; target: QuoteTarget }
  /** Write a quote's comment: typed in an extension page (popup, clipping page), never in the page. */
  | { type: 'quote:comment'; id: string; quoteId: string; comment: string }
  /** Delete a quote (popup, clipping page): it leaves a tombstone so no other copy brings it back. */
  | { type: 'quote:delete'; id: string; quoteId: string }
  /**
   * Open an official's or a directive's research page in a new tab (the hover card's
   * door, on a trusted click): a page cannot open extension pages itself.
   */
  | { type: 'research:open'; subject: ResearchSubject }
  /** Star an official or a directive, or take the star away (research pages, library). */
  | { type: 'watch:set'; subject: ResearchSubject; starred: boolean };

/** Whose research page: an official by name, a directive by id. */
export interface ResearchSubject {
  kind: 'official' | 'directive';
  name: string;
}

/** What the background answers to each request type. */
export interface ResponseMap {
  ping: { pong: true };
  'page:analysed': { recent: number };
  'clip:save': { id: string; created: boolean };
  'clip:tab': ResponseMap['clip:save'];
  'clip:status': { clipped: boolean; id?: string };
  'directive:counts': Record<string, number>;
  'clip:update': { updatedAt: number };
  'clip:delete': { clipping: ExportedClipping };
  'clip:restore': RestoreResult;
  'trash:restore': RestoreResult;
  'trash:empty': { emptied: number };
  'panel:pause': { paused: true };
  'panel:disable-site': { site: string };
  'sync:status': SyncStatus;
  'sync:configure': SyncStatus;
  'sync:now': SyncStatus;
  'sync:stop': SyncStatus;
  'learn:find': { matches: CollectionMatches; known: KnownDirective[] };
  'clip:correct': { updatedAt: number; corrections: Corrections | null };
  'quote:keep': { quote: Quote };
  'quote:comment': { updatedAt: number };
  'quote:delete': { updatedAt: number };
  'research:open': { opened: true };
  'watch:set': { starred: boolean };
}

export type RequestType = Request['type'];

/**
 * Messages extension pages (popup, library) and the background send to the
 * content script of a tab, with browser.tabs.sendMessage. The content script
 * answers with the same Reply envelope.
 */
export type ContentRequest =
  /** The tab's current analysis and article metadata, for the popup. */
  | { type: 'content:status' }
  /** The clipping of the tab's article as the annotator holds it, answered at once (the background writes it). */
  | { type: 'content:clipping' }
  /** How the background's write of that clipping went, for the panel to show. */
  | { type: 'content:clipped'; result: Reply<ResponseMap['clip:save']> }
  /** Show or hide the in-page panel. */
  | { type: 'content:toggle-panel' }
  /** The article text the tab's analysis was made of (the popup matches the collection against it, in the extension). */
  | { type: 'content:text' }
  /** Paint these quotes on the page (the popup's "show my quotes", on the reader's click): the answer lists those found. */
  | { type: 'content:quotes'; quotes: (QuoteTarget & { id: string })[] };

/** What a tab's content script says about its page ('content:status'). */
export interface ContentStatus {
  /**
   * off: paused or switched off for the site; no-article: nothing to annotate on this page;
   * other-language: not written in Vietnamese (the "Vietnamese pages on every site" grant stops there).
   */
  state: 'off' | 'analysing' | 'ready' | 'no-article' | 'other-language' | 'error';
  page: PageSummary | null;
  article: { title: string; url: string; canonicalUrl: string; published: string | null; author: string | null } | null;
  analysis: Analysis | null;
}

/** What the content script answers to each ContentRequest. */
export interface ContentResponseMap {
  'content:status': ContentStatus;
  'content:clipping': ClippingInput;
  'content:clipped': null;
  'content:toggle-panel': { visible: boolean };
  'content:text': { text: string } | null;
  'content:quotes': { found: string[] };
}

/**
 * Failure codes the UI explains in the user's language. 'invalid': the message
 * was malformed; 'forbidden': its sender may not send it; 'unsupported': the tab
 * has no article to clip; 'disconnected': this page's script belongs
 * to an extension that was reloaded or updated since (only a reload of the page
 * helps); 'no-answer': the background did not answer.
 */
export type ErrorCode = StoreErrorCode | 'invalid' | 'forbidden' | 'unsupported' | 'disconnected' | 'no-answer';
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string; code?: ErrorCode };

/** A refused request, with the background's code when it gave one. */
export class RequestError extends Error {
  constructor(
    message: string,
    readonly code?: ErrorCode,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

/**
 * The reply for a failure: its message, and its code when it is a refusal relayed
 * from the background ("quota" while clipping for the popup, say), so the UI at the
 * other end can still explain it in the user's language.
 */
export function failureReply(error: unknown): { ok: false; error: string; code?: ErrorCode } {
  const message = error instanceof Error ? error.message : String(error);
  return error instanceof RequestError && error.code ? { ok: false, error: message, code: error.code } : { ok: false, error: message };
}

/** Whether this script's extension is still the one installed (false once it is reloaded, updated or removed). */
export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/**
 * A failure to reach the background, as a RequestError with a code: the browser's
 * own text ("Extension context invalidated.", "Could not establish connection…")
 * is never shown to the user, only the sentence the code stands for.
 */
export function transportError(error: unknown): RequestError {
  const message = error instanceof Error ? error.message : String(error);
  const gone = !extensionAlive() || /context invalidated|dead object|extension context/i.test(message);
  return new RequestError(message, gone ? 'disconnected' : 'no-answer');
}

/** Sends a request to the background and unwraps its reply; a refusal or a lost connection becomes a RequestError. */
export async function request<T extends Request>(message: T): Promise<ResponseMap[T['type']]> {
  if (!extensionAlive()) throw new RequestError('Extension context invalidated.', 'disconnected');
  let reply: Reply<ResponseMap[T['type']]> | undefined;
  try {
    reply = (await browser.runtime.sendMessage(message)) as Reply<ResponseMap[T['type']]> | undefined;
  } catch (error) {
    throw transportError(error);
  }
  if (!reply) throw new RequestError('The extension did not answer.', extensionAlive() ? 'no-answer' : 'disconnected');
  if (!reply.ok) throw new RequestError(reply.error, reply.code);
  return reply.value;
}
