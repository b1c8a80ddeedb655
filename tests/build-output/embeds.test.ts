import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { ROOT } from '../helpers/build';
import { listFiles, readHtml } from '../helpers/html';
import { ARTICLE_PATH, SLUG } from '../helpers/article';

const DIST = join(ROOT, 'dist');
const embedPage = (figure: string) => readHtml(join(DIST, SLUG, 'incorpora', figure, 'index.html'));
const article = () => readHtml(join(DIST, ARTICLE_PATH, 'index.html'));
const ids = (file: string) =>
  (JSON.parse(readFileSync(join(ROOT, 'content', file), 'utf8')) as { id: string }[]).map((entry) => entry.id);
/** Inline scripts of a page, by their text. */
const inlineScripts = (html: HTMLElement) =>
  html.querySelectorAll('script:not([src]):not([type="application/ld+json"])').map((script) => script.innerHTML);
const HEIGHT_MESSAGE = 'datawrapper-height';

describe.each(['mappa', 'cronologia'])('the embed page of the %s', (figure) => {
  it('is kept out of search engines, its canonical at the figure in the article', () => {
    const html = embedPage(figure);
    expect(html.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    const fragment = figure === 'mappa' ? 'mappa' : 'cronologia';
    expect(html.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`/${SLUG}/#${fragment}`);
  });

  it('holds no site header, skip link or table of contents, and credits the article with a link out of the frame', () => {
    const html = embedPage(figure);
    expect(html.querySelectorAll('.site-header, .skip-link, table-of-contents')).toHaveLength(0);
    const credit = html.querySelector('footer.embed-credit a')!;
    expect(credit.getAttribute('href')).toBe(`/${SLUG}/`);
    expect(credit.getAttribute('target')).toBe('_blank');
    expect(credit.getAttribute('rel')).toBe('noopener');
    expect(credit.text).toContain(article().querySelector('h1')!.text);
  });

  it('keeps every fragment link in the page when it holds the element, and sends the others to the article in a new tab', () => {
    const html = embedPage(figure);
    const links = html.querySelectorAll('a[href]');
    expect(links.length).toBeGreaterThan(20);
    for (const link of links) {
      const href = link.getAttribute('href')!;
      if (href.startsWith('#')) {
        expect(html.getElementById(decodeURIComponent(href.slice(1))), href).not.toBeNull();
        expect(link.getAttribute('target'), href).toBeUndefined();
      } else {
        // The article, or a source on another site: both leave the host's frame.
        expect(href === `/${SLUG}/` || href.startsWith(`/${SLUG}/#`) || /^https?:/.test(href), href).toBe(true);
        expect([link.getAttribute('target'), link.getAttribute('rel')], href).toEqual(['_blank', 'noopener']);
      }
    }
  });

  it('tells its host its height with a script of less than 1 KB gzip, allowed by the page’s CSP hashes', () => {
    const html = embedPage(figure);
    const scripts = inlineScripts(html).filter((script) => script.includes(HEIGHT_MESSAGE));
    expect(scripts).toHaveLength(1);
    const gzip = gzipSync(scripts[0]!, { level: 9 }).length;
    console.log(`embed height script: ${gzip} B gzip`);
    expect(gzip).toBeLessThan(1024);
    const csp = html.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    const hash = createHash('sha256').update(scripts[0]!).digest('base64');
    expect(/script-src ([^;]*)/.exec(csp)?.[1]).toContain(`'sha256-${hash}'`);
    expect(csp).not.toContain('unsafe-inline');
  });
});

describe('the embed pages without JavaScript', () => {
  it('hold the map with a link and a card for every actor, and every stop of the journey', () => {
    const html = embedPage('mappa');
    for (const id of ids('actors.json')) {
      expect(html.querySelector(`actor-map svg a[href="#attore-${id}"]`), id).not.toBeNull();
      expect(html.querySelector(`#schede-attori li#attore-${id}`), id).not.toBeNull();
    }
    expect(html.querySelector('#mappa-tappa-1')).not.toBeNull();
    // The cards wait closed under their title: a link to one opens it.
    expect(html.querySelector('details#schede-attori')?.hasAttribute('open')).toBe(false);
  });

  it('hold the journey day by day over the whole chronology, every event in it and every period closed', () => {
    const html = embedPage('cronologia');
    expect(html.querySelectorAll('#cronologia a[href^="#tappa-"]').length).toBeGreaterThan(5);
    for (const id of ids('visit.json')) expect(html.querySelector(`visit-timeline li#tappa-${id}`), id).not.toBeNull();
    const periods = html.querySelectorAll('visit-timeline details.period');
    expect(periods.length).toBeGreaterThan(2);
    expect(periods.filter((period) => period.hasAttribute('open'))).toEqual([]);
  });
});

describe('the article page and its embeds', () => {
  it('offers each figure’s embed code under “Incorpora”: the iframe of its embed page, then the host snippet', () => {
    for (const figure of ['mappa', 'cronologia']) {
      const details = article().getElementById(`incorpora-${figure}`)!.closest('embed-code details')!;
      expect(details.querySelector('summary')?.text).toBe('Incorpora');
      const code = details.querySelector('pre code')!.text;
      expect(code).toMatch(new RegExp(`^<iframe src="/${SLUG}/incorpora/${figure}/" title="[^"]+" height="\\d+"`));
      expect(code).toContain(`<script>addEventListener("message"`);
      expect(code).toContain(HEIGHT_MESSAGE);
      expect(details.querySelector('a')?.getAttribute('href')).toBe(`/${SLUG}/incorpora/${figure}/`);
    }
  });

  it('does not load the embed’s height script', () => {
    expect(inlineScripts(article()).filter((script) => script.includes(HEIGHT_MESSAGE))).toEqual([]);
    const modules = listFiles(join(DIST, '_astro')).filter((file) => file.endsWith('.js'));
    for (const file of modules) {
      expect(readFileSync(join(DIST, '_astro', file), 'utf8'), file).not.toContain(HEIGHT_MESSAGE);
    }
  });

  it('writes no oEmbed answer or discovery link without SITE, since their URLs must be absolute', () => {
    for (const figure of ['mappa', 'cronologia']) {
      expect(existsSync(join(DIST, SLUG, 'incorpora', figure, 'oembed.json'))).toBe(false);
      expect(embedPage(figure).querySelector('link[type="application/json+oembed"]')).toBeNull();
    }
    expect(article().querySelector('link[type="application/json+oembed"]')).toBeNull();
  });
});
