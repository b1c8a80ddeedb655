import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export interface Resource {
  url: string;
  type: 'html' | 'css' | 'js' | 'icon' | 'font' | 'other';
  raw: number;
  gzip: number;
}

export interface PageWeight {
  resources: Resource[];
  /** Inline `<script>` and `<style>` bytes (gzip), already counted inside the HTML. */
  inlineJsGzip: number;
  inlineCssGzip: number;
  totals: { raw: number; gzip: number; jsGzip: number; cssGzip: number };
}

export const gzipSize = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

const TYPES: [RegExp, Resource['type']][] = [
  [/\.css$/, 'css'],
  [/\.m?js$/, 'js'],
  [/\.(svg|png|ico)$/, 'icon'],
  [/\.(woff2?|ttf|otf)$/, 'font'],
];

/** Maps a root-relative URL of the site to its file in dist/ (directory URLs to their index.html). */
function fileFor(distDir: string, url: string, base: string): string {
  const path = decodeURIComponent(url.split(/[?#]/)[0]!).replace(new RegExp(`^${base}`), '/');
  return join(distDir, path.endsWith('/') ? `${path}index.html` : path);
}

/**
 * Everything a page asks for on first load: its HTML, stylesheets, module scripts (and what they
 * import), icons, and url()s in its CSS. Sizes are read from dist/, gzip at level 9.
 */
export function measurePage(distDir: string, pagePath: string, base = '/'): PageWeight {
  const html = readFileSync(join(distDir, pagePath), 'utf8');
  const document = parse(html);
  const urls = new Set<string>();
  document
    .querySelectorAll('link[rel~="stylesheet"], link[rel~="modulepreload"], link[rel~="preload"]')
    .forEach((link) => urls.add(link.getAttribute('href')!));
  // A browser fetches one icon, the first it supports: the SVG; the PNG is a fallback for the others.
  const icon = document.querySelector('link[rel~="icon"]');
  if (icon) urls.add(icon.getAttribute('href')!);
  document.querySelectorAll('script[src]').forEach((script) => urls.add(script.getAttribute('src')!));
  document.querySelectorAll('img[src]').forEach((image) => urls.add(image.getAttribute('src')!));
  const resources: Resource[] = [{ url: pagePath, type: 'html', raw: Buffer.byteLength(html), gzip: gzipSize(html) }];
  const queue = [...urls].filter((url) => url.startsWith('/'));
  for (let index = 0; index < queue.length; index += 1) {
    const url = queue[index]!;
    const file = fileFor(distDir, url, base);
    if (!existsSync(file)) throw new Error(`${pagePath} requests ${url}, which is not in dist/`);
    const body = readFileSync(file);
    const type = TYPES.find(([pattern]) => pattern.test(file))?.[1] ?? 'other';
    resources.push({ url, type, raw: body.length, gzip: gzipSize(body) });
    const text = type === 'css' || type === 'js' ? body.toString('utf8') : '';
    const imports = [
      ...text.matchAll(type === 'css' ? /url\(\s*['"]?([^'")]+)/g : /(?:import|from)\s*["']([^"']+\.js)["']/g),
    ].map((match) => match[1]!);
    for (const imported of imports) {
      if (imported.startsWith('data:')) continue;
      const resolved = imported.startsWith('/') ? imported : new URL(imported, `http://site${url}`).pathname;
      if (!queue.includes(resolved)) queue.push(resolved);
    }
  }
  const inlineJsGzip = document
    .querySelectorAll('script:not([src]):not([type="application/ld+json"])')
    .reduce((sum, script) => sum + gzipSize(script.textContent), 0);
  const inlineCssGzip = document.querySelectorAll('style').reduce((sum, style) => sum + gzipSize(style.textContent), 0);
  const sum = (type?: Resource['type']) =>
    resources
      .filter((resource) => !type || resource.type === type)
      .reduce((total, resource) => total + resource.gzip, 0);
  return {
    resources,
    inlineJsGzip,
    inlineCssGzip,
    totals: {
      raw: resources.reduce((total, resource) => total + resource.raw, 0),
      gzip: sum(),
      jsGzip: sum('js') + inlineJsGzip,
      cssGzip: sum('css') + inlineCssGzip,
    },
  };
}
