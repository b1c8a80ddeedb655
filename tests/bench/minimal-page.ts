import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';

/** What is not the author's text inside the built <article>: index, map, timeline, buttons, scripts. */
const NOT_TEXT = 'nav, actor-map, visit-timeline, template, script, style, copy-link, button, figure, aside, .meta';
const TEXT = 'h1, h2, h3, p, blockquote, li';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The physical floor for the first paint: the article's title, headings and paragraphs, taken from a
 * built page, as plain HTML with a few lines of CSS in the document, one request in all. The CSS keeps
 * the site's measure, type size and line height, so the first paragraph covers the same room.
 */
export function minimalPage(builtHtml: string): string {
  const document = parse(builtHtml);
  const article = document.querySelector('article');
  if (!article) throw new Error('no <article> in the built page');
  article.querySelectorAll(NOT_TEXT).forEach((element) => element.remove());
  const blocks = article
    .querySelectorAll(TEXT)
    // A list item's text is taken once, not again from a paragraph inside it.
    .filter((element) => !element.parentNode?.closest?.(TEXT))
    .map((element) => [element.tagName.toLowerCase(), element.text.replace(/\s+/g, ' ').trim()] as const)
    .filter(([, text]) => text !== '')
    .map(([tag, text]) => (tag === 'li' ? `<p>${escape(text)}</p>` : `<${tag}>${escape(text)}</${tag}>`));
  const title = document.querySelector('title')?.text ?? '';
  const description = document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
  return [
    '<!doctype html><html lang="it"><head><meta charset="utf-8">',
    // A data: icon, or the browser asks the server for /favicon.ico: a second request the floor does not make.
    '<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">',
    `<title>${escape(title)}</title><meta name="description" content="${escape(description).replace(/"/g, '&quot;')}">`,
    '<style>body{max-width:68ch;margin:0 auto;padding:2.5rem 1rem;font:clamp(1.0625rem,.98rem + .35vw,1.25rem)/1.6 Charter,Georgia,serif;color:#1b1b1b;background:#fbfaf7}',
    'h1,h2,h3{font-family:system-ui,sans-serif;line-height:1.2}</style></head><body><main>',
    ...blocks,
    '</main></body></html>',
  ].join('\n');
}

/** Writes the minimal page at `path` (a directory URL) in a fresh directory, with a 404 page for the rest. */
export function writeMinimalSite(builtHtml: string, path: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-minimal-'));
  mkdirSync(join(dir, path), { recursive: true });
  writeFileSync(join(dir, path, 'index.html'), minimalPage(builtHtml));
  writeFileSync(
    join(dir, '404.html'),
    '<!doctype html><html lang="it"><title>404</title><p>Pagina non trovata</p></html>',
  );
  writeFileSync(join(dir, 'robots.txt'), 'User-agent: *\nAllow: /\n');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
