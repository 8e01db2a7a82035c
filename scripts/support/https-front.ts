/**
 * HTTPS in front of a local HTTP server, with the throwaway certificate
 * (tls.ts): the sync server as the extension reaches it in the end-to-end
 * tests, under a mapped host name. Records every request it forwards.
 */
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { throwawayCertificate } from './tls';

export interface HttpsFront {
  port: number;
  /** Host header and path of every request, in order. */
  requests: { host: string; method: string; path: string }[];
  close(): Promise<void>;
}

export async function httpsFront(target: string): Promise<HttpsFront> {
  const upstream = new URL(target);
  const requests: HttpsFront['requests'] = [];
  const server = createServer(throwawayCertificate(), (req, res) => {
    requests.push({ host: req.headers.host ?? '', method: req.method ?? 'GET', path: req.url ?? '/' });
    const forward = httpRequest({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: { ...req.headers, host: upstream.host } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forward.on('error', () => res.writeHead(502).end());
    req.pipe(forward);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
