import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gzipSize, measurePage } from '../helpers/page-weight';

const dist = mkdtempSync(join(tmpdir(), 'page-weight-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function write(path: string, text: string) {
  mkdirSync(join(dist, path, '..'), { recursive: true });
  writeFileSync(join(dist, path), text);
}

const CSS = 'body{background:url(/_astro/bg.png)}';
const JS = 'import{a}from"./dep.js";a();';
const DEP = 'export const a=()=>1;';
const HTML =
  '<!doctype html><html><head><link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg"><link rel="icon" href="/favicon.png">' +
  '<script type="module" src="/_astro/main.js"></script><style>p{color:red}</style></head><body><p>Ciao</p>' +
  '<script>console.log(1)</script><script type="application/ld+json">{"@type":"Article"}</script></body></html>';

write('articolo/index.html', HTML);
write('_astro/a.css', CSS);
write('_astro/bg.png', 'PNG');
write('_astro/main.js', JS);
write('_astro/dep.js', DEP);
write('favicon.svg', '<svg/>');

describe('measurePage(distDir, pagePath)', () => {
  const weight = measurePage(dist, 'articolo/index.html');

  it('finds the page, its stylesheet, its first icon, module script, the module it imports and the CSS url()', () => {
    expect(weight.resources.map((resource) => [resource.url, resource.type])).toEqual([
      ['articolo/index.html', 'html'],
      ['/_astro/a.css', 'css'],
      ['/favicon.svg', 'icon'],
      ['/_astro/main.js', 'js'],
      ['/_astro/bg.png', 'icon'],
      ['/_astro/dep.js', 'js'],
    ]);
  });

  it('counts inline scripts as JavaScript and inline styles as CSS, leaving out JSON-LD', () => {
    expect(weight.inlineJsGzip).toBe(gzipSize('console.log(1)'));
    expect(weight.inlineCssGzip).toBe(gzipSize('p{color:red}'));
    expect(weight.totals.jsGzip).toBe(gzipSize(JS) + gzipSize(DEP) + gzipSize('console.log(1)'));
    expect(weight.totals.cssGzip).toBe(gzipSize(CSS) + gzipSize('p{color:red}'));
  });

  it('adds every resource into the total', () => {
    expect(weight.totals.gzip).toBe(weight.resources.reduce((sum, resource) => sum + resource.gzip, 0));
  });

  it('fails loudly on a request for a file that is not in dist/', () => {
    write('rotta/index.html', '<link rel="stylesheet" href="/_astro/manca.css">');
    expect(() => measurePage(dist, 'rotta/index.html')).toThrow(/manca\.css, which is not in dist/);
  });
});
