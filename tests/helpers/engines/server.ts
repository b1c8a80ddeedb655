import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { RECORDER_SCRIPT } from './recorder';

export interface EngineServer {
  /** Origin plus `/`. */
  url: string;
  origin: string;
  close: () => Promise<void>;
}

export const FRAME_ID = 'engine-frame';

/**
 * Serves `dir` like tests/helpers/server.ts (sirv, 404.html for unknown paths), with the problem
 * recorder first in every HTML page's <head>, and a frame page at /__engines/frame.
 */
export async function serveForEngines(dir: string): Promise<EngineServer> {
  const files = sirv(dir, { dev: false, etag: false, extensions: ['html'] });
  const html = (file: string) => readFileSync(file, 'utf8').replace(/<head>/i, `<head>${RECORDER_SCRIPT}`);
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/__engines/frame') {
      const [src, width, height] = ['src', 'width', 'height'].map((key) => url.searchParams.get(key) ?? '');
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return response.end(
        `<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>frame</title></head><body style="margin:0">` +
          `<iframe id="${FRAME_ID}" title="pagina" src="${src.replace(/"/g, '&quot;')}" style="display:block;border:0;width:${Number(width)}px;height:${Number(height)}px"></iframe></body></html>`,
      );
    }
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    const candidates = [join(dir, path), join(dir, path, 'index.html'), join(dir, `${path}.html`)];
    const page = candidates.find((file) => file.endsWith('.html') && existsSync(file) && statSync(file).isFile());
    if (page) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return response.end(html(page));
    }
    files(request, response, () => {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(html(join(dir, '404.html')));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
