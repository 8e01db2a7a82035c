/**
 * Clipping a tab's article from outside the page (popup button, context menu,
 * keyboard shortcut): the tab's content script has the article and its
 * analysis, so it is asked to clip ('content:clip'); it sends 'clip:save' to
 * the background and answers with that request's answer.
 */
import { browser } from 'wxt/browser';
import { type ContentRequest, type Reply, RequestError, type ResponseMap } from './messages';

export type ClipResult = ResponseMap['clip:save'];

export async function clipTab(tabId: number): Promise<ClipResult> {
  const message: ContentRequest = { type: 'content:clip' };
  let reply: Reply<ClipResult> | undefined;
  try {
    reply = (await browser.tabs.sendMessage(tabId, message)) as Reply<ClipResult> | undefined;
  } catch {
    // No receiver: not a news page the extension reads, or a tab opened before the extension was (re)loaded.
    reply = undefined;
  }
  if (!reply) throw new RequestError('This page has no article the extension can clip.', 'unsupported');
  if (!reply.ok) throw new RequestError(reply.error, reply.code);
  return reply.value;
}
