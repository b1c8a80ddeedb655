import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './build';
import { ARTICLE_PATH } from './article';
import { readHtml } from './html';

export const EMBED_FIGURES = ['mappa', 'cronologia'] as const;
/** The iframe a host page carries for a figure. */
export const hostFrame = (figure: (typeof EMBED_FIGURES)[number]) => `#host-${figure} iframe`;

/**
 * The embed code the built article offers under a figure ("Incorpora"), with its address made
 * absolute on `origin`, as the article's script makes it when the build has no SITE.
 */
export function embedCode(figure: (typeof EMBED_FIGURES)[number], origin: string): string {
  const html = readHtml(join(ROOT, 'dist', ARTICLE_PATH, 'index.html'));
  const code = html.querySelector(`code#incorpora-${figure}`)?.text;
  if (!code) throw new Error(`the article offers no embed code for the ${figure}`);
  return code.replace('src="/', `src="${origin}/`);
}

/**
 * A folder with a host page, `host.html`, of a site of its own: a paragraph, each figure's embed code
 * pasted as the article gives it (iframe and snippet), another paragraph. Serve it from another port
 * than the site's, so the frames are of another origin.
 */
export function writeHostPage(siteOrigin: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'embed-host-'));
  const figures = EMBED_FIGURES.map((figure) => `<div id="host-${figure}">${embedCode(figure, siteOrigin)}</div>`);
  writeFileSync(
    join(dir, 'host.html'),
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
      `<title>A host</title></head><body style="margin:0 8px"><p>A host's own text.</p>${figures.join('<p>More of its text.</p>')}<p>The end.</p></body></html>`,
  );
  writeFileSync(join(dir, '404.html'), '<!DOCTYPE html><title>404</title>');
  return dir;
}
