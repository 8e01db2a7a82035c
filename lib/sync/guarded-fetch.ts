/**
 * Every request to the sync server, the sign-in's and PouchDB's alike, goes
 * through here, so credentials reach the configured origin and nowhere else and
 * no server can hold a run or flood the pages:
 * - redirects are never followed (`redirect: 'manual'`) and a response from
 *   another origin is refused: a redirect is a set-up error ('redirected'),
 *   never a success, and the name, password and cookie stay where they were;
 * - an idle deadline: no byte for `idleMs` (headers or body) aborts the request
 *   with 'timeout', beside PouchDB's own abort signal;
 * - an error's body is read up to ERROR_BODY_BYTES and handed on as a short
 *   JSON reason, cut to DETAIL_CHARS: 30 MB of error text is neither stored nor
 *   shown (the pages show it as text, never as markup).
 */
import { SyncFailure } from './failure';

export type Fetch = (url: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** The most of an error response read to explain it. */
export const ERROR_BODY_BYTES = 64 * 1024;
/** The most of the server's own words kept as a problem's detail. */
export const DETAIL_CHARS = 300;
/** No byte from the server for this long ends the request. */
export const IDLE_MS = 30_000;

/** The server's words as one line of plain text, cut short. */
export function cutDetail(text: string): string {
  // eslint-disable-next-line no-control-regex
  const line = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  const chars = [...line];
  return chars.length > DETAIL_CHARS ? `${chars.slice(0, DETAIL_CHARS - 1).join('')}…` : line;
}

/** At most `limit` bytes of a body, as text; the rest is never read. */
export async function readCapped(response: Response, limit = ERROR_BODY_BYTES): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      const part = value.subarray(0, limit - size);
      chunks.push(part);
      size += part.length;
    }
  } finally {
    void reader.cancel().catch(() => undefined);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return new TextDecoder().decode(bytes);
}

/** The reason a CouchDB error body gives (its JSON `reason` or `error`), else the start of the text, cut short. */
export function errorReason(text: string, status: number): string {
  try {
    const body = JSON.parse(text) as { reason?: unknown; error?: unknown };
    const said = typeof body.reason === 'string' ? body.reason : typeof body.error === 'string' ? body.error : '';
    if (said) return cutDetail(said);
  } catch {
    // Not JSON (or cut in the middle): its start.
  }
  return cutDetail(`HTTP ${status} ${text}`);
}

/** Aborted when any of the signals is (AbortSignal.any where the browser has it: it lets go of finished requests). */
export function eitherSignal(...signals: (AbortSignal | null | undefined)[]): AbortSignal {
  const present = signals.filter((s): s is AbortSignal => Boolean(s));
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(present);
  const controller = new AbortController();
  for (const signal of present) {
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}

export interface GuardOptions {
  origin: string;
  idleMs?: number;
  /** The response as the server sent it, before its body is wrapped (its Set-Cookie headers). */
  onResponse?(response: Response): void;
  /** A failure of this guard's, also when it happens later, while the caller reads the body. */
  onFailure?(failure: SyncFailure): void;
}

const isRedirect = (response: Response) => response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);

/** A fetch to one origin: no redirect followed, an idle deadline, error bodies capped. */
export function guardedFetch(fetchImpl: Fetch, options: GuardOptions): Fetch {
  const idleMs = options.idleMs ?? IDLE_MS;
  const fail = (failure: SyncFailure): SyncFailure => {
    options.onFailure?.(failure);
    return failure;
  };
  return async (input, init = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (new URL(url).origin !== options.origin) throw fail(new SyncFailure('permission-refused', cutDetail(`Not the sync server: ${new URL(url).origin}`)));
    const idle = new AbortController();
    const signal = eitherSignal(init.signal, idle.signal);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const seconds = Math.round(idleMs / 1000);
    /** Ends the body being read, whatever the fetch underneath does with the abort. */
    let stall: ((reason: SyncFailure) => void) | null = null;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const reason = new SyncFailure('timeout', `No answer from ${options.origin} in ${seconds} s.`, seconds);
        idle.abort(reason);
        stall?.(fail(reason));
      }, idleMs);
    };
    const disarm = () => clearTimeout(timer);
    const ours = (error: unknown) => (idle.signal.aborted && idle.signal.reason instanceof SyncFailure ? fail(idle.signal.reason) : error);
    arm();
    let response: Response;
    try {
      response = await fetchImpl(url, { ...init, redirect: 'manual', signal });
    } catch (error) {
      disarm();
      const own = ours(error);
      if (own instanceof SyncFailure || signal.aborted) throw own;
      throw fail(new SyncFailure('unreachable', cutDetail(error instanceof Error ? error.message : String(error))));
    }
    if (isRedirect(response) || (response.url && new URL(response.url).origin !== options.origin)) {
      disarm();
      void response.body?.cancel().catch(() => undefined);
      const to = response.headers.get('Location') ?? response.url;
      throw fail(new SyncFailure('redirected', cutDetail(`HTTP ${response.status || 'redirect'}${to ? ` → ${to}` : ''}`)));
    }
    options.onResponse?.(response);
    if (!response.ok) {
      let text: string;
      try {
        // A body that stops coming ends with the deadline, whatever the fetch underneath does.
        const stopped = new Promise<never>((_, reject) => idle.signal.addEventListener('abort', () => reject(idle.signal.reason), { once: true }));
        text = await Promise.race([readCapped(response), stopped]);
      } catch (error) {
        throw ours(error);
      } finally {
        disarm();
      }
      const reason = errorReason(text, response.status);
      return new Response(JSON.stringify({ error: `HTTP ${response.status}`, reason }), { status: response.status, statusText: response.statusText, headers: { 'Content-Type': 'application/json' } });
    }
    disarm();
    if (!response.body) return response;
    const reader = response.body.getReader();
    let ended = false;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        stall = (reason) => {
          ended = true;
          controller.error(reason);
          void reader.cancel(reason).catch(() => undefined);
        };
      },
      async pull(controller) {
        arm();
        try {
          const { done, value } = await reader.read();
          disarm();
          if (ended) return;
          if (done) controller.close();
          else controller.enqueue(value);
        } catch (error) {
          disarm();
          if (!ended) controller.error(ours(error));
        }
      },
      cancel(reason) {
        disarm();
        return reader.cancel(reason);
      },
    });
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}
