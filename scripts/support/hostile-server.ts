/**
 * A sync server that misbehaves on demand, for the hostile-server tests: in
 * front of a real one (pouchdb-server) it forwards, or redirects every request
 * elsewhere, never answers, or answers megabytes of error text. Over HTTPS with
 * the throwaway certificate, or plain HTTP (the "other origin" a redirect
 * points to). Every request is recorded with its credentials, so a test can
 * prove where a password or a session cookie went.
 */
import { createServer as createPlainServer, type IncomingMessage, request as httpRequest, type ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { throwawayCertificate } from './tls';

export type Behaviour = { kind: 'forward' } | { kind: 'redirect'; to: string; status?: number } | { kind: 'silent' } | { kind: 'flood'; bytes: number };

export interface SeenRequest {
  method: string;
  path: string;
  host: string;
  /** What could carry a credential: the Authorization and Cookie headers, and the body. */
  authorization?: string;
  cookie?: string;
  body: string;
}

export interface HostileServer {
  port: number;
  behaviour: Behaviour;
  requests: SeenRequest[];
  close(): Promise<void>;
}

export async function hostileServer(options: { target?: string; tls?: boolean } = {}): Promise<HostileServer> {
  const upstream = options.target ? new URL(options.target) : null;
  const held = new Set<ServerResponse>();
  const self: HostileServer = { port: 0, behaviour: { kind: upstream ? 'forward' : 'silent' }, requests: [], close: async () => undefined };
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      self.requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', host: req.headers.host ?? '', authorization: req.headers.authorization, cookie: req.headers.cookie, body: body.toString('utf8').slice(0, 2000) });
      const b = self.behaviour;
      if (b.kind === 'silent') return void held.add(res);
      if (b.kind === 'redirect') return void res.writeHead(b.status ?? 307, { Location: `${b.to}${req.url ?? '/'}` }).end();
      if (b.kind === 'flood') {
        res.writeHead(500, { 'Content-Type': 'text/plain' });
        const line = Buffer.from('<script>alert("lỗi")</script> máy chủ hỏng '.repeat(200));
        let sent = 0;
        const more = () => {
          while (sent < b.bytes) {
            sent += line.length;
            if (!res.write(line)) return void res.once('drain', more);
          }
          res.end();
        };
        res.on('error', () => undefined);
        return more();
      }
      const forward = httpRequest({ host: upstream!.hostname, port: upstream!.port, method: req.method, path: req.url, headers: { ...req.headers, host: upstream!.host } }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      forward.on('error', () => res.writeHead(502).end());
      forward.end(body);
    });
  };
  const server = options.tls === false ? createPlainServer(handle) : createServer(throwawayCertificate(), handle);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  self.port = (server.address() as AddressInfo).port;
  self.close = () =>
    new Promise<void>((done) => {
      for (const res of held) res.destroy();
      server.close(() => done());
      server.closeAllConnections();
    });
  return self;
}
