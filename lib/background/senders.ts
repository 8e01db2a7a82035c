/**
 * Who is asking. Every message reaches the background with the browser's own
 * account of its sender; that account, not anything in the message, decides
 * what the sender may do. Extension pages (popup, library, options) are told
 * apart from content scripts by the origin of `sender.url` (the library and
 * options pages are tabs too, so "has a tab" proves nothing); a content script
 * is a tab and a frame, and speaks only for the page its tab shows.
 */
import type { Request, RequestType } from '../messaging/messages';
import { samePage, sameSite } from '../site/site-identity';

/** The parts of runtime.MessageSender the rules read. */
export interface RawSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** This extension: its id and the origin of its own pages (chrome-extension://id, moz-extension://uuid). */
export interface Self {
  id: string;
  origin: string;
}

export type Sender =
  | { kind: 'extension-page'; url: string; tabId?: number }
  /** tabUrl: the address the tab shows (the committed URL of its top frame). */
  | { kind: 'content-script'; tabId: number; frameId: number; tabUrl: string }
  | { kind: 'stranger' };

/** scheme://host, built by hand: URL.origin is "null" for schemes the URL standard does not know (moz-extension: in some engines). */
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null;
  } catch {
    return null;
  }
}

const isWeb = (url: string | undefined): url is string => /^https?:/i.test(url ?? '') && originOf(url) !== null;

export function classifySender(raw: RawSender, self: Self): Sender {
  if (raw.id !== self.id) return { kind: 'stranger' };
  if (originOf(raw.url) === self.origin) return { kind: 'extension-page', url: raw.url!, ...(raw.tab?.id !== undefined ? { tabId: raw.tab.id } : {}) };
  const tabId = raw.tab?.id;
  if (tabId === undefined || tabId < 0 || raw.frameId === undefined || !isWeb(raw.url)) return { kind: 'stranger' };
  // Without a tab URL (no host permission to show it) the top frame's own URL is the tab's address.
  const tabUrl = raw.tab?.url ?? (raw.frameId === 0 ? raw.url : undefined);
  if (!isWeb(tabUrl)) return { kind: 'stranger' };
  return { kind: 'content-script', tabId, frameId: raw.frameId, tabUrl };
}

/**
 * A tab's top frame as a sender, from the browser's account of the tab's address: what a
 * clipping the background took from that tab itself (lib/background/clip-tab.ts) speaks for.
 */
export function topFrameOf(tabId: number, tabUrl: string | undefined): Sender {
  return tabId >= 0 && isWeb(tabUrl) ? { kind: 'content-script', tabId, frameId: 0, tabUrl } : { kind: 'stranger' };
}

/** Why a request is refused, or null when its sender may send it. */
type Rule<K extends RequestType> = (request: Extract<Request, { type: K }>, sender: Sender) => string | null;

const EXTENSION_ONLY = 'only the extension’s own pages may send this';
const CONTENT_ONLY = 'only the content script of the page may send this';

/** A content script in the tab's top frame: the one that reads the tab's article. */
const topFrame = (sender: Sender): sender is Extract<Sender, { kind: 'content-script' }> =>
  sender.kind === 'content-script' && sender.frameId === 0;

const extensionPage = (_request: Request, sender: Sender) => (sender.kind === 'extension-page' ? null : EXTENSION_ONLY);
const ownPage = (_request: Request, sender: Sender) => (topFrame(sender) ? null : CONTENT_ONLY);

/**
 * One rule for every message type (a new type does not compile without one).
 * A content script saves and asks about its own tab's article only; the
 * collection is edited, and settings changed, from the extension's pages, except
 * the panel's two switches, which the content script asks for on a trusted click
 * and which act only on the sender's own site.
 */
export const SENDER_RULES: { [K in RequestType]: Rule<K> } = {
  ping: (_request, sender) => (sender.kind === 'stranger' ? 'unknown sender' : null),
  'page:analysed': ({ page }, sender) => {
    if (!topFrame(sender)) return CONTENT_ONLY;
    return samePage(page.url, sender.tabUrl) ? null : 'not the page this tab shows';
  },
  'clip:save': ({ clipping }, sender) => {
    if (!topFrame(sender)) return CONTENT_ONLY;
    if (!samePage(clipping.url, sender.tabUrl)) return 'the clipping is not the page this tab shows';
    // Never true after narrowed(); checked again so the rule stands on its own.
    if (!sameSite(clipping.canonicalUrl, sender.tabUrl)) return 'the canonical URL is on another site than the page';
    return null;
  },
  // The popup names the tab it shows; a page never names a tab.
  'clip:tab': extensionPage,
  'clip:status': ({ url }, sender) => {
    if (sender.kind === 'extension-page') return null;
    if (!topFrame(sender)) return CONTENT_ONLY;
    return sameSite(url, sender.tabUrl) ? null : 'a page may only ask about its own site';
  },
  'directive:counts': (_request, sender) => (sender.kind === 'extension-page' || topFrame(sender) ? null : CONTENT_ONLY),
  'clip:update': extensionPage,
  'clip:delete': extensionPage,
  'clip:restore': extensionPage,
  'trash:restore': extensionPage,
  'trash:empty': extensionPage,
  'panel:pause': ownPage,
  'panel:disable-site': ownPage,
  'sync:status': extensionPage,
  'sync:configure': extensionPage,
  'sync:now': extensionPage,
  'sync:stop': extensionPage,
  // What the collection knows must never reach a page's script; corrections edit the collection.
  'learn:find': extensionPage,
  'clip:correct': extensionPage,
  'quote:keep': extensionPage,
  'quote:comment': extensionPage,
  'quote:delete': extensionPage,
  // The hover card's door: asked for by the page's content script on a trusted click, or by an extension page.
  'research:open': (_request, sender) => (sender.kind === 'extension-page' || topFrame(sender) ? null : CONTENT_ONLY),
  // Who is watched must never reach a page's script.
  'watch:set': extensionPage,
};

export function refusal(request: Request, sender: Sender): string | null {
  return (SENDER_RULES[request.type] as Rule<RequestType>)(request, sender);
}

/**
 * A content script's claims narrowed to what its page may speak for. The
 * canonical URL is the page's own statement: one on another registrable domain
 * than the tab's (Public Suffix List) would file this page's text under another
 * site's article, overwriting the user's clipping of it, or tell the page
 * whether that URL is clipped. It is ignored and the page's URL is the key.
 * (Done here, in the background, so the list stays out of every news page.)
 */
export function narrowed(request: Request, sender: Sender): Request {
  if (sender.kind !== 'content-script') return request;
  if (request.type === 'clip:save') {
    const { clipping } = request;
    return sameSite(clipping.canonicalUrl, sender.tabUrl) ? request : { ...request, clipping: { ...clipping, canonicalUrl: clipping.url } };
  }
  if (request.type === 'clip:status') return sameSite(request.url, sender.tabUrl) ? request : { ...request, url: sender.tabUrl };
  return request;
}

/** The request as the background will act on it, or why it is refused. */
export function admit(request: Request, sender: Sender): { ok: true; request: Request } | { ok: false; reason: string } {
  const narrow = narrowed(request, sender);
  const reason = refusal(narrow, sender);
  return reason === null ? { ok: true, request: narrow } : { ok: false, reason };
}
