/**
 * A static server for fixture pages, bound to 127.0.0.1 only, with routes tests add.
 * It answers over HTTP and, with the same routes, over HTTPS (a throwaway certificate):
 * tests open real news host names, mapped to 127.0.0.1 by the browser, over HTTPS.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createSecureServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { throwawayCertificate } from './tls';

export type Route = (req: IncomingMessage, res: ServerResponse, body: string) => void;

export interface FixtureServer {
  origin: string;
  /** Serves a fixed HTML page at a path. */
  page(path: string, html: string, headers?: Record<string, string>): string;
  /** The same path as seen under another host name, over HTTPS (tests map host names to 127.0.0.1). */
  at(host: string, path: string): string;
  /** The same, over plain HTTP (Firefox, which has no switch to accept a throwaway certificate). */
  plainAt(host: string, path: string): string;
  route(path: string, handler: Route): string;
  /** Every request seen, so tests can prove the extension made none of its own. */
  requests: { method: string; url: string; from: string | undefined }[];
  close(): Promise<void>;
}

export async function startServer(): Promise<FixtureServer> {
  const routes = new Map<string, Route>();
  const requests: FixtureServer['requests'] = [];
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      requests.push({ method: req.method ?? 'GET', url: req.url ?? '/', from: req.headers['user-agent'] });
      const handler = routes.get(path);
      if (!handler) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      handler(req, res, Buffer.concat(chunks).toString('utf8'));
    });
  };
  const server = createServer(handle);
  const secure = createSecureServer(throwawayCertificate(), handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => secure.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const securePort = (secure.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  const closing = (s: { close(cb: () => void): unknown; closeAllConnections?(): void }) =>
    new Promise<void>((resolve) => {
      s.close(() => resolve());
      s.closeAllConnections?.();
    });
  return {
    origin,
    requests,
    page(path, html, headers = {}) {
      routes.set(path, (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(html));
      return origin + path;
    },
    at(host, path) {
      return `https://${host}:${securePort}${path}`;
    },
    plainAt(host, path) {
      return `http://${host}:${port}${path}`;
    },
    route(path, handler) {
      routes.set(path, handler);
      return origin + path;
    },
    close: async () => {
      await Promise.all([closing(server), closing(secure)]);
    },
  };
}
