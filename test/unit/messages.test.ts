import { describe, expect, it } from 'vitest';
import { failureReply, parseRequest, RequestError } from '@/lib/messages';
import { ValidationError } from '@/lib/validate';

describe('messages', () => {
  it('relays the code of a refusal from the background, so the other end can explain it', () => {
    expect(failureReply(new RequestError('Storage is full', 'quota'))).toEqual({ ok: false, error: 'Storage is full', code: 'quota' });
    expect(failureReply(new Error('Annotation is off on this page.'))).toEqual({ ok: false, error: 'Annotation is off on this page.' });
    expect(failureReply('boom')).toEqual({ ok: false, error: 'boom' });
  });

  it('refuses a request type it does not know, naming the field', () => {
    expect(() => parseRequest({ type: 'content:clip' })).toThrow(ValidationError);
    expect(() => parseRequest({ type: 'content:clip' })).toThrow(/^type: expected one of/);
  });
});
