/**
 * A CouchDB for the sync tests: `pouchdb-server --in-memory` (it speaks the
 * replication protocol, _session, _users and _security) started on a random
 * loopback port and stopped by the test, behind a TCP relay the test can cut
 * ("the server drops mid-sync") and restore. Nothing is written outside a
 * temporary directory.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'pouchdb-server');

export const ADMIN = { name: 'admin', password: 'admin-pw' };
/** Members of the team database, and one user who is not a member. */
export const ALICE = { name: 'alice', password: 'alice-pw' };
export const CAROL = { name: 'carol', password: 'carol-pw' };
export const OUTSIDER = { name: 'bob', password: 'bob-pw' };
export const TEAM_DB = 'team-clippings';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

export interface Couch {
  /** The address the extension is given: the relay. */
  url: string;
  /** The server's own address, for the admin. */
  direct: string;
  /** Cuts every connection and refuses new ones, as a server gone away. */
  drop(): Promise<void>;
  restore(): Promise<void>;
  /** Connections that reached the relay: the extension's. */
  connections(): number;
  /** Bytes through the relay so far: sent by the extension, and sent back to it. */
  traffic(): { sent: number; received: number };
  admin(path: string, init?: RequestInit): Promise<Response>;
  stop(): Promise<void>;
}

/** A relay from one loopback port to another, which can be cut and restored on the same port. */
async function relay(target: number) {
  const port = await freePort();
  const sockets = new Set<Socket>();
  let count = 0;
  const traffic = { sent: 0, received: 0 };
  let server: Server | null = null;
  const listen = async () => {
    server = createServer((client) => {
      count++;
      const upstream = connect(target, '127.0.0.1');
      sockets.add(client).add(upstream);
      const close = () => {
        client.destroy();
        upstream.destroy();
        sockets.delete(client);
        sockets.delete(upstream);
      };
      client.on('data', (chunk: Buffer) => void (traffic.sent += chunk.length));
      upstream.on('data', (chunk: Buffer) => void (traffic.received += chunk.length));
      client.on('error', close).on('close', close).pipe(upstream);
      upstream.on('error', close).on('close', close).pipe(client);
    });
    await new Promise<void>((done) => server!.listen(port, '127.0.0.1', done));
  };
  const drop = async () => {
    const closing = server ? new Promise((done) => server!.close(done)) : Promise.resolve();
    for (const socket of sockets) socket.destroy();
    sockets.clear();
    server = null;
    await closing;
  };
  await listen();
  return { port, drop, restore: listen, count: () => count, traffic: () => ({ ...traffic }), close: drop };
}

export async function startCouch(): Promise<Couch> {
  const dir = mkdtempSync(join(tmpdir(), 'ttdn-couch-'));
  const port = await freePort();
  const child: ChildProcess = spawn(BIN, ['--in-memory', '--host', '127.0.0.1', '--port', String(port), '--no-stdout-logs'], { cwd: dir, stdio: 'ignore' });
  const direct = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    const up = await fetch(`${direct}/`).then((r) => r.ok, () => false);
    if (up) break;
    if (i > 200 || child.exitCode !== null) throw new Error('pouchdb-server did not start');
    await new Promise((done) => setTimeout(done, 50));
  }
  const auth = `Basic ${Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64')}`;
  const admin = (path: string, init: RequestInit = {}) =>
    fetch(`${direct}${path}`, { ...init, headers: { 'Content-Type': 'application/json', Authorization: auth, ...(init.headers as Record<string, string>) } });
  // The end of the admin party: an admin, users, and a database only its members read.
  await fetch(`${direct}/_config/admins/${ADMIN.name}`, { method: 'PUT', body: JSON.stringify(ADMIN.password) });
  for (const user of [ALICE, CAROL, OUTSIDER]) {
    await admin(`/_users/org.couchdb.user:${user.name}`, { method: 'PUT', body: JSON.stringify({ name: user.name, password: user.password, roles: [], type: 'user' }) });
  }
  await admin(`/${TEAM_DB}`, { method: 'PUT' });
  await admin(`/${TEAM_DB}/_security`, { method: 'PUT', body: JSON.stringify({ admins: { names: [], roles: [] }, members: { names: [ALICE.name, CAROL.name], roles: [] } }) });
  const front = await relay(port);
  return {
    url: `http://127.0.0.1:${front.port}`,
    direct,
    drop: front.drop,
    restore: front.restore,
    connections: front.count,
    traffic: front.traffic,
    admin,
    async stop() {
      await front.close();
      child.kill();
      await new Promise((done) => (child.exitCode !== null ? done(null) : child.once('exit', done)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
