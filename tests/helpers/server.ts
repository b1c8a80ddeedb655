import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
  /** Origin plus base path, always ending in `/`. */
  url: string;
  origin: string;
  close: () => Promise<void>;
}

/**
 * A plain static file server (sirv, not Astro's preview) over `dir` on 127.0.0.1 and a free port,
 * mounted under `base`; unknown paths get dist's 404.html with status 404, as static hosts do.
 */
export async function serveStatic(dir: string, base = '/'): Promise<StaticServer> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const files = sirv(dir, { dev: false, etag: false, extensions: ['html'] });
  const notFound = readFileSync(join(dir, '404.html'));
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    const sendNotFound = () => {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(notFound);
    };
    if (!url.startsWith(prefix) && url !== prefix.slice(0, -1)) return sendNotFound();
    request.url = `/${url.slice(prefix.length)}`;
    files(request, response, sendNotFound);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
