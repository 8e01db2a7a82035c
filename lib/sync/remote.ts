/**
 * Talking to the team's CouchDB: the address rules, session authentication
 * (POST /_session, then the AuthSession cookie; signing in again when the
 * session expires), the connection test, and every failure as a problem code
 * the pages explain in the user's language. Every request goes through
 * guarded-fetch.ts (no redirect followed, idle deadline, error bodies capped).
 */
import { isQuotaError, StoreError } from '../store/errors';
import { isConstraintError, SyncFailure } from './failure';
import { cutDetail, eitherSignal, errorReason, type Fetch, guardedFetch, readCapped } from './guarded-fetch';
import { checkServerAddress, serverPattern } from './server-address';
import type { SyncSetup } from './types';

export { SyncFailure };
export type { Fetch };

/** The server's origin (no path, no credentials), or the problem with the address: the options page's own rules. */
export function serverOrigin(raw: string): string {
  const address = checkServerAddress(raw);
  if (!address.ok) throw new SyncFailure(address.code, raw);
  return new URL(address.url).origin;
}

/**
 * The host permission the options page asks for and the engine checks: the
 * server's scheme and host, no port (server-address.ts says why).
 */
export function serverPermission(origin: string): string {
  return serverPattern(origin) ?? `${origin}/*`;
}

/** The database's address: the server's path (a CouchDB behind a reverse proxy) then the database name. */
export function databaseUrl(setup: Pick<SyncSetup, 'url' | 'database'>): string {
  const origin = serverOrigin(setup.url);
  const path = new URL(setup.url.trim()).pathname.replace(/\/+$/, '');
  return `${origin}${path}/${encodeURIComponent(setup.database.trim())}`;
}

export function problemOfStatus(status: number, said: string, signedIn: boolean): SyncFailure {
  const detail = cutDetail(said);
  if (status === 401) return new SyncFailure(signedIn ? 'forbidden' : 'unauthorized', detail);
  if (status === 403) return new SyncFailure('forbidden', detail);
  if (status === 404) return new SyncFailure('no-database', detail);
  return new SyncFailure('server-error', detail || `HTTP ${status}`);
}

/** Any failure during a sync, as a problem the user can act on. */
export function toFailure(error: unknown): SyncFailure {
  if (error instanceof SyncFailure) return error;
  const e = error as { status?: number; name?: string; message?: string; reason?: string } | undefined;
  const detail = cutDetail(String(e?.reason ?? e?.message ?? error));
  if (isQuotaError(error) || (error instanceof StoreError && error.code === 'quota')) return new SyncFailure('storage-full', detail);
  if (isConstraintError(error)) return new SyncFailure('constraint', detail);
  if (typeof e?.status === 'number' && e.status >= 400) return problemOfStatus(e.status, detail, true);
  // fetch's TypeError, PouchDB's "fetch failed", an aborted request: no answer.
  return new SyncFailure('unreachable', detail);
}

/** Why the server said no, from at most 64 KB of its answer. */
const reason = async (response: Response): Promise<string> => errorReason(await readCapped(response).catch(() => ''), response.status);

export interface Session {
  /** fetch for PouchDB: signed in, to this server only. */
  fetch: Fetch;
  /** Signs in (again). */
  signIn(): Promise<void>;
  /**
   * The last failure this session's fetch met (signing in refused, no answer):
   * PouchDB wraps what fetch throws in errors of its own, without the cause.
   */
  takeFailure(): SyncFailure | null;
}

/**
 * A signed-in fetch to one server. The browser keeps the AuthSession cookie
 * (credentials: 'include'); where the cookie can be read (Node, the tests) it
 * is kept here and sent back. A 401 means the session expired: sign in again
 * once and repeat the request. Requests to any other origin are refused.
 */
export interface SessionOptions {
  /** No byte for this long ends a request (guarded-fetch.ts). */
  idleMs?: number;
  /** The current run's deadline, read at each request: when it passes, requests under way end. */
  deadline?(): AbortSignal | undefined;
}

export function openSession(setup: SyncSetup, fetchImpl: Fetch = (input, init) => fetch(input, init), options: SessionOptions = {}): Session {
  const origin = serverOrigin(setup.url);
  const base = new URL(setup.url.trim()).pathname.replace(/\/+$/, '');
  let cookie: string | null = null;
  let signingIn: Promise<void> | null = null;

  const keepCookie = (response: Response) => {
    const set = response.headers.getSetCookie?.() ?? [];
    for (const line of set) {
      const match = /^AuthSession=([^;]*)/.exec(line);
      if (match) cookie = match[1] ? `AuthSession=${match[1]}` : null;
    }
  };
  let failure: SyncFailure | null = null;
  const guarded = guardedFetch(fetchImpl, { origin, idleMs: options.idleMs, onResponse: keepCookie, onFailure: (f) => void (failure = f) });
  const send = (url: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (cookie) headers.set('Cookie', cookie);
    return guarded(url, { ...init, headers, credentials: 'include', signal: eitherSignal(init.signal, options.deadline?.()) });
  };
  const signIn = () =>
    (signingIn ??= (async () => {
      try {
        const response = await send(`${origin}${base}/_session`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({ name: setup.username, password: setup.password }),
        });
        if (!response.ok) throw problemOfStatus(response.status, await reason(response), false);
      } finally {
        signingIn = null;
      }
    })());
  let signedIn = false;
  const noted = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof SyncFailure) failure = error;
      throw error;
    }
  };
  const sessionFetch: Fetch = (input, init) => noted(async () => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (new URL(url).origin !== origin) throw new SyncFailure('permission-refused', cutDetail(`Not the sync server: ${new URL(url).origin}`));
    if (!signedIn) {
      await signIn();
      signedIn = true;
    }
    let response = await send(url, init);
    if (response.status === 401) {
      // The session expired (or the server restarted): once more, signed in again.
      await signIn();
      response = await send(url, init);
    }
    return response;
  });
  return {
    fetch: sessionFetch,
    takeFailure: () => {
      const last = failure;
      failure = null;
      return last;
    },
    signIn: async () => {
      await signIn();
      signedIn = true;
    },
  };
}

/**
 * Tests the set-up: the address, then signing in, then reading the database.
 * Resolves when replication can start; otherwise throws the SyncFailure that says why.
 */
export async function testConnection(setup: SyncSetup, session: Session): Promise<void> {
  const url = databaseUrl(setup);
  await session.signIn();
  const response = await session.fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw problemOfStatus(response.status, await reason(response), true);
  // A database's description is small: a server that answers more is not CouchDB.
  const body = await readCapped(response).then((text) => JSON.parse(text) as { db_name?: unknown } | null, () => null).catch(() => null);
  if (!body || typeof body.db_name !== 'string') throw new SyncFailure('server-error', 'The server did not answer as CouchDB does.');
}
