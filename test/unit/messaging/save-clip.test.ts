import { describe, expect, it, vi } from 'vitest';
import { RequestError, type Request } from '@/lib/messaging/messages';
import { requestSave } from '@/lib/messaging/save-clip';
import { clippingInput } from '../../../scripts/support/clippings';

/** A background that fails each request type as scripted, then answers from `stored`. */
function background(script: Partial<Record<Request['type'], (RequestError | 'ok')[]>>, stored: Set<string>) {
  const calls: string[] = [];
  const send = vi.fn(async (message: Request): Promise<never> => {
    calls.push(message.type);
    const next = script[message.type]?.shift();
    if (next instanceof RequestError) throw next;
    if (message.type === 'clip:save') {
      stored.add(message.clipping.canonicalUrl);
      return { id: 'id-1', created: true } as never;
    }
    if (message.type === 'clip:status') return (stored.has(message.url) ? { clipped: true, id: 'id-1' } : { clipped: false }) as never;
    throw new Error('unexpected');
  });
  return { send, calls };
}

const lost = () => new RequestError('The message port closed before a response was received.', 'no-answer');

describe('the panel’s clip tells the truth, asking the status once when the answer is lost', () => {
  it('an answer lost after the clipping was stored is reported as stored', async () => {
    const clipping = clippingInput();
    const stored = new Set([clipping.canonicalUrl]); // the background wrote it, then its answer was lost
    const { send, calls } = background({ 'clip:save': [lost()] }, stored);
    await expect(requestSave(send, clipping)).resolves.toEqual({ id: 'id-1', created: false });
    expect(calls).toEqual(['clip:save', 'clip:status']);
  });

  it('an answer lost before anything was stored stays a failure', async () => {
    const { send, calls } = background({ 'clip:save': [lost()] }, new Set());
    await expect(requestSave(send, clippingInput())).rejects.toMatchObject({ code: 'no-answer' });
    expect(calls).toEqual(['clip:save', 'clip:status']);
  });

  it('asks the status once: when that answer is lost too, the save stays a failure', async () => {
    const clipping = clippingInput();
    const { send, calls } = background({ 'clip:save': [lost()], 'clip:status': [lost()] }, new Set([clipping.canonicalUrl]));
    await expect(requestSave(send, clipping)).rejects.toMatchObject({ code: 'no-answer' });
    expect(calls).toEqual(['clip:save', 'clip:status']);
  });

  it('a refusal with a reason is final: nothing is asked again', async () => {
    const { send, calls } = background({ 'clip:save': [new RequestError('Storage is full', 'quota')] }, new Set());
    await expect(requestSave(send, clippingInput())).rejects.toMatchObject({ code: 'quota' });
    expect(calls).toEqual(['clip:save']);
  });
});
