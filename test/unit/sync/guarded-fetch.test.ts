// @vitest-environment node
/** Every request to the sync server: no redirect followed, an idle deadline, error bodies capped (lib/sync/guarded-fetch.ts). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DETAIL_CHARS, ERROR_BODY_BYTES, type Fetch, guardedFetch } from '@/lib/sync/guarded-fetch';
import { openSession } from '@/lib/sync/remote';

const ORIGIN = 'https://sync.example-team.vn';
afterEach(() => void vi.useRealTimers());

/** A fetch that answers with `answer` and records what it was asked. */
function fakeFetch(answer: (init: RequestInit) => Response | Promise<Response>) {
  const asked: RequestInit[] = [];
  const impl: Fetch = async (_url, init = {}) => {
    asked.push(init);
    return answer(init);
  };
  return { impl, asked };
}

/** Never answers; rejects with the signal's reason when aborted, as fetch does. */
const silent = (init: RequestInit) =>
  new Promise<Response>((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal!.reason), { once: true }));

describe('a redirect', () => {
  it('is never followed and is a set-up error, not a success', async () => {
    const { impl, asked } = fakeFetch(() => new Response(null, { status: 307, headers: { Location: 'http://127.0.0.1:9/_session' } }));
    const fetch = guardedFetch(impl, { origin: ORIGIN });
    await expect(fetch(`${ORIGIN}/_session`, { method: 'POST', body: '{"name":"lan","password":"pw"}' })).rejects.toMatchObject({ code: 'redirected', detail: 'HTTP 307 → http://127.0.0.1:9/_session' });
    expect(asked).toHaveLength(1);
    expect(asked[0]!.redirect).toBe('manual');
  });

  it('whose answer still came from another origin is refused', async () => {
    const moved = new Response('{}', { status: 200 });
    Object.defineProperty(moved, 'url', { value: 'https://elsewhere.example.org/_session' });
    const fetch = guardedFetch(fakeFetch(() => moved).impl, { origin: ORIGIN });
    await expect(fetch(`${ORIGIN}/_session`)).rejects.toMatchObject({ code: 'redirected' });
  });

  it('ends sign-in with its problem, and the session sends nothing more', async () => {
    const { impl, asked } = fakeFetch(() => new Response(null, { status: 308, headers: { Location: 'https://evil.example.org/' } }));
    const session = openSession({ url: ORIGIN, database: 'nhom', username: 'lan', password: 'pw' }, impl);
    await expect(session.signIn()).rejects.toMatchObject({ code: 'redirected' });
    expect(asked).toHaveLength(1);
  });

  it('to another origin is refused before any request', async () => {
    const { impl, asked } = fakeFetch(() => new Response('{}'));
    await expect(guardedFetch(impl, { origin: ORIGIN })('https://evil.example.org/x')).rejects.toMatchObject({ code: 'permission-refused' });
    expect(asked).toEqual([]);
  });
});

describe('the idle deadline', () => {
  it('ends a request that gets no answer, naming the seconds', async () => {
    vi.useFakeTimers();
    const fetch = guardedFetch(fakeFetch(silent).impl, { origin: ORIGIN, idleMs: 30_000 });
    const asked = fetch(`${ORIGIN}/nhom`);
    const outcome = expect(asked).rejects.toMatchObject({ code: 'timeout', seconds: 30, problem: { code: 'timeout', seconds: 30 } });
    await vi.advanceTimersByTimeAsync(30_000);
    await outcome;
  });

  it('ends a body that stops coming, but not one that keeps coming slowly', async () => {
    vi.useFakeTimers();
    const encoder = new TextEncoder();
    const trickle = (chunks: number, stallAfter: boolean) =>
      new ReadableStream<Uint8Array>({
        async start(controller) {
          for (let i = 0; i < chunks; i++) {
            controller.enqueue(encoder.encode('x'));
            await new Promise((done) => setTimeout(done, 20_000));
          }
          if (!stallAfter) controller.close();
        },
      });
    const slow = guardedFetch(fakeFetch(() => new Response(trickle(4, false))).impl, { origin: ORIGIN, idleMs: 30_000 });
    const whole = (await slow(`${ORIGIN}/nhom/_changes`)).text();
    await vi.advanceTimersByTimeAsync(100_000);
    await expect(whole).resolves.toBe('xxxx');

    const stuck = guardedFetch(fakeFetch(() => new Response(trickle(1, true))).impl, { origin: ORIGIN, idleMs: 30_000 });
    const part = (await stuck(`${ORIGIN}/nhom/_changes`)).text();
    const outcome = expect(part).rejects.toMatchObject({ code: 'timeout' });
    await vi.advanceTimersByTimeAsync(60_000);
    await outcome;
  });

  it('goes with PouchDB’s own abort signal', async () => {
    const own = new AbortController();
    const fetch = guardedFetch(fakeFetch(silent).impl, { origin: ORIGIN });
    const asked = fetch(`${ORIGIN}/nhom`, { signal: own.signal });
    own.abort(new DOMException('cancelled', 'AbortError'));
    await expect(asked).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('an error body', () => {
  it('is read up to 64 KB, and its reason cut to a few hundred characters', async () => {
    let sent = 0;
    const huge = new ReadableStream<Uint8Array>({
      pull(controller) {
        // 30 MB of error text, made only as far as it is read.
        if (sent >= 30 * 1024 * 1024) return controller.close();
        const chunk = new TextEncoder().encode('<b>lỗi</b> '.repeat(1000));
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const fetch = guardedFetch(fakeFetch(() => new Response(huge, { status: 500 })).impl, { origin: ORIGIN });
    const answer = await fetch(`${ORIGIN}/nhom/_bulk_docs`);
    expect(answer.status).toBe(500);
    const body = (await answer.json()) as { reason: string };
    expect([...body.reason].length).toBeLessThanOrEqual(DETAIL_CHARS);
    expect(body.reason).toMatch(/^HTTP 500 <b>lỗi<\/b>/);
    expect(sent).toBeLessThan(ERROR_BODY_BYTES + 64 * 1024);
  });

  it('keeps CouchDB’s own reason, cut', async () => {
    const reason = 'Document update conflict. '.repeat(100);
    const fetch = guardedFetch(fakeFetch(() => Response.json({ error: 'conflict', reason }, { status: 409 })).impl, { origin: ORIGIN });
    const body = (await (await fetch(`${ORIGIN}/nhom/x`)).json()) as { reason: string };
    expect(body.reason.startsWith('Document update conflict.')).toBe(true);
    expect(body.reason.endsWith('…')).toBe(true);
    expect([...body.reason]).toHaveLength(DETAIL_CHARS);
  });
});
