/**
 * The panel's clip button: its one request, 'clip:save', from the page to the
 * background. The background's write is idempotent per canonical URL, so when
 * the answer is lost (the service worker restarted, the message port closed)
 * the clipping may well be stored: the page asks its status once before saying
 * it failed. A refusal with a reason (quota, invalid, forbidden) is final, and a
 * script whose extension was reloaded cannot ask. (Popup, menu and shortcut
 * clips never pass through the page: lib/background/clip-tab.ts.)
 */
import { RequestError, type Request, type ResponseMap } from './messages';
import type { ClippingInput } from '../clipping/types';

type Send = <T extends Request>(message: T) => Promise<ResponseMap[T['type']]>;

export async function requestSave(send: Send, clipping: ClippingInput): Promise<ResponseMap['clip:save']> {
  try {
    return await send({ type: 'clip:save', clipping });
  } catch (error) {
    if (!(error instanceof RequestError) || error.code !== 'no-answer') throw error;
    const status = await send({ type: 'clip:status', url: clipping.canonicalUrl }).catch(() => null);
    if (status?.clipped && status.id) return { id: status.id, created: false };
    throw error;
  }
}
