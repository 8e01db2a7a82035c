/**
 * Clipping the article a tab shows, for the popup's button, the context menu and the
 * keyboard shortcut, in one hop. The background asks the annotator in the tab's top
 * frame for the clipping it already holds ('content:clipping', answered at once: the
 * page writes nothing and sends nothing), writes it through its own router as a
 * 'clip:save' from that tab's top frame (the same validation, sender rules and
 * narrowing as the panel's button, with the tab's address as the browser reports it),
 * then tells the page how it went ('content:clipped') so its panel shows it. No answer
 * can be lost between the page and the write.
 */
import { RequestError, type ContentRequest, type Reply, type ResponseMap } from '../messaging/messages';
import { topFrameOf, type Sender } from './senders';

export type ClipResult = ResponseMap['clip:save'];

/** The tab calls this needs, as browser.tabs offers them (passed in: fakeBrowser in the tests). */
export interface TabApis {
  get(tabId: number): Promise<{ url?: string }>;
  sendMessage(tabId: number, message: ContentRequest, options: { frameId: number }): Promise<unknown>;
}

/** The router: a raw message and its sender, answered with a reply (lib/background/router.ts). */
export type Route = (raw: unknown, sender: Sender) => Promise<Reply<unknown>>;

/** The tab's top frame only: the one that reads the tab's article and the only one that may save it. */
const TOP = { frameId: 0 };

/** A message to the tab's top frame; its reply, or undefined where nothing of ours answers. */
const askTopFrame = (tabs: TabApis, tabId: number, message: ContentRequest) =>
  Promise.resolve()
    .then(() => tabs.sendMessage(tabId, message, TOP))
    .catch(() => undefined) as Promise<Reply<unknown> | undefined>;

/** What the annotator of the tab's top frame holds, unchecked (the router validates it). */
async function clippingOfTab(tabs: TabApis, tabId: number): Promise<unknown> {
  const reply = await askTopFrame(tabs, tabId, { type: 'content:clipping' });
  // No receiver: not a page the extension reads, or a tab opened before the extension was (re)loaded.
  if (!reply) throw new RequestError('This page has no article the extension can clip.', 'unsupported');
  if (!reply.ok) throw new RequestError(reply.error, reply.code);
  return reply.value;
}

export async function clipTab(tabId: number, tabs: TabApis, route: Route): Promise<ClipResult> {
  const clipping = await clippingOfTab(tabs, tabId);
  // Read after the page answered: the clipping must be the page the tab shows now.
  const tab = await tabs.get(tabId).catch(() => undefined);
  const reply = (await route({ type: 'clip:save', clipping }, topFrameOf(tabId, tab?.url))) as Reply<ClipResult>;
  // A tab closed or navigated meanwhile has no panel left to show it in.
  await askTopFrame(tabs, tabId, { type: 'content:clipped', result: reply });
  if (!reply.ok) throw new RequestError(reply.error, reply.code);
  return reply.value;
}
