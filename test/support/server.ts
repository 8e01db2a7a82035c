/** A static server for fixture pages, bound to 127.0.0.1 only, with routes tests add. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse, body: string) => void;

export interface FixtureServer {
  origin: string;
  /** Serves a fixed HTML page at a path. */
  page(path: string, html: string, headers?: Record<string, string>): string;
  /** The same path as seen under another host name (tests map host names to 127.0.0.1). */
  at(host: string, path: string): string;
  route(path: string, handler: Route): string;
  /** Every request seen, so tests can prove the extension made none of its own. */
  requests: { method: string; url: string; from: string | undefined }[];
  close(): Promise<void>;
}

export async function startServer(): Promise<FixtureServer> {
  const routes = new Map<string, Route>();
  const requests: FixtureServer['requests'] = [];
  const server = createServer((req, res) => {
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
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    page(path, html, headers = {}) {
      routes.set(path, (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(html));
      return origin + path;
    },
    at(host, path) {
      return `http://${host}:${(server.address() as AddressInfo).port}${path}`;
    },
    route(path, handler) {
      routes.set(path, handler);
      return origin + path;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
