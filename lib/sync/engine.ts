/**
 * The sync engine: the SyncControl the background routes the pages' requests
 * to. One run at a time: pull from the server into the replicated database,
 * into the collection; the outbox and the watch list (watch-sync.ts) into the
 * replicated database, then to the server (bridge.ts). Nothing is sent anywhere until a server is set up, and
 * never to a server whose host permission the user has not granted.
 */
import type { AnnotatorDb } from '../store/db';
import { writing } from '../store/errors';
import type { SyncServerRow } from '../store/sync-rows';
import { enqueueAll, type LocalDb, pushFromOutbox, readState } from './bridge';
import { bulkInParts } from './bulk-in-parts';
import { withoutAttachments } from './no-attachments';
import { pullIntoCollection } from './pull';
import { pushWatch } from './watch-sync';
import { clearSetAside, readSetAside } from './set-aside';
import { databaseUrl, type Fetch, openSession, type Session, serverOrigin, SyncFailure, testConnection, toFailure } from './remote';
import type { PouchStatic, ReplicateOptions, Replication } from './pouch-types';
import type { SyncControl, SyncProblem, SyncSetup, SyncStatus } from './types';

export interface SyncEngineDeps {
  db: AnnotatorDb;
  /** PouchDB with the http adapter, replication and the local adapter plugged in. */
  PouchDB: PouchStatic;
  /** The replicated database's name and adapter ('idb' in the browser, 'memory' in the tests). */
  local: { name: string; adapter: string };
  /** Has the user granted this origin's host permission? */
  hasPermission(origin: string): Promise<boolean>;
  fetch?: Fetch;
  /** Publishes the status for the pages (storage.session). */
  publish(status: SyncStatus): Promise<void>;
  /** The collection changed from elsewhere (the popup's copy of its newest rows follows). */
  collectionChanged?(): Promise<void>;
  now?: () => number;
  /** Documents per replication request. */
  batchSize?: number;
  /** No byte from the server for this long ends a request (default guarded-fetch.ts IDLE_MS). */
  idleMs?: number;
  /** A run (or a set-up's test) that lasts longer than this ends, resumable from its checkpoints (default RUN_MS). */
  runMs?: number;
  /**
   * Called every 20 s while a run lasts: an extension API call, which keeps an
   * MV3 service worker from being stopped as idle in the middle of a long
   * first sync (IndexedDB and fetch alone do not count as activity).
   */
  keepAwake?(): Promise<unknown>;
}

/** The longest a run may last: a first sync of 10 000 clippings takes about a minute each way. */
export const RUN_MS = 10 * 60_000;

export interface SyncEngine extends SyncControl {
  /** A run if a server is set up (alarms, start-up, after a local write); never throws. */
  runIfSetUp(): Promise<SyncStatus>;
}

export function createSyncEngine(deps: SyncEngineDeps): SyncEngine {
  const { db } = deps;
  const now = deps.now ?? Date.now;
  let running = false;
  let localDb: LocalDb | null = null;
  let session: { key: string; session: Session } | null = null;
  let current: Promise<SyncStatus> | null = null;
  let again = false;
  let replication: { cancel(): void } | null = null;
  let halted = false;
  /** The deadline of the run under way (one at a time). */
  let runDeadline: AbortSignal | undefined;
  const runMs = deps.runMs ?? RUN_MS;

  const serverRow = async () => {
    const row = await db.sync.get('server');
    return row?.key === 'server' ? row : null;
  };
  const local = (): LocalDb => (localDb ??= new deps.PouchDB(deps.local.name, { adapter: deps.local.adapter }));
  const sessionFor = (server: SyncServerRow) => {
    const key = JSON.stringify([server.url, server.username, server.password]);
    if (session?.key !== key) session = { key, session: openSession(server, deps.fetch, { idleMs: deps.idleMs, deadline: () => runDeadline }) };
    return session.session;
  };

  async function status(problem?: SyncProblem | null): Promise<SyncStatus> {
    const [server, state, pending, conflicts, restored, aside] = await Promise.all([
      serverRow(),
      readState(db),
      db.outbox.count(),
      db.syncDocs.where('conflict').equals('words').count(),
      db.syncDocs.where('conflict').equals('deleted').count(),
      readSetAside(db),
    ]);
    const setAside = { count: aside.length, latest: aside.at(-1)?.reason ?? null };
    if (!server) return { server: null, running: false, lastSyncedAt: null, pending: 0, conflicts: 0, restored: 0, setAside, problem: problem ?? null };
    const { url, database, username } = server;
    const shown = problem === undefined ? state.problem : problem;
    return { server: { url, database, username }, running, lastSyncedAt: state.lastSyncedAt, pending, conflicts, restored, setAside, problem: shown };
  }
  const publish = async (problem?: SyncProblem | null) => {
    const next = await status(problem);
    await deps.publish(next).catch(() => undefined);
    return next;
  };
  const saveState = (change: { lastSyncedAt?: number; problem: SyncProblem | null }) =>
    writing(() => db.transaction('rw', db.sync, async () => db.sync.put({ ...(await readState(db)), ...change })));

  async function ensurePermission(url: string): Promise<string> {
    const origin = serverOrigin(url);
    if (!(await deps.hasPermission(origin))) throw new SyncFailure('permission-refused', origin);
    return origin;
  }

  /** Runs `work` under a deadline: past it, requests under way end, a replication is cancelled, and it fails with 'timeout'. */
  async function withDeadline<T>(work: (deadline: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    const seconds = Math.round(runMs / 1000);
    const timer = setTimeout(() => {
      controller.abort(new SyncFailure('timeout', `The run went on for more than ${seconds} s.`, seconds));
      replication?.cancel();
    }, runMs);
    try {
      return await work(controller.signal);
    } catch (error) {
      throw controller.signal.aborted ? controller.signal.reason : error;
    } finally {
      clearTimeout(timer);
    }
  }

  const replicate = async (start: (opts: ReplicateOptions) => Replication) => {
    const handle = start({ batch_size: deps.batchSize ?? 500, batches_limit: 4 });
    replication = handle;
    try {
      const result = await handle;
      if (result.doc_write_failures > 0) {
        const first = result.errors[0] as { status?: number; message?: string } | undefined;
        throw first?.status === 403 || first?.status === 401 ? new SyncFailure('forbidden', first.message ?? '') : toFailure(first);
      }
      if (result.status !== 'complete') throw new SyncFailure('unreachable', `replication ${result.status}`);
    } finally {
      replication = null;
    }
  };

  async function cycle(): Promise<SyncStatus> {
    const server = halted ? null : await serverRow();
    if (!server) return publish(null);
    running = true;
    await publish();
    const awake = deps.keepAwake ? setInterval(() => void deps.keepAwake!().catch(() => undefined), 20_000) : null;
    let changedHere = 0;
    let signedIn: Session | null = null;
    try {
      await ensurePermission(server.url);
      signedIn = sessionFor(server);
      signedIn.takeFailure();
      const session = signedIn;
      await withDeadline(async (deadline) => {
        runDeadline = deadline;
        const remote: LocalDb = new deps.PouchDB(databaseUrl(server), { fetch: bulkInParts(withoutAttachments(session.fetch)), skip_setup: true });
        const mine = local();
        await replicate((opts) => mine.replicate.from(remote, opts));
        changedHere += await pullIntoCollection(db, mine, now);
        changedHere += (await pushFromOutbox(db, mine, now)).changedHere;
        await pushWatch(db, mine, now());
        await replicate((opts) => mine.replicate.to(remote, opts));
        // Merges written while pushing are in the collection already; conflicts settled while pulling went out above.
        changedHere += await pullIntoCollection(db, mine, now);
      });
      await saveState({ lastSyncedAt: now(), problem: null });
    } catch (error) {
      const failure = error instanceof SyncFailure ? error : (signedIn?.takeFailure() ?? toFailure(error));
      await saveState({ problem: failure.problem }).catch(() => undefined);
    } finally {
      runDeadline = undefined;
      if (awake) clearInterval(awake);
      running = false;
      if (changedHere > 0) await deps.collectionChanged?.().catch(() => undefined);
    }
    return publish();
  }

  /** One run at a time; a request during a run makes one more run after it (a write may have come meanwhile). */
  function run(): Promise<SyncStatus> {
    if (current) {
      // The run under way goes round once more before it resolves.
      again = true;
      return current;
    }
    current = (async () => {
      let result: SyncStatus;
      do {
        again = false;
        result = await cycle();
      } while (again);
      current = null;
      return result;
    })();
    return current;
  }

  async function reset(): Promise<void> {
    // No run starts until the replica and the bookkeeping are gone.
    halted = true;
    try {
      replication?.cancel();
      await current?.catch(() => undefined);
      const doomed = local();
      localDb = null;
      session = null;
      await doomed.destroy().catch(() => undefined);
      await writing(() =>
        db.transaction('rw', [db.syncDocs, db.outbox, db.sync], async () => {
          await Promise.all([db.syncDocs.clear(), db.outbox.clear(), db.sync.delete('state'), clearSetAside(db)]);
        }),
      );
    } finally {
      halted = false;
    }
  }

  return {
    status: () => status(),
    async configure(setup: SyncSetup) {
      const trimmed = { ...setup, url: setup.url.trim(), database: setup.database.trim(), username: setup.username.trim() };
      try {
        await ensurePermission(trimmed.url);
        if (!trimmed.database) throw new SyncFailure('no-database', '');
        await withDeadline((deadline) => testConnection(trimmed, openSession(trimmed, deps.fetch, { idleMs: deps.idleMs, deadline: () => deadline })));
      } catch (error) {
        // Nothing kept: the set-up that works (if any) goes on as it was.
        return { ...(await status()), problem: toFailure(error).problem };
      }
      const before = await serverRow();
      const sameDatabase = before && databaseUrl(before) === databaseUrl(trimmed);
      if (!sameDatabase) await reset();
      await writing(() => db.sync.put({ key: 'server', ...trimmed }));
      // A new server receives the whole collection.
      if (!sameDatabase) await enqueueAll(db);
      await saveState({ problem: null });
      void run();
      return { ...(await publish(null)), running: true };
    },
    syncNow: () => run(),
    async stop() {
      await writing(() => db.sync.delete('server'));
      await reset();
      return publish(null);
    },
    async runIfSetUp() {
      try {
        // Not set up: the pages still learn so from storage.session; nothing is sent.
        return (await serverRow()) ? await run() : await publish(null);
      } catch (error) {
        return publish(toFailure(error).problem);
      }
    },
  };
}
