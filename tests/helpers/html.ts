import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every file under `dir`, as paths relative to it. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path).map((child) => join(name, child)) : [name];
  });
}

export function readHtml(path: string): HTMLElement {
  return parseWithPre(readFileSync(path, 'utf8'));
}

/** Parses a page with the markup inside <pre> as elements (node-html-parser keeps it as text by default). */
export function parseWithPre(html: string): HTMLElement {
  return parse(html, { blockTextElements: { script: true, noscript: true, style: true } });
}

/** Text as a reader gets it: whitespace folded to single spaces. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function htmlFiles(dir: string): string[] {
  return listFiles(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => relative('.', join(dir, file)));
}
