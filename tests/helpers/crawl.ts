import { parse, type HTMLElement } from 'node-html-parser';

export interface CrawledPage {
  url: string;
  status: number;
  contentType: string;
  /** Parsed document for HTML responses. */
  html?: HTMLElement;
  body: Buffer;
}

export interface CrawlResult {
  pages: Map<string, CrawledPage>;
  /** `from → to` for every same-origin URL that did not answer 200. */
  brokenLinks: string[];
  /** `from → to` for every #fragment that names no element of its page. */
  brokenAnchors: string[];
}

/** Same-origin URLs a page points at: links, assets, and a meta refresh target. */
function referencesOf(html: HTMLElement, pageUrl: string): string[] {
  const raw = [
    ...html.querySelectorAll('a[href], link[href]').map((element) => element.getAttribute('href')!),
    ...html.querySelectorAll('script[src], img[src]').map((element) => element.getAttribute('src')!),
    // The share page a "Copia link" control offers to the share sheet.
    ...html.querySelectorAll('[data-share-path]').map((element) => element.getAttribute('data-share-path')!),
    ...html
      .querySelectorAll('meta[http-equiv="refresh"]')
      .map((element) => /url=(.*)$/i.exec(element.getAttribute('content') ?? '')?.[1] ?? ''),
  ];
  const origin = new URL(pageUrl).origin;
  return raw.filter(Boolean).flatMap((value) => {
    const url = new URL(value, pageUrl);
    return url.origin === origin ? [url.href] : [];
  });
}

/**
 * Follows every same-origin link and asset from `start` (a breadth-first crawl), checking that each
 * answers 200 and that each #fragment names an element of the page it points to.
 */
export async function crawl(start: string): Promise<CrawlResult> {
  const pages = new Map<string, CrawledPage>();
  const brokenLinks: string[] = [];
  const brokenAnchors: string[] = [];
  const fragments: { from: string; to: string }[] = [];
  const queue: { from: string; url: string }[] = [{ from: '(start)', url: start }];
  while (queue.length > 0) {
    const { from, url } = queue.shift()!;
    const target = new URL(url);
    if (target.hash) fragments.push({ from, to: target.href });
    target.hash = '';
    if (pages.has(target.href)) continue;
    const response = await fetch(target.href);
    const body = Buffer.from(await response.arrayBuffer());
    const contentType = response.headers.get('content-type') ?? '';
    const page: CrawledPage = { url: target.href, status: response.status, contentType, body };
    pages.set(target.href, page);
    if (response.status !== 200) brokenLinks.push(`${from} → ${target.href} (${response.status})`);
    if (contentType.includes('text/html')) {
      page.html = parse(body.toString('utf8'));
      for (const next of referencesOf(page.html, target.href)) queue.push({ from: target.href, url: next });
    }
  }
  for (const { from, to } of fragments) {
    const url = new URL(to);
    const id = decodeURIComponent(url.hash.slice(1));
    url.hash = '';
    const html = pages.get(url.href)?.html;
    if (html && !html.getElementById(id)) brokenAnchors.push(`${from} → ${to} (no element #${id})`);
  }
  return { pages, brokenLinks, brokenAnchors };
}
