import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseRequest } from '@/lib/background/parse-request';
import { failureReply, request, RequestError } from '@/lib/messaging/messages';
import { ValidationError } from '@/lib/base/validate';

describe('messages', () => {
  it('relays the code of a refusal from the background, so the other end can explain it', () => {
    expect(failureReply(new RequestError('Storage is full', 'quota'))).toEqual({ ok: false, error: 'Storage is full', code: 'quota' });
    expect(failureReply(new Error('Annotation is off on this page.'))).toEqual({ ok: false, error: 'Annotation is off on this page.' });
    expect(failureReply('boom')).toEqual({ ok: false, error: 'boom' });
  });

  it('refuses a request type it does not know, naming the field', () => {
    expect(() => parseRequest({ type: 'content:clipping' })).toThrow(ValidationError);
    expect(() => parseRequest({ type: 'content:clipping' })).toThrow(/^type: expected one of/);
  });

  it('takes a tab to clip only as a whole tab id', () => {
    expect(parseRequest({ type: 'clip:tab', tabId: 42, extra: 'x' })).toEqual({ type: 'clip:tab', tabId: 42 });
    expect(() => parseRequest({ type: 'clip:tab', tabId: '42' })).toThrow(/^tabId: /);
    expect(() => parseRequest({ type: 'clip:tab', tabId: 4.5 })).toThrow(/^tabId: expected an integer/);
    expect(() => parseRequest({ type: 'clip:tab', tabId: -1 })).toThrow(/^tabId: /);
  });

  describe('a background that cannot be reached', () => {
    const id = fakeBrowser.runtime.id;
    afterEach(() => {
      fakeBrowser.runtime.id = id;
      vi.restoreAllMocks();
    });

    it('is a "no-answer" while this extension is still installed', async () => {
      vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('The message port closed before a response was received.'));
      await expect(request({ type: 'ping' })).rejects.toMatchObject({ code: 'no-answer' });
    });

    it('is "disconnected" once the extension was reloaded or updated, and nothing is sent', async () => {
      const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
      (fakeBrowser.runtime as { id?: string }).id = undefined;
      await expect(request({ type: 'ping' })).rejects.toMatchObject({ code: 'disconnected' });
      expect(send).not.toHaveBeenCalled();
    });

    it('"Extension context invalidated." is "disconnected" whatever runtime.id says', async () => {
      vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Extension context invalidated.'));
      await expect(request({ type: 'ping' })).rejects.toMatchObject({ code: 'disconnected' });
    });
  });
});
