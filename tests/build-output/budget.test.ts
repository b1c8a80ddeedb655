import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { BUDGETS } from '../budgets';
import { SLUG } from '../helpers/article';
import { ROOT } from '../helpers/build';
import { listFiles, normalise } from '../helpers/html';
import { seedArticle } from '../helpers/seed';
import { gzipSize, measurePage } from '../helpers/page-weight';

const DIST = join(ROOT, 'dist');
const PAGE = `${SLUG}/index.html`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('the article page’s first load', () => {
  const weight = measurePage(DIST, PAGE);
  const html = readFileSync(join(DIST, PAGE), 'utf8');
  const map = parse(html).querySelector('actor-map');
  const svg = map?.querySelector('svg[data-view]');
  // The map and its fills and arrowhead, kept in a separate <svg class="defs">.
  const mapSvgGzip = svg ? gzipSize(svg.outerHTML + (map?.querySelector('svg.defs')?.outerHTML ?? '')) : 0;
  const documentGzip = weight.resources.find((resource) => resource.type === 'html')!.gzip;
  // The author's first paragraph, found by its words (from the scraped article, not from the build).
  const firstParagraphText = normalise(seedArticle().paragraphs[0]!);
  const firstParagraph = parse(html)
    .querySelectorAll('article p')
    .find((p) => normalise(p.text) === firstParagraphText);
  const firstScreenGzip = firstParagraph ? gzipSize(html.slice(0, firstParagraph.range[1])) : Infinity;

  it('prints what it weighs', () => {
    console.log(
      [
        ...weight.resources.map(
          (resource) =>
            `${resource.type.padEnd(5)} ${kb(resource.raw).padStart(9)} raw ${kb(resource.gzip).padStart(8)} gzip  ${resource.url}`,
        ),
        `total ${kb(weight.totals.raw).padStart(9)} raw ${kb(weight.totals.gzip).padStart(8)} gzip`,
        `JS ${kb(weight.totals.jsGzip)} · CSS ${kb(weight.totals.cssGzip)} (inline ${kb(weight.inlineCssGzip)}) · map SVG ${kb(mapSvgGzip)} (gzip)`,
        `document ${kb(documentGzip)} gzip, of which up to the end of the first paragraph ${kb(firstScreenGzip)}`,
      ].join('\n'),
    );
    expect(weight.resources.length).toBeGreaterThan(1);
  });

  it(`stays within ${kb(BUDGETS.totalGzip)} gzip in all`, () => {
    expect(weight.totals.gzip).toBeLessThanOrEqual(BUDGETS.totalGzip);
  });

  it(`sends a document of at most ${kb(BUDGETS.documentGzip)} gzip, its CSS included`, () => {
    expect(documentGzip).toBeLessThanOrEqual(BUDGETS.documentGzip);
  });

  it(`sends everything up to the end of the first paragraph in ${kb(BUDGETS.firstScreenGzip)} gzip, the first round trip`, () => {
    expect(firstParagraph, 'the article’s first paragraph').toBeDefined();
    expect(firstScreenGzip).toBeLessThanOrEqual(BUDGETS.firstScreenGzip);
    // All the page's CSS stands before it, so the first screen is styled as it arrives.
    const styles = parse(html).querySelectorAll('style');
    expect(styles.length).toBeGreaterThan(0);
    for (const style of styles) expect(style.range[1]).toBeLessThan(firstParagraph!.range[0]);
  });

  it(`sends at most ${kb(BUDGETS.javascriptGzip)} of JavaScript and ${kb(BUDGETS.cssGzip)} of CSS`, () => {
    expect(weight.totals.jsGzip).toBeLessThanOrEqual(BUDGETS.javascriptGzip);
    expect(weight.totals.cssGzip).toBeLessThanOrEqual(BUDGETS.cssGzip);
    // The CSS is counted where it is, inside the HTML: a measure that found none would check nothing.
    expect(weight.totals.cssGzip).toBeGreaterThan(1024);
  });

  it(`draws the map in at most ${kb(BUDGETS.mapSvgGzip)} of inline SVG`, () => {
    expect(svg).not.toBeNull();
    expect(mapSvgGzip).toBeLessThanOrEqual(BUDGETS.mapSvgGzip);
  });

  it('loads no web font', () => {
    expect(weight.resources.filter((resource) => resource.type === 'font')).toHaveLength(BUDGETS.fontFiles);
    const stylesheets = weight.resources
      .filter((item) => item.type === 'css')
      .map((resource) => readFileSync(join(DIST, resource.url), 'utf8'));
    const inline = parse(html)
      .querySelectorAll('style')
      .map((style) => style.textContent);
    expect([...stylesheets, ...inline].join('')).toContain('font-family');
    for (const css of [...stylesheets, ...inline]) expect(css).not.toContain('@font-face');
  });
});

describe('what stands before the first paint', () => {
  const pages = listFiles(DIST)
    .filter((file) => file.endsWith('.html'))
    .map((file) => [file, parse(readFileSync(join(DIST, file), 'utf8'))] as const);

  it('is no request: no page links a stylesheet or loads a classic script', () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const [file, page] of pages) {
      expect(
        page.querySelectorAll('link[rel~="stylesheet"]').map((link) => link.getAttribute('href')),
        file,
      ).toEqual([]);
      const blocking = page
        .querySelectorAll('script[src]')
        .filter(
          (script) =>
            script.getAttribute('type') !== 'module' && !script.hasAttribute('async') && !script.hasAttribute('defer'),
        );
      expect(
        blocking.map((script) => script.getAttribute('src')),
        file,
      ).toEqual([]);
    }
  });

  it('lets every inline style apply under the CSP: each one’s hash is in style-src', () => {
    for (const [file, page] of pages) {
      const csp = page.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      const styleSrc = /style-src ([^;]*)/.exec(csp)?.[1] ?? '';
      expect(styleSrc, file).not.toContain('unsafe-inline');
      const styles = page.querySelectorAll('style');
      expect(styles.length, file).toBeGreaterThan(0);
      for (const style of styles) {
        const hash = createHash('sha256').update(style.textContent).digest('base64');
        expect(styleSrc, file).toContain(`'sha256-${hash}'`);
      }
    }
  });
});

describe('what dist/ sends to browsers', () => {
  // Strings that survive minification of d3-geo and topojson-client (property and method names),
  // and keys of a world-atlas topology: any of them in dist/ means the library or its data leaked.
  const LEAKS = [
    'clipExtent',
    'fitExtent',
    'postclip',
    'geoProjection',
    'clipAntimeridian',
    'topojson',
    '"arcs":',
    '"transform":{"scale"',
    '"type":"Topology"',
    'world-atlas',
    'countries-110m',
  ];

  it('carries no d3, topojson or world-atlas code or data', () => {
    const files = listFiles(DIST).filter((file) => /\.(js|mjs|html|json|css)$/.test(file));
    const texts = files.map((file) => [file, readFileSync(join(DIST, file), 'utf8')] as const);
    // The scan must see the page's code: module files, or the module written into the article page.
    expect(texts.some(([file, text]) => file.endsWith('.js') || text.includes('<script type="module">'))).toBe(true);
    for (const [file, text] of texts) {
      for (const leak of LEAKS) expect(text.includes(leak), `${leak} in ${file}`).toBe(false);
    }
  });
});
