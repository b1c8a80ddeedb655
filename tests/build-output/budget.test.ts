import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { BUDGETS } from '../budgets';
import { SLUG } from '../helpers/article';
import { ROOT } from '../helpers/build';
import { listFiles } from '../helpers/html';
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

  it('prints what it weighs', () => {
    console.log(
      [
        ...weight.resources.map((resource) => `${resource.type.padEnd(5)} ${kb(resource.raw).padStart(9)} raw ${kb(resource.gzip).padStart(8)} gzip  ${resource.url}`),
        `total ${kb(weight.totals.raw).padStart(9)} raw ${kb(weight.totals.gzip).padStart(8)} gzip`,
        `JS ${kb(weight.totals.jsGzip)} · CSS ${kb(weight.totals.cssGzip)} · map SVG ${kb(mapSvgGzip)} (gzip)`,
      ].join('\n'),
    );
    expect(weight.resources.length).toBeGreaterThan(1);
  });

  it(`stays within ${kb(BUDGETS.totalGzip)} gzip in all`, () => {
    expect(weight.totals.gzip).toBeLessThanOrEqual(BUDGETS.totalGzip);
  });

  it(`sends at most ${kb(BUDGETS.javascriptGzip)} of JavaScript and ${kb(BUDGETS.cssGzip)} of CSS`, () => {
    expect(weight.totals.jsGzip).toBeLessThanOrEqual(BUDGETS.javascriptGzip);
    expect(weight.totals.cssGzip).toBeLessThanOrEqual(BUDGETS.cssGzip);
  });

  it(`draws the map in at most ${kb(BUDGETS.mapSvgGzip)} of inline SVG`, () => {
    expect(svg).not.toBeNull();
    expect(mapSvgGzip).toBeLessThanOrEqual(BUDGETS.mapSvgGzip);
  });

  it('loads no web font', () => {
    expect(weight.resources.filter((resource) => resource.type === 'font')).toHaveLength(BUDGETS.fontFiles);
    for (const resource of weight.resources.filter((item) => item.type === 'css')) {
      expect(readFileSync(join(DIST, resource.url), 'utf8')).not.toContain('@font-face');
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
