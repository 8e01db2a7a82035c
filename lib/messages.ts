/**
 * Typed messages from content scripts and extension pages to the background.
 * Every request is validated by the background before it is acted on: a content
 * script runs next to untrusted page code, so its messages are input, not orders.
 */
import { browser } from 'wxt/browser';
import type { Analysis } from './matcher/types';
import type { ClippingInput } from './store/types';
import { boolean, httpUrl, integer, literal, number, object, string, ValidationError } from './validate';

export interface PageSummary {
  url: string;
  title: string;
  site: string;
  officials: number;
  directives: number;
  isForeignInfo: boolean;
  score: number;
}

export type Request = { type: 'ping' } | { type: 'page:analysed'; page: PageSummary };

/** What the background answers to each request type. */
export interface ResponseMap {
  ping: { pong: true };
  'page:analysed': { recent: number };
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
  /** Clip the tab's article (popup button, context menu, keyboard shortcut). */
  | { type: 'content:clip' }
  /** Show or hide the in-page panel. */
  | { type: 'content:toggle-panel' };
/** What a tab's content script says about its page ('content:status'). */
export interface ContentStatus {
  /** off: paused or switched off for the site; no-article: nothing to annotate on this page. */
  state: 'off' | 'analysing' | 'ready' | 'no-article' | 'error';
  page: PageSummary | null;
  article: { title: string; url: string; canonicalUrl: string; published: string | null; author: string | null } | null;
  analysis: Analysis | null;
}

/** What the content script answers to each ContentRequest. */
export interface ContentResponseMap {
  'content:status': ContentStatus;
  'content:clip': CollectionResponseMap['clip:save'];
  'content:toggle-panel': { visible: boolean };
}

/**
 * Requests about the clipped collection, answered by the background (the
 * collection work owns their validation and handlers). Declared here so the
 * content script compiles against exactly these names and shapes; until the
 * background knows them it refuses them, and the page UI shows that refusal.
 */
export type CollectionRequest =
  | { type: 'clip:save'; clipping: ClippingInput }
  | { type: 'clip:status'; url: string }
  | { type: 'directive:counts'; ids: string[] };

export interface CollectionResponseMap {
  'clip:save': { id: string; created: boolean };
  'clip:status': { clipped: boolean; id?: string };
  'directive:counts': Record<string, number>;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

const checkPageSummary = object({
  url: httpUrl,
  title: string(1000),
  site: string(255),
  officials: integer(0, 100_000),
  directives: integer(0, 100_000),
  isForeignInfo: boolean,
  score: number(0, 1),
});

const checks: { [K in RequestType]: (raw: Record<string, unknown>) => Extract<Request, { type: K }> } = {
  ping: () => ({ type: 'ping' }),
  'page:analysed': (raw) => ({ type: 'page:analysed', page: checkPageSummary(raw.page, 'page') }),
};

/** Validates an incoming message; throws ValidationError with a readable reason. */
export function parseRequest(raw: unknown): Request {
  if (typeof raw !== 'object' || raw === null) throw new ValidationError('message', 'expected an object');
  const type = literal(...(Object.keys(checks) as RequestType[]))((raw as { type?: unknown }).type, 'type');
  return checks[type](raw as Record<string, unknown>);
}

type AnyResponseMap = ResponseMap & CollectionResponseMap;

/** Sends a request to the background and unwraps its reply; a refusal becomes an Error. */
export async function request<T extends Request | CollectionRequest>(message: T): Promise<AnyResponseMap[T['type']]> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<AnyResponseMap[T['type']]> | undefined;
  if (!reply) throw new Error('The extension did not answer; reload the page and try again.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
