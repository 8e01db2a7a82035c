/**
 * Saving a clipping and telling the truth about it. When the answer to
 * 'clip:save' is lost (the background's service worker restarted, the message
 * port closed) the clipping may well be stored: the background is asked again
 * before anything says it failed. A refusal with a reason (quota, invalid,
 * forbidden) is final, and a script whose extension was reloaded cannot ask.
 */
import { RequestError, type Request, type ResponseMap } from './messages';
import type { ClippingInput } from '../clipping/types';

type Send = <T extends Request>(message: T) => Promise<ResponseMap[T['type']]>;

/** Waits before each new question: the background may be starting up again. */
export const ASK_AGAIN_MS = [0, 250, 1000];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function requestSave(send: Send, clipping: ClippingInput): Promise<ResponseMap['clip:save']> {
  try {
    return await send({ type: 'clip:save', clipping });
  } catch (error) {
    if (!(error instanceof RequestError) || error.code !== 'no-answer') throw error;
    for (const wait of ASK_AGAIN_MS) {
      await sleep(wait);
      try {
        const status = await send({ type: 'clip:status', url: clipping.canonicalUrl });
        if (status.clipped && status.id) return { id: status.id, created: false };
        break; // The background answers and does not have it: the save really failed.
      } catch (again) {
        if (again instanceof RequestError && again.code === 'disconnected') throw again;
      }
    }
    throw error;
  }
}
